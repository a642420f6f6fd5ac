// Window hardening, in one place so a test can pin it. See DESIGN.md "Security".
import type { Session, WebContents, WebPreferences } from 'electron'

/** The renderer gets no Node, runs sandboxed and isolated, and talks to main only through the preload's API. */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true
  }
}

import { CONTENT_SECURITY_POLICY } from '../lib/security-headers'

export { CONTENT_SECURITY_POLICY }

/**
 * Is this URL the app's own page? A file:// app is exactly its index.html (any hash or query): another local file
 * is not the app. A dev-server app is its origin.
 */
export function isAppUrl(url: string | undefined | null, appEntry: string): boolean {
  if (!url) return false
  try {
    const target = new URL(url)
    const entry = new URL(appEntry)
    if (entry.protocol === 'file:') return target.protocol === 'file:' && target.pathname === entry.pathname && target.host === entry.host
    return target.origin === entry.origin
  } catch {
    return false
  }
}

/**
 * No new windows, no navigation away from the app, no webviews. External links open in the user's browser only
 * when they point at the user's own TrackerRMS web host (the badge on a synced candidate).
 */
export function hardenWebContents(
  contents: WebContents,
  options: { appEntry: string; allowedExternalHost: () => string | null; openExternal: (url: string) => void }
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url, options.allowedExternalHost())) options.openExternal(url)
    return { action: 'deny' }
  })
  const lock = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, options.appEntry)) event.preventDefault()
  }
  contents.on('will-navigate', lock)
  contents.on('will-redirect', lock)
  contents.on('will-frame-navigate', (event) => lock(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** The session the window uses: CSP on every response, no permission (camera, notifications …), no downloads. */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.on('will-download', (event) => event.preventDefault())
}

/** https only, and exactly the TrackerRMS web host the user connected with. */
export function isAllowedExternal(url: string, allowedHost: string | null): boolean {
  if (!allowedHost) return false
  try {
    const target = new URL(url)
    const allowed = new URL(allowedHost.includes('://') ? allowedHost : `https://${allowedHost}`)
    return (target.protocol === 'https:' || (target.protocol === 'http:' && allowed.protocol === 'http:')) && target.host === allowed.host
  } catch {
    return false
  }
}
