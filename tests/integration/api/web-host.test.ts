import { dispatcherFor } from '../../helpers/api'
// The browser host's HTTP surface (electron/web/server.ts) over real HTTP, in-process: who needs the key, what is
// served without it, the checks on Host, Origin, content type and size, the API and the event stream.
import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../electron/core'
import { createEnvStore } from '../../../electron/secrets'
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/security'
import { MAX_BODY_BYTES, startWebHost, type WebHost } from '../../../electron/web/server'
import { tempDir } from '../../helpers/temp'

let core: Core
let host: WebHost
let base: string

beforeEach(async () => {
  const renderer = tempDir()
  mkdirSync(join(renderer, 'assets'))
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Tracker Sync</title>')
  writeFileSync(join(renderer, 'assets', 'index-abc123.js'), 'console.log(1)')
  writeFileSync(join(renderer, 'secret.txt'), 'not an asset')
  core = createCore({ dataDir: tempDir(), secrets: createEnvStore('unused') })
  host = await startWebHost({ dispatch: dispatcherFor(core), events: core.events, rendererDir: renderer, key: 'k'.repeat(43) })
  base = `http://127.0.0.1:${host.port}`
})
afterEach(async () => {
  await host.close()
  await core.close()
})

const api = (name: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-tracker-sync-key': host.key, ...headers }, body })

/** A raw request, to send headers fetch will not let us set (Host). */
function raw(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the browser host', () => {
  it('prints an address on 127.0.0.1 carrying a random key', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?key=${host.key}`)
    const other = await startWebHost({ dispatch: dispatcherFor(core), events: core.events, rendererDir: tempDir() })
    expect(other.key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(other.key).not.toBe(host.key)
    await other.close()
  })

  it('serves the page only with the key in its address: 401 without, 403 with a wrong one', async () => {
    expect((await fetch(`${base}/`)).status).toBe(401)
    expect((await fetch(`${base}/index.html`)).status).toBe(401)
    expect((await fetch(`${base}/?key=wrong`)).status).toBe(403)
    const page = await fetch(host.url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>Tracker Sync</title>')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.headers.get('x-frame-options')).toBe('DENY')
    expect(page.headers.get('cache-control')).toBe('no-store')
  })

  it('serves the build’s assets without the key (the page cannot send one for them), and nothing else', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(asset.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404)
    expect(await raw('/assets/../secret.txt', {})).not.toBe(200)
    expect(await raw('/assets/%2e%2e/secret.txt', {})).not.toBe(200)
    expect(await raw('/assets/..%2fsecret.txt', {})).not.toBe(200)
    expect((await fetch(`${base}/secret.txt`)).status).toBe(401)
    expect((await fetch(`${base}/secret.txt`, { headers: { 'x-tracker-sync-key': host.key } })).status).toBe(404)
  })

  it('refuses the API and the event stream without the key (401) or with a wrong one (403), running nothing', async () => {
    const noKey = await fetch(`${base}/api/jobs.create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"title":"X"}' })
    expect(noKey.status).toBe(401)
    expect(await noKey.json()).toMatchObject({ ok: false, error: { code: 'auth' } })
    expect((await api('jobs.create', '{"title":"X"}', { 'x-tracker-sync-key': 'k'.repeat(42) })).status).toBe(403)
    expect((await fetch(`${base}/events`)).status).toBe(401)
    expect(core.status.report().counts.jobs).toBe(0)
  })

  it('refuses another Host name (DNS rebinding) and another page’s Origin', async () => {
    expect(await raw(`/?key=${host.key}`, { Host: 'evil.example' })).toBe(403)
    expect(await raw(`/?key=${host.key}`, { Host: `localhost:${host.port}` })).toBe(200)
    const crossSite = await api('jobs.create', '{"title":"X"}', { Origin: 'http://evil.example' })
    expect(crossSite.status).toBe(403)
    expect((await api('jobs.list', '{}', { Origin: base })).status).toBe(200)
    expect(core.status.report().counts.jobs).toBe(0)
  })

  it('answers API calls with the Result, and refuses bad requests with the reason', async () => {
    const created = await api('jobs.create', '{"title":"ICU Nurse"}')
    expect(created.status).toBe(200)
    expect(await created.json()).toMatchObject({ ok: true, value: { id: 1, title: 'ICU Nurse' } })
    expect(await (await api('jobs.create', '{"title":"X","__proto__":{"a":1}}')).json()).toMatchObject({
      ok: false,
      error: { code: 'validation', field: '__proto__' }
    })
    expect((await api('jobs.nope', '{}')).status).toBe(404)
    expect((await api('jobs.list', 'not json')).status).toBe(400)
    expect((await api('jobs.list', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415)
    const huge = await api('jobs.create', JSON.stringify({ title: 'x'.repeat(MAX_BODY_BYTES) }))
    expect(huge.status).toBe(413)
    expect((await fetch(`${base}/api/jobs.list`, { headers: { 'x-tracker-sync-key': host.key } })).status).toBe(405)
    expect(core.status.report().counts.jobs).toBe(1)
  })

  it('answers a malformed address (a bad percent escape) with 400 and a short JSON error, not 500', async () => {
    for (const name of ['%E0%A4%A', '%ZZ', '%']) {
      const response = await api(name, '{}')
      expect([name, response.status]).toEqual([name, 400])
      expect(await response.json()).toEqual({ ok: false, error: { code: 'validation', message: expect.stringMatching(/^The address is not valid/) } })
    }
    expect(core.status.report().counts.jobs).toBe(0)
  })

  it('streams push events to a keyed page as server-sent events', async () => {
    const controller = new AbortController()
    const stream = await fetch(`${base}/events`, { headers: { 'x-tracker-sync-key': host.key }, signal: controller.signal })
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const reader = stream.body!.getReader()
    await api('jobs.create', '{"title":"ICU Nurse"}')
    let text = ''
    while (!text.includes('data: ')) text += new TextDecoder().decode((await reader.read()).value)
    while (!text.includes('\n\n', text.indexOf('data: '))) text += new TextDecoder().decode((await reader.read()).value)
    expect(text).toContain('data: {"name":"data.changed","payload":{"what":"jobs"}}\n\n')
    controller.abort()
  })
})
