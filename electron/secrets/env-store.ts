import { isWidgetKeyAccount, type SecretStore } from './types'

export const TOKEN_ENV = 'TRACKER_SYNC_TOKEN'
export const WIDGET_KEY_ENV = 'TRACKER_SYNC_WIDGET_KEY'

/**
 * TRACKER_SYNC_TOKEN (and TRACKER_SYNC_WIDGET_KEY) override the keychain for headless use (servers, CI). Less safe:
 * environment variables are visible to other processes of the same user. Nothing is written to the keychain then.
 */
export function createEnvStore(token: string, widgetKey: string | null = null): SecretStore {
  return {
    kind: 'environment',
    get: async (account) => (isWidgetKeyAccount(account) ? widgetKey : token),
    set: async () => {},
    delete: async () => false
  }
}

/** The keychain, unless the environment provides the token. */
export function chooseSecretStore(env: NodeJS.ProcessEnv, keychain: () => SecretStore): SecretStore {
  const token = env[TOKEN_ENV]?.trim()
  return token ? createEnvStore(token, env[WIDGET_KEY_ENV]?.trim() || null) : keychain()
}
