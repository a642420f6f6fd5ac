import { AsyncEntry } from '@napi-rs/keyring'
import { KEYCHAIN_SERVICE, SecretStoreError, isWidgetKeyAccount, type SecretStore } from './types'

const what = (account: string) => (isWidgetKeyAccount(account) ? 'Widget API key' : 'token')

/** The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on Linux). */
export function createKeychainStore(service: string = KEYCHAIN_SERVICE): SecretStore {
  const entry = (account: string) => new AsyncEntry(service, account)
  return {
    kind: 'keychain',
    async get(account) {
      try {
        return (await entry(account).getPassword()) ?? null
      } catch (error) {
        throw keychainError(`read the TrackerRMS ${what(account)} from`, error)
      }
    },
    async set(account, secret) {
      try {
        await entry(account).setPassword(secret)
      } catch (error) {
        throw keychainError(`save the TrackerRMS ${what(account)} to`, error)
      }
    },
    async delete(account) {
      try {
        return await entry(account).deletePassword()
      } catch (error) {
        throw keychainError(`remove the TrackerRMS ${what(account)} from`, error)
      }
    }
  }
}

function keychainError(action: string, cause: unknown): SecretStoreError {
  const detail = cause instanceof Error ? cause.message : String(cause)
  return new SecretStoreError(
    `Could not ${action} the system keychain (${detail}). On Linux this needs a running, unlocked keyring ` +
      `(GNOME Keyring or KWallet). For headless use, set TRACKER_SYNC_TOKEN instead.`
  )
}
