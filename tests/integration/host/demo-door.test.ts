// The in-app demo TrackerRMS runs on 127.0.0.1 while the user browses the web, where any page can make the browser
// send it requests. Over real HTTP, as such a page would: a DNS-rebound name (Host: evil.example) reads nothing, a
// page on another site (Origin) changes nothing, an HTML form's body types are refused and change nothing, the test
// controls are not there at all (yet a test sandbox keeps them), no answer holds the demo's token, and the demo
// still sends an export.
import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { createHost, type Host } from '../../../electron/host'
import type { RunningSandbox } from '../../../electron/sandbox'
import { createEnvStore } from '../../../electron/secrets'
import { valueOf } from '../../helpers/api'
import { FAST_QUEUE } from '../../helpers/fast-queue'
import { testSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'

interface Answer {
  status: number
  body: string
}

/** A raw request, to send what fetch will not let us set (Host) and what a browser's form sends. */
function send(port: number, method: string, path: string, headers: Record<string, string>, body = ''): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const hosts: Host[] = []
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close()
})

/** The app with the demo running and connected, as "Try the demo" leaves it. */
async function runDemo(): Promise<{ host: Host; demo: RunningSandbox; value: ReturnType<typeof valueOf> }> {
  const host = createHost({ dataDir: tempDir(), secrets: createEnvStore('not the demo token'), sync: { schedulerOptions: FAST_QUEUE } })
  hosts.push(host)
  const value = valueOf(host.dispatch)
  await value('connection.tryDemo')
  return { host, demo: host.services.demo.sandbox()!, value }
}

/** What a page must not learn: the token, the Widget key, and who the candidates are. */
function expectNothingOf(demo: RunningSandbox, answer: Answer) {
  for (const secret of [demo.token as string, demo.widgetKey as string, demo.oauthToken]) expect(answer.body).not.toContain(secret)
  for (const r of demo.controls.resources().slice(0, 50)) {
    if (r.contactDetails.email) expect(answer.body).not.toContain(r.contactDetails.email)
    expect(answer.body).not.toContain(`>${r.firstName} ${r.surname} <`)
  }
}

const exchangeBody = (demo: RunningSandbox) => JSON.stringify({ bearerToken: demo.token })
const checkPersonBody = (demo: RunningSandbox, email: string) =>
  JSON.stringify({ trackerrms: { checkPerson: { credentials: { username: demo.loginEmail, apikey: demo.widgetKey }, details: { email } } } })

