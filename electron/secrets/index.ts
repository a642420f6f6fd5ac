export * from './types'
export { createKeychainStore } from './keychain-store'
export { createEnvStore, chooseSecretStore, TOKEN_ENV, WIDGET_KEY_ENV } from './env-store'
