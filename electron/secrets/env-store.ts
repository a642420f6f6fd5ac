import type { SecretStore } from './types'

export const TOKEN_ENV = 'TRACKER_SYNC_TOKEN'

/**
 * TRACKER_SYNC_TOKEN overrides the keychain for headless use (servers, CI). Less safe: environment variables are
 * visible to other processes of the same user. Nothing is written to the keychain in this mode.
 */
export function createEnvStore(token: string): SecretStore {
  return {
    kind: 'environment',
    get: async () => token,
    set: async () => {},
    delete: async () => false
  }
}

/** The keychain, unless the environment provides the token. */
export function chooseSecretStore(env: NodeJS.ProcessEnv, keychain: () => SecretStore): SecretStore {
  const token = env[TOKEN_ENV]?.trim()
  return token ? createEnvStore(token) : keychain()
}