describe('the in-app demo TrackerRMS', () => {
  it('answers a DNS-rebound name (another Host) with 403 and no data; its own loopback names still work', async () => {
    const { demo } = await runDemo()
    const someone = demo.controls.resources().find((r) => r.contactDetails.email)!
    const json = { 'Content-Type': 'application/json' }
    for (const hostHeader of ['evil.example', `evil.example:${demo.port}`, `127.0.0.1.evil.example:${demo.port}`, `127.0.0.1:${demo.port + 1}`]) {
      for (const [method, path, headers, body] of [
        ['GET', '/__sandbox/state', {}, ''],
        ['GET', '/__sandbox/resources', {}, ''],
        ['GET', `/Resource/View/${someone.id}`, {}, ''],
        ['POST', '/api/Auth/ExchangeToken', json, exchangeBody(demo)],
        ['POST', '/widget/api/widget/checkPerson', json, checkPersonBody(demo, someone.contactDetails.email!)]
      ] as const) {
        const answer = await send(demo.port, method, path, { ...headers, Host: hostHeader }, body)
        expect(answer.status, `${hostHeader} ${path}`).toBe(403)
        expect(JSON.parse(answer.body).error).toContain('127.0.0.1')
        expectNothingOf(demo, answer)
      }
    }
    for (const hostHeader of [`127.0.0.1:${demo.port}`, `localhost:${demo.port}`, `[::1]:${demo.port}`, `LOCALHOST:${demo.port}`]) {
      const page = await send(demo.port, 'GET', `/Resource/View/${someone.id}`, { Host: hostHeader })
      expect(page.status, hostHeader).toBe(200)
      expect(page.body).toContain(someone.contactDetails.email)
    }
  })

  it('refuses a request from a page on another site (Origin) with 403, and it changes nothing', async () => {
    const { demo } = await runDemo()
    const own = { Host: `127.0.0.1:${demo.port}`, 'Content-Type': 'application/json' }
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${demo.port + 1}`, `https://127.0.0.1:${demo.port}`]) {
      const exchange = await send(demo.port, 'POST', '/api/Auth/ExchangeToken', { ...own, Origin: origin }, exchangeBody(demo))
      expect(exchange.status, origin).toBe(403)
      expect(exchange.body).not.toMatch(/eyJ/) // no JWT
      const reset = await send(demo.port, 'POST', '/__sandbox/reset', { ...own, Origin: origin }, '{}')
      expect(reset.status, origin).toBe(403)
    }
    expect(demo.controls.resources().length).toBeGreaterThan(100)
    // Its own origin (the record pages' links, opened in the browser) is fine.
    const same = await send(demo.port, 'POST', '/api/Auth/ExchangeToken', { ...own, Origin: `http://localhost:${demo.port}` }, exchangeBody(demo))
    expect(same.status).toBe(200)
  })

  it('refuses what an HTML form sends (form-encoded, text/plain, multipart) with 415, and its data stays', async () => {
    const { demo } = await runDemo()
    const before = { resources: demo.controls.resources(), token: demo.token }
    const own = { Host: `127.0.0.1:${demo.port}` }
    const someone = before.resources.find((r) => r.contactDetails.email)!
    for (const [type, path, body] of [
      ['application/x-www-form-urlencoded', '/__sandbox/reset', ''],
      ['application/x-www-form-urlencoded', '/__sandbox/revoke-token', 'x=1'],
      ['text/plain', '/__sandbox/seed', '{"seed":"empty","x":"="}'],
      ['multipart/form-data; boundary=b', '/__sandbox/network-cut', '--b\r\nContent-Disposition: form-data; name="ms"\r\n\r\n60000\r\n--b--\r\n'],
      ['text/plain', '/api/Auth/ExchangeToken', exchangeBody(demo)],
      ['text/plain', '/widget/api/widget/checkPerson', checkPersonBody(demo, someone.contactDetails.email!)],
      ['application/json-patch+json', '/api/Auth/ExchangeToken', exchangeBody(demo)]
    ] as const) {
      const answer = await send(demo.port, 'POST', path, { ...own, 'Content-Type': type }, body)
      expect(answer.status, `${type} ${path}`).toBe(415)
      expect(JSON.parse(answer.body).error).toContain('application/json')
      expectNothingOf(demo, answer)
    }
    const noType = await send(demo.port, 'POST', '/api/Auth/ExchangeToken', own, exchangeBody(demo))
    expect(noType.status).toBe(415)
    expect(demo.controls.resources()).toEqual(before.resources)
    expect(demo.token).toBe(before.token)
    const json = await send(demo.port, 'POST', '/api/Auth/ExchangeToken', { ...own, 'Content-Type': 'application/json; charset=utf-8' }, exchangeBody(demo))
    expect(json.status).toBe(200)
  })

  it('has no test controls (404 under /__sandbox) and no answer holds its token; a test sandbox keeps its controls', async () => {
    const { demo, value } = await runDemo()
    const own = { Host: `127.0.0.1:${demo.port}`, 'Content-Type': 'application/json' }
    for (const [method, path] of [
      ['GET', '/__sandbox/state'],
      ['GET', '/__sandbox/resources'],
      ['GET', '/__sandbox/requests'],
      ['POST', '/__sandbox/revoke-token'],
      ['POST', '/__sandbox/reset'],
      ['GET', '/__SANDBOX/STATE']
    ] as const) {
      const answer = await send(demo.port, method, path, own, method === 'POST' ? '{}' : '')
      expect(answer.status, path).toBe(404)
      expectNothingOf(demo, answer)
    }
    expect(demo.controlUrl).toBeNull()
    const home = await send(demo.port, 'GET', '/', { Host: `127.0.0.1:${demo.port}` })
    expect(home.status).toBe(200)
    expect(home.body).not.toContain('__sandbox')
    expectNothingOf(demo, home)
    expect(demo.controls.resources().length).toBeGreaterThan(100)
    expect((await value('connection.health')).ok).toBe(true)

    const test = await testSandbox({ seed: 'demo' })
    const state = await send(test.port, 'GET', '/__sandbox/state', { Host: 'anything.example' })
    expect(state.status).toBe(200)
    expect(JSON.parse(state.body)).toMatchObject({ token: test.token, resources: 200 })
    expect((await send(test.port, 'POST', '/__sandbox/reset', { 'Content-Type': 'text/plain' })).status).toBe(200)
    expect(test.controls.resources()).toEqual([])
  })

  it('still sends an export after all that: connected, a reply exported and its resume attached', async () => {
    const { host, demo, value } = await runDemo()
    for (const hostHeader of ['evil.example', `localhost:${demo.port}`]) await send(demo.port, 'GET', '/__sandbox/state', { Host: hostHeader })
    const [job] = await value('jobs.list')
    await value('settings.set', { key: 'sync-delay-seconds', value: '0' })
    await value('jobs.setSync', { jobId: job.id, trigger: 'replied', trackerJobId: 5001 })
    await value('stages.record', { jobId: job.id, candidateIds: [1], stage: 'replied' })
    await host.core.sync.runUntilIdle({ timeoutMs: 30_000 })
    expect((await value('candidates.get', { candidateId: 1 })).sync).toMatchObject({ status: 'synced', how: 'created' })
    const created = demo.controls.resources().find((r) => r.surname === 'Okafor' && r.firstName === 'Amara')!
    expect(created.documents.length).toBe(1)
    expect(created.jobLists.map((e) => e.opportunityId)).toContain(5001)
  })
})
