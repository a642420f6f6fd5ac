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

/**
 * One keychain entry per TrackerRMS REST host and data folder: "trackerrms:<host>/<folder id>". Two data folders
 * connected to the same TrackerRMS (the app's and a CLI --data-dir one) each keep their own, so disconnecting one
 * never takes the other's token. Without a folder id: the name earlier versions used (one entry per host, shared
 * by every folder), read only to move an existing install over (core/keychain-entries.ts).
 */
export function accountFor(restUrl: string, folderId: string | null = null): string {
  return `trackerrms:${hostOf(restUrl)}${folderId ? `/${folderId}` : ''}`
}

/** The Widget API key TrackerRMS support issued, kept beside the REST token of the same TrackerRMS and folder. */
export function widgetKeyAccountFor(restUrl: string, folderId: string | null = null): string {
  return `trackerrms-widget-key:${hostOf(restUrl)}${folderId ? `/${folderId}` : ''}`
}

export const isWidgetKeyAccount = (account: string) => account.startsWith('trackerrms-widget-key:')

/** The account's name without its data folder: what it names for every folder (a host's token or Widget key). */
export const withoutFolder = (account: string) => account.replace(/\/[^/]*$/, '')
