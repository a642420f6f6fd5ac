import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY, hardenWebContents, hardenedWebPreferences, isAllowedExternal, isAppUrl } from '../../../electron/shell/security'

const APP = 'file:///app/out/renderer/index.html'

/** Just enough of WebContents to see what the hardening registers. */
function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => void (openHandler = handler)
  })
  const navigate = (eventName: string, url: string) => {
    const event = { preventDefault: vi.fn() }
    if (eventName === 'will-frame-navigate') emitter.emit(eventName, Object.assign(event, { url }))
    else emitter.emit(eventName, event, url)
    return event.preventDefault.mock.calls.length > 0
  }
  return { contents: contents as unknown as WebContents, open: (url: string) => openHandler!({ url }), navigate }
}

describe('window hardening', () => {
  it('isolates and sandboxes the renderer, with no Node', () => {
    const prefs = hardenedWebPreferences('/app/out/preload/index.js')
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(prefs.preload).toBe('/app/out/preload/index.js')
  })

  it('has a strict CSP: scripts only from the app, no objects, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'")
  })

  it('repeats the same CSP in index.html (file:// pages get no headers; frame-ancestors only works as a header)', () => {
    const html = readFileSync(join(__dirname, '../../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''))
  })

  it('denies window.open, and opens only the TrackerRMS web host externally', () => {
    const openExternal = vi.fn()
    const { contents, open } = fakeContents()
    hardenWebContents(contents, { appEntry: APP, allowedExternalHost: () => 'https://evouk.tracker-rms.com', openExternal })
    expect(open('https://evouk.tracker-rms.com/Resource/View/42')).toEqual({ action: 'deny' })
    expect(open('https://evil.example/phish')).toEqual({ action: 'deny' })
    expect(open('http://evouk.tracker-rms.com/Resource/View/42')).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://evouk.tracker-rms.com/Resource/View/42']])
  })

  it('locks navigation to the app', () => {
    const { contents, navigate } = fakeContents()
    hardenWebContents(contents, { appEntry: APP, allowedExternalHost: () => null, openExternal: vi.fn() })
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true)
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true)
    expect(navigate('will-frame-navigate', 'https://evil.example/')).toBe(true)
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(navigate('will-navigate', 'file:///app/out/renderer/index.html#/jobs')).toBe(false)
    expect(navigate('will-frame-navigate', 'file:///app/out/renderer/index.html')).toBe(false)
    expect(navigate('will-attach-webview', 'about:blank')).toBe(true)
  })

  it('knows its own page: the exact index.html for file://, the origin for a dev server', () => {
    expect(isAppUrl('file:///app/out/renderer/index.html?x#/candidates', APP)).toBe(true)
    expect(isAppUrl('file:///app/out/renderer/other.html', APP)).toBe(false)
    expect(isAppUrl('https://evil.example/app/out/renderer/index.html', APP)).toBe(false)
    expect(isAppUrl(null, APP)).toBe(false)
    expect(isAppUrl('http://localhost:5173/#/jobs', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
  })

  it('matches external links on exact host and https', () => {
    expect(isAllowedExternal('https://usevo1.tracker-rms.com/x', 'usevo1.tracker-rms.com')).toBe(true)
    expect(isAllowedExternal('https://usevo1.tracker-rms.com.evil.example/x', 'usevo1.tracker-rms.com')).toBe(false)
    expect(isAllowedExternal('javascript:alert(1)', 'usevo1.tracker-rms.com')).toBe(false)
    expect(isAllowedExternal('https://usevo1.tracker-rms.com/x', null)).toBe(false)
    expect(isAllowedExternal('http://127.0.0.1:4010/Resource/View/1', 'http://127.0.0.1:4010')).toBe(true)
  })
})
