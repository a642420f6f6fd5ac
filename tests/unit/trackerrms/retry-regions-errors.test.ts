import { describe, expect, it } from 'vitest'
import { Redactor } from '../../../electron/lib/redact'
import { fetchFailure, trackerText } from '../../../electron/trackerrms/errors'
import { REGION_HOSTS, joinUrl, resolveEndpoints } from '../../../electron/trackerrms/regions'
import { requestBackoff as backoffDelay, parseRetryAfter } from '../../../electron/trackerrms/retry'

describe('Retry-After and backoff', () => {
  it('reads seconds and HTTP dates, and ignores junk', () => {
    const now = Date.parse('2026-03-01T10:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter('0.5', now)).toBe(500)
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:07 GMT', now)).toBe(7000)
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeNull()
    expect(parseRetryAfter(null, now)).toBeNull()
  })

  it('backs off exponentially with jitter, within bounds', () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 1000 }
    expect(backoffDelay(0, policy, () => 0)).toBe(50)
    expect(backoffDelay(0, policy, () => 0.999)).toBeLessThanOrEqual(100)
    expect(backoffDelay(3, policy, () => 0)).toBe(400)
    expect(backoffDelay(10, policy, () => 1)).toBe(1000)
  })
})

describe('regions', () => {
  it('takes named regions from the table and lets only the web host change', () => {
    expect(resolveEndpoints({ region: 'us' })).toEqual({ region: 'us', ...REGION_HOSTS.us })
    expect(resolveEndpoints({ region: 'global', webHost: 'https://evouk.tracker-rms.com/' }).webHost).toBe('https://evouk.tracker-rms.com')
    expect(() => resolveEndpoints({ region: 'ca', restUrl: 'https://x.example' })).toThrow(/only with region "custom"/)
    expect(() => resolveEndpoints({ region: 'mars' })).toThrow(/Unknown region "mars"/)
  })

  it('needs both URLs for custom, cleans them, and defaults the web host to the REST origin', () => {
    expect(resolveEndpoints({ region: 'custom', restUrl: 'http://127.0.0.1:4010/', widgetUrl: 'http://127.0.0.1:4010/widget/' })).toEqual({
      region: 'custom',
      restUrl: 'http://127.0.0.1:4010',
      widgetUrl: 'http://127.0.0.1:4010/widget',
      webHost: 'http://127.0.0.1:4010'
    })
    expect(() => resolveEndpoints({ region: 'custom', restUrl: 'https://a.example' })).toThrow(/Widget URL/)
    expect(() => resolveEndpoints({ region: 'custom', restUrl: 'ftp://a.example', widgetUrl: 'http://b' })).toThrow(/https/)
    expect(() => resolveEndpoints({ region: 'custom', restUrl: 'not a url', widgetUrl: 'http://b' })).toThrow(/not a web address/)
    expect(joinUrl('http://h/widget/', '/api/widget/x')).toBe('http://h/widget/api/widget/x')
  })

  it('takes plain http:// only for a sandbox on this computer (over a network it would carry the token in the clear)', () => {
    for (const host of ['127.0.0.1:4010', 'localhost:4010', '[::1]:4010'])
      expect(resolveEndpoints({ region: 'custom', restUrl: `http://${host}`, widgetUrl: `http://${host}/widget` }).restUrl).toBe(`http://${host}`)
    expect(() => resolveEndpoints({ region: 'custom', restUrl: 'http://trackerrms.example', widgetUrl: 'https://w.example' })).toThrow(
      /rest-url must start with https:\/\/ — http:\/\/ is only for a TrackerRMS sandbox on this computer/
    )
    expect(() => resolveEndpoints({ region: 'custom', restUrl: 'https://r.example', widgetUrl: 'http://10.0.0.5/widget' })).toThrow(
      /widget-url must start with https/
    )
    expect(() => resolveEndpoints({ region: 'us', webHost: 'http://evous.tracker-rms.com' })).toThrow(/web-host must start with https/)
  })
})

describe('error classes', () => {
  const wrap = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause })

  it('calls "could not connect" offline, however deeply undici nests it', () => {
    expect(fetchFailure(wrap({ code: 'ECONNREFUSED' }), 'read', 'h').code).toBe('offline')
    expect(
      fetchFailure(wrap(Object.assign(new AggregateError([{ code: 'ECONNREFUSED' }, { code: 'EHOSTUNREACH' }]), { code: undefined })), 'read', 'h').code
    ).toBe('offline')
    expect(fetchFailure(wrap({ code: 'ENOTFOUND' }), 'read', 'h').message).toMatch(/^Can’t find h: check the address .*ENOTFOUND/)
    expect(fetchFailure(new Error('net::ERR_INTERNET_DISCONNECTED'), 'read', 'h').code).toBe('offline')
  })

  it('calls a connection dropped mid-request transient', () => {
    expect(fetchFailure(wrap({ code: 'ECONNRESET' }), 'read', 'h').code).toBe('transient')
    expect(fetchFailure(wrap({ code: 'UND_ERR_SOCKET' }), 'read', 'h').code).toBe('transient')
  })

  it("quotes TrackerRMS's text on one line, cut at 300 characters, with secrets removed", () => {
    const redactor = new Redactor()
    redactor.add('0123456789abcdef0123456789abcdef')
    const quoted = trackerText(`bad token 0123456789abcdef0123456789abcdef\n${'x'.repeat(400)}`, redactor)
    expect(quoted).not.toContain('0123456789abcdef')
    expect(quoted.startsWith('bad token [redacted] xxx')).toBe(true)
    expect(quoted.length).toBe(301)
  })
})
