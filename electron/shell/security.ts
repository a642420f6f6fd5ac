// Window hardening, in one place so a test can pin it. See DESIGN.md "Security".
import type { WebContents, WebPreferences } from 'electron'

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

/** Served as a header and repeated in index.html's meta tag. Styles allow inline for the toast library. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * No new windows, no navigation away from the app, no webviews. External links open in the user's browser only
 * when they point at the user's own TrackerRMS web host (the badge on a synced candidate).
 */
export function hardenWebContents(
  contents: WebContents,
  options: { appOrigin: string; allowedExternalHost: () => string | null; openExternal: (url: string) => void }
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url, options.allowedExternalHost())) options.openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(options.appOrigin)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(options.appOrigin)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
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
