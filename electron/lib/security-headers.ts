// The page's security headers, shared by the desktop window's session (shell/) and the browser host (web/).

/**
 * Served as a header (Electron's session, the browser host) and repeated in index.html's meta tag (for file://
 * loads, which get no headers). Styles allow inline for the toast library and for virtualised row positions.
 */
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
