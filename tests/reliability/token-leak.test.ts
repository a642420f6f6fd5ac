import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { createCore } from '../../electron/core'
import { DEMO_STATE_FILE, createHost } from '../../electron/host'
import { accountFor, createKeychainStore } from '../../electron/secrets'
import { startWebHost } from '../../electron/web/server'
import { cli } from '../helpers/cli'
import { dispatcherFor } from '../helpers/api'
import { describeKeychain } from '../helpers/keychain'
import { FAST_TRACKER, testSandbox } from '../helpers/sandbox'
import { FAST_QUEUE } from '../helpers/fast-queue'
import { tempDir } from '../helpers/temp'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** No file holds any of the secrets, in UTF-8 or UTF-16 (SQLite's text encodings). */
function expectNoSecretIn(files: string[], secrets: string[], label: string) {
  for (const file of files) {
    const bytes = readFileSync(file)
    for (const secret of secrets) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), `${label}: ${file} holds a secret`).toBe(false)
      expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${label}: ${file} holds a secret (UTF-16)`).toBe(false)
    }
  }
}

function expectNoSecretInTexts(texts: string[], secrets: string[]) {
  for (const text of texts)
    for (const secret of secrets) expect(text.includes(secret), `a response or message holds a secret: ${text.slice(0, 120)}`).toBe(false)
}

/** A fetch that adds every JWT an exchange issues to `jwts`, and hands every other TrackerRMS reply's text to `seen`. */
function watchingFetch(jwts: Set<string>, seen?: (text: string) => void): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init)
    if (/ExchangeToken/i.test(String(input))) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { token?: string } | null
      if (body?.token) jwts.add(body.token)
    } else if (seen)
      void response
        .clone()
        .text()
        .then(seen, () => {})
    return response
  }
}

describeKeychain('token leak scan', () => {
  it('after connect, sync, failures, a revoked token, CSV export, connection reports and logs, no token, Widget key or JWT appears anywhere', async () => {
    const sandbox = await testSandbox({ seed: 'demo', jwtLifetimeSeconds: 2 })
    const dir = tempDir()
    const jwts = new Set<string>()
    const secrets = createKeychainStore(`Tracker Sync leak test ${process.pid}`)
    const texts: string[] = []
    // Watch what TrackerRMS hands out: every JWT from every exchange.
    const core = createCore({ dataDir: dir, secrets, fetch: watchingFetch(jwts), tracker: FAST_TRACKER, sync: { schedulerOptions: FAST_QUEUE } })
    const dispatch = dispatcherFor(core)
    const record = (value: unknown) => texts.push(typeof value === 'string' ? value : JSON.stringify(value))
    const tokens = [sandbox.token as string]
    const widgetKey = sandbox.widgetKey as string

    core.settings.set('sync-delay-seconds', '0')
    core.settings.set('request-timeout-seconds', '2')
    core.settings.set('requests-per-minute', '10000')
    record(
      await core.connection.connect({
        region: 'custom',
        restUrl: sandbox.restUrl,
        widgetUrl: sandbox.widgetUrl,
        webHost: sandbox.webHost,
        connectedBy: `Leak Tester <${sandbox.loginEmail}>`,
        widgetKey,
        token: tokens[0]
      })
    )
    const [opportunity] = sandbox.controls.opportunities()
    const job = core.jobs.create({ title: 'Leak check' })
    await core.jobs.setSync(job.id, { trigger: 'replied', trackerJobId: opportunity.id })
    for (let i = 0; i < 12; i++) {
      const c = core.candidates.create({ jobId: job.id, fullName: `Leak Person${i}`, email: `leak${i}@example.com` })
      record(core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' }))
    }
    // Failures on the way: a 5xx, a hang, an expired JWT (2 s lifetime), then a revoked token and a reconnect.
    sandbox.controls.failNext({ kind: '5xx', path: '/Resource' })
    sandbox.controls.failNext({ kind: 'reset', path: 'attachDocument' })
    record(await core.sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 60_000 }))
    await new Promise((r) => setTimeout(r, 2_100))
    record(await core.connection.health())
    sandbox.controls.revokeToken()
    const more = core.candidates.create({ jobId: job.id, fullName: 'After Revoke', email: 'after@example.com' })
    core.outreach.recordStage({ jobId: job.id, candidateId: more.id, stage: 'replied' })
    const paused = await core.sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 30_000 })
    expect(paused.state).toBe('paused_auth')
    record(paused)
    record(await core.connection.health().catch((e: Error) => e.message))
    tokens.push(sandbox.controls.rotateToken())
    record(await core.connection.connect({ region: 'custom', restUrl: sandbox.restUrl, widgetUrl: sandbox.widgetUrl, token: tokens[1] }))
    record(await core.sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 60_000 }))
    record(
      await core.connection
        .connect({ region: 'custom', restUrl: sandbox.restUrl, widgetUrl: sandbox.widgetUrl, token: 'wrong-token-000000' })
        .catch((e: Error) => e.message)
    )
    record(await core.csv.exportCsv(join(dir, 'export.csv'), {}))
    for (const [name, input] of [
      ['status.get', {}],
      ['settings.get', {}],
      ['jobs.list', {}],
      ['candidates.review', { offset: 0, limit: 50 }],
      ['candidates.get', { candidateId: 1 }]
    ] as const)
      record(await dispatch(name, input))
    record(core.sync.listQueue())
    record(core.sync.ledger())
    record(core.sync.history(1))
    // The connection report, the file meant to leave the machine: with test records, saved in the data folder.
    const report = await core.connection.report({ writes: true, trackerJobId: opportunity.id })
    expect(report.steps.find((s) => s.id === 'attach')?.findings).toMatchObject({ attach: { status: 0 } })
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report))
    record(report)

    // The command line on the same data folder (its keychain service is the app's own, so the token comes the
    // headless way: the environment).
    const env = { TRACKER_SYNC_TOKEN: tokens[1], TRACKER_SYNC_WIDGET_KEY: widgetKey }
    for (const args of [
      ['status', '--json'],
      ['health', '--json'],
      ['queue', '--json'],
      ['ledger'],
      ['settings', 'get'],
      ['tracker-jobs'],
      ['export-csv', join(dir, 'cli.csv')],
      ['probe', '--out', join(dir, 'cli-report.json')]
    ]) {
      const result = await cli(['--data-dir', dir, ...args], { env })
      record(result.stdout + result.stderr)
    }
    expect(jwts.size).toBeGreaterThan(2)

    const secrets_ = [...tokens, widgetKey, ...jwts]
    const scan = (label: string) => expectNoSecretIn(filesUnder(dir), secrets_, label)
    scan('while open (with the WAL)')
    expectNoSecretInTexts(texts, secrets_)
    await core.connection.disconnect()
    await core.close()
    scan('after closing')
    const logs = filesUnder(join(dir, 'logs'))
    expect(logs.length).toBeGreaterThan(0)
    expect(readFileSync(logs[0], 'utf8')).toContain('connection.connected')
  }, 180_000)

  it('the demo TrackerRMS: its token, Widget key and JWTs appear in no HTTP answer, log, SQLite file, CSV export or report', async () => {
    const dir = tempDir()
    const jwts = new Set<string>()
    const texts: string[] = []
    const secrets = createKeychainStore(`Tracker Sync leak test demo ${process.pid}`)
    // The app as `npm run web -- --demo` runs it: the host, the demo inside it, the browser host in front.
    const host = createHost({
      dataDir: dir,
      secrets,
      fetch: watchingFetch(jwts, (text) => texts.push(text)),
      tracker: FAST_TRACKER,
      sync: { schedulerOptions: FAST_QUEUE }
    })
    const web = await startWebHost({ dispatch: host.dispatch, events: host.core.events, rendererDir: tempDir() })
    const call = async (name: string, input: unknown = {}) => {
      const response = await fetch(`http://127.0.0.1:${web.port}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Tracker-Sync-Key': web.key },
        body: JSON.stringify(input)
      })
      const text = await response.text()
      texts.push(text)
      const result = JSON.parse(text) as { ok: boolean; value?: any; error?: { message: string } }
      if (!result.ok) throw new Error(`${name}: ${result.error?.message}`)
      return result.value
    }
    const readFile = async (fileId: string) => Buffer.from((await call('files.read', { fileId, offset: 0, length: 500_000 })).data, 'base64').toString()

    await call('connection.tryDemo')
    const demo = host.services.demo.sandbox()!
    const demoSecrets = [demo.token as string, demo.widgetKey as string, demo.oauthToken]
    await call('settings.set', { key: 'sync-delay-seconds', value: '0' })
    await call('settings.set', { key: 'requests-per-minute', value: '10000' })
    const [job] = await call('jobs.list')
    await call('jobs.setSync', { jobId: job.id, trigger: 'replied', trackerJobId: 5001 })
    await call('stages.record', { jobId: job.id, candidateIds: [1, 2], stage: 'replied' })
    await host.core.sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 60_000 })
    expect((await call('candidates.get', { candidateId: 1 })).sync).toMatchObject({ status: 'synced' })
    for (const [name, input] of [
      ['connection.get', {}],
      ['connection.health', {}],
      ['status.get', {}],
      ['settings.get', {}],
      ['sync.state', {}],
      ['sync.queue', { limit: 50 }],
      ['sync.ledger', { offset: 0, limit: 50 }],
      ['candidates.get', { candidateId: 1 }]
    ] as const)
      await call(name, input)
    await call('candidates.review', { offset: 0, limit: 50 })
    texts.push(await readFile((await call('csv.export', { jobId: job.id })).fileId))
    texts.push(await readFile((await call('connection.report', { createTestRecords: true, trackerJobId: 5001 })).fileId))
    texts.push(JSON.stringify(await host.core.csv.exportCsv(join(dir, 'demo-export.csv'), {})))
    // What a browser reaches on the demo's own address: its pages, and where the test controls used to be.
    const created = demo.controls.resources().at(-1)!
    for (const path of ['/', `/Resource/View/${created.id}`, '/__sandbox/state', '/__sandbox/requests', '/__sandbox/users'])
      texts.push(await (await fetch(`${demo.webHost}${path}`)).text())
    // The command line on the same data folder.
    for (const args of [['status', '--json'], ['queue', '--json'], ['ledger'], ['export-csv', join(dir, 'cli.csv')]]) {
      const result = await cli(['--data-dir', dir, ...args])
      texts.push(result.stdout + result.stderr)
    }
    expect(jwts.size).toBeGreaterThan(0)
    expect(texts.some((t) => t.includes(created.surname ?? '?'))).toBe(true) // the record page was read

    // The demo's state file is the one place its token lives (0600); everything else in the data folder is scanned.
    const stateFile = join(dir, DEMO_STATE_FILE)
    expect(readFileSync(stateFile, 'utf8')).toContain(demo.token as string)
    expect(statSync(stateFile).mode & 0o777).toBe(0o600)
    const scanned = () => filesUnder(dir).filter((file) => file !== stateFile)
    const kinds = (files: string[]) => ['.sqlite', '.sqlite-wal', '.log', '.csv', '.json'].filter((ext) => files.some((f) => f.endsWith(ext)))
    expect(kinds(scanned())).toEqual(['.sqlite', '.sqlite-wal', '.log', '.csv', '.json'])
    const allSecrets = [...demoSecrets, ...jwts]
    expectNoSecretIn(scanned(), allSecrets, 'demo, while open')
    expectNoSecretInTexts(texts, allSecrets)
    expect(await secrets.get(accountFor(demo.restUrl))).toBeNull() // never in the keychain either
    await web.close()
    await host.close()
    expectNoSecretIn(scanned(), allSecrets, 'demo, after closing')
  }, 180_000)
})
