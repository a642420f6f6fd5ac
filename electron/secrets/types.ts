/** Where the TrackerRMS API token lives. Only main-process code ever holds one of these. */
export interface SecretStore {
  /** Human-readable name of the backing store, for `status` and the Settings screen. */
  readonly kind: 'keychain' | 'environment'
  get(account: string): Promise<string | null>
  set(account: string, secret: string): Promise<void>
  delete(account: string): Promise<boolean>
}

/** The keychain could not be reached (no D-Bus session, locked keyring, …). */
export class SecretStoreError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SecretStoreError'
  }
}

export const KEYCHAIN_SERVICE = 'Tracker Sync'

/** One keychain entry per TrackerRMS REST host, so switching regions never mixes tokens. */
export function accountFor(restUrl: string): string {
  let host = restUrl
  try {
    host = new URL(restUrl).host
  } catch {
    // a bare host name is fine as it is
  }
  return `trackerrms:${host.toLowerCase()}`
}
