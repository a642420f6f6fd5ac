import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { createCore } from '../../electron/core'
import { createKeychainStore } from '../../electron/secrets'
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

describeKeychain('token leak scan', () => {
  it('after connect, sync, failures, a revoked token, CSV export, connection reports and logs, no token, Widget key or JWT appears anywhere', async () => {
    const sandbox = await testSandbox({ seed: 'demo', jwtLifetimeSeconds: 2 })
    const dir = tempDir()
    const jwts = new Set<string>()
    // Watch what TrackerRMS hands out: every JWT from every exchange.
    const watchingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init)
      if (/ExchangeToken/i.test(String(input))) {
        const body = (await response
          .clone()
          .json()
          .catch(() => null)) as { token?: string } | null
        if (body?.token) jwts.add(body.token)
      }
      return response
    }
    const secrets = createKeychainStore(`Tracker Sync leak test ${process.pid}`)
    const core = createCore({ dataDir: dir, secrets, fetch: watchingFetch, tracker: FAST_TRACKER, sync: { schedulerOptions: FAST_QUEUE } })
    const texts: string[] = []
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
    const scan = (label: string) => {
      for (const file of filesUnder(dir)) {
        const bytes = readFileSync(file)
        for (const secret of secrets_) {
          expect(bytes.includes(Buffer.from(secret, 'utf8')), `${label}: ${file} holds a secret`).toBe(false)
          expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${label}: ${file} holds a secret (UTF-16)`).toBe(false)
        }
      }
    }
    scan('while open (with the WAL)')
    for (const text of texts)
      for (const secret of secrets_) expect(text.includes(secret), `a response or message holds a secret: ${text.slice(0, 120)}`).toBe(false)
    await core.connection.disconnect()
    await core.close()
    scan('after closing')
    const logs = filesUnder(join(dir, 'logs'))
    expect(logs.length).toBeGreaterThan(0)
    expect(readFileSync(logs[0], 'utf8')).toContain('connection.connected')
  }, 180_000)
})
