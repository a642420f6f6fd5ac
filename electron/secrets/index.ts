export * from './types'
export { createKeychainStore } from './keychain-store'
export { createEnvStore, chooseSecretStore, TOKEN_ENV } from './env-store'
