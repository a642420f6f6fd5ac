export type { SecretStore } from '../lib/secret-store'

/** The keychain could not be reached (no D-Bus session, locked keyring, …). */
export class SecretStoreError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SecretStoreError'
  }
}

export const KEYCHAIN_SERVICE = 'Tracker Sync'

function hostOf(restUrl: string): string {
  try {
    return new URL(restUrl).host.toLowerCase()
  } catch {
    return restUrl.toLowerCase() // a bare host name is fine as it is
  }
}

/** One keychain entry per TrackerRMS REST host, so switching regions never mixes tokens. */
export function accountFor(restUrl: string): string {
  return `trackerrms:${hostOf(restUrl)}`
}

/** The Widget API key TrackerRMS support issued, kept beside the REST token of the same TrackerRMS. */
export function widgetKeyAccountFor(restUrl: string): string {
  return `trackerrms-widget-key:${hostOf(restUrl)}`
}

export const isWidgetKeyAccount = (account: string) => account.startsWith('trackerrms-widget-key:')
