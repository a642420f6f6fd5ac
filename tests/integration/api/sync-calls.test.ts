// The phase-2 calls over the dispatcher, against the sandbox over real HTTP: connect (a wrong token is refused,
// the token never comes back), the live job lookup, Export to ATS (preview, then confirm, then the outcome by
// queue id), the queue, the ledger and a candidate's history, backfill, the resume PDF.
import { describe, expect, it } from 'vitest'
import { createDispatcher } from '../../../electron/api/dispatch'
import { createAppServices, DemoVault } from '../../../electron/host'
import { createCore } from '../../../electron/core'
import { createEnvStore, createKeychainStore, KEYCHAIN_SERVICE } from '../../../electron/secrets'
import { describeKeychain } from '../../helpers/keychain'
import { syncedCore } from '../../helpers/sync'
import { testSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'
import { valueOf, dispatcherFor } from '../../helpers/api'

async function setup(options: Parameters<typeof syncedCore>[0] = {}) {
  const synced = await syncedCore(options)
  const app = createAppServices(synced.core, { vault: new DemoVault() })
  synced.core.onClose(() => app.close())
  const dispatch = createDispatcher(synced.core, app)
  const value = valueOf(dispatch)
  return { ...synced, app, dispatch, value }
}

describeKeychain('connection calls (real keychain)', () => {
  it('refuse a wrong token with TrackerRMS’s reason, and never return or echo the token', async () => {
    const sandbox = await testSandbox()
    const core = createCore({ dataDir: tempDir(), secrets: createKeychainStore(`${KEYCHAIN_SERVICE} test ${process.pid}`) })
    const dispatch = dispatcherFor(core)
    const input = { region: 'custom', restUrl: sandbox.restUrl, widgetUrl: sandbox.widgetUrl, token: 'f'.repeat(32) }
    const wrong = await dispatch('connection.connect', input)
    expect(wrong).toMatchObject({ ok: false, error: { code: 'auth', message: expect.stringContaining('TrackerRMS refused this API token') } })
    expect(JSON.stringify(wrong)).not.toContain('f'.repeat(32))
    expect(core.connection.isConnected()).toBe(false)
    const right = await dispatch('connection.connect', {
      ...input,
      token: sandbox.token,
      connectedBy: 'Rita Recruiter',
      loginEmail: sandbox.loginEmail,
      widgetKey: sandbox.widgetKey
    })
    expect(right).toMatchObject({
      ok: true,
      value: {
        connected: true,
        region: 'custom',
        connectedBy: 'Rita Recruiter',
        loginEmail: sandbox.loginEmail,
        hasWidgetKey: true,
        webHost: sandbox.webHost,
        problem: null
      }
    })
    const view = await dispatch('connection.get', {})
    expect(JSON.stringify([right, view])).not.toContain(sandbox.token)
    expect(JSON.stringify([right, view])).not.toContain(sandbox.widgetKey)
    expect(view).toMatchObject({
      ok: true,
      value: { regions: expect.arrayContaining([expect.objectContaining({ region: 'us', webHost: expect.any(String) })]) }
    })
    expect((await dispatch('connection.health', {})) as any).toMatchObject({ ok: true, value: { ok: true } })
    expect(await dispatch('connection.disconnect', {})).toMatchObject({ ok: true, value: { connected: false } })
    await core.close()
  })
})

describe('connection input', () => {
  it('take the token only as text of a sane size', async () => {
    const core = createCore({ dataDir: tempDir(), secrets: createEnvStore('x') })
    const dispatch = dispatcherFor(core)
    expect(await dispatch('connection.connect', { region: 'us', token: '' })).toMatchObject({ ok: false, error: { code: 'validation', field: 'token' } })
    expect(await dispatch('connection.connect', { region: 'us', token: 'x'.repeat(501) })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'token' }
    })
    expect(await dispatch('connection.connect', { region: 'mars', token: 'abc' })).toMatchObject({ ok: false, error: { code: 'validation', field: 'region' } })
    await core.close()
  })
})

describe('job lookup', () => {
  it('finds a TrackerRMS job by id (title and client), says "not found", and "not connected" without a connection', async () => {
    const { value, opportunity, core } = await setup()
    expect(await value('tracker.lookupJob', { trackerJobId: opportunity!.id })).toEqual({
      state: 'found',
      id: opportunity!.id,
      title: 'Senior Staff Nurse',
      clientName: 'St Mary’s Hospital',
      status: expect.any(String),
      city: null
    })
    expect(await value('tracker.lookupJob', { trackerJobId: 987_654 })).toMatchObject({ state: 'not_found', message: 'TrackerRMS has no job with id 987654.' })
    await core.connection.disconnect()
    expect(await value('tracker.lookupJob', { trackerJobId: 5 })).toMatchObject({ state: 'not_connected' })
  })

  it('says "can’t check right now" while TrackerRMS cannot be reached', async () => {
    const { value, sandbox } = await setup({ tracker: { client: { retry: { retries: 0, offlineRetries: 0, baseDelayMs: 1, maxDelayMs: 2 } } } })
    await sandbox.controls.cutNetwork()
    expect(await value('tracker.lookupJob', { trackerJobId: 5001 })).toMatchObject({ state: 'unavailable', id: 5001 })
    await sandbox.controls.restoreNetwork()
  })
})

describe('Export to ATS, the queue, the ledger', () => {
  it('previews exactly what is written and the duplicate decision, exports, and follows each export by id', async () => {
    const { value, addCandidate, sandbox, opportunity, core, readIndex } = await setup()
    const existing = sandbox.controls.addResource({ firstName: 'Dana', surname: 'Brennan', email: 'dana@example.com' })
    await readIndex()
    const ann = addCandidate({ fullName: 'Ann Lee', email: 'ann@example.com', currentCompany: 'Globex', city: 'Leeds' })
    const dana = addCandidate({ fullName: 'Dana B.', email: 'DANA@example.com' })
    const preview = await value('sync.previewExport', { candidateIds: [ann.id, dana.id], trackerJobId: opportunity!.id })
    expect(preview.owner).toBe('Test Owner <owner@example.com>')
    expect(preview.trackerJob).toMatchObject({ id: opportunity!.id, title: 'Senior Staff Nurse', found: true })
    expect(preview.items).toEqual([
      expect.objectContaining({
        candidateId: ann.id,
        decision: 'create',
        payload: expect.objectContaining({
          firstName: 'Ann',
          surname: 'Lee',
          contactDetails: { email: 'ann@example.com' },
          currentClient: { id: -1, name: 'Globex' }
        })
      }),
      expect.objectContaining({ candidateId: dana.id, decision: 'link', trackerResourceId: existing.id, matchedOn: 'email' })
    ])
    const before = sandbox.controls.resources().length
    const outcomes = await value('sync.export', { candidateIds: [ann.id, dana.id], trackerJobId: opportunity!.id })
    expect(outcomes.map((o: any) => o.outcome)).toEqual(['queued', 'queued'])
    await core.sync.runUntilIdle({ timeoutMs: 30_000 })
    const entries = await value('sync.queueItems', { queueIds: outcomes.map((o: any) => o.queueId) })
    expect(entries).toEqual([
      expect.objectContaining({ candidateName: 'Ann Lee', state: 'done', step: 'listed', trackerJobId: opportunity!.id, origin: 'manual' }),
      expect.objectContaining({ candidateName: 'Dana B.', state: 'done', trackerResourceId: existing.id })
    ])
    expect(sandbox.controls.resources().length).toBe(before + 1)

    // Already synced: refused with the reason, by the preview and by the export.
    const again = await value('sync.previewExport', { candidateIds: [ann.id], trackerJobId: null })
    expect(again.items[0]).toMatchObject({ decision: 'refused', reason: expect.stringContaining('Already in TrackerRMS') })
    expect((await value('sync.export', { candidateIds: [ann.id], trackerJobId: null }))[0]).toMatchObject({ outcome: 'refused' })

    const ledger = await value('sync.ledger', { offset: 0, limit: 10 })
    expect(ledger.total).toBe(2)
    expect(ledger.entries).toEqual(
      expect.arrayContaining([expect.objectContaining({ fullName: 'Dana B.', how: 'linked', matchedOn: 'email', trackerResourceId: existing.id })])
    )
    expect((await value('sync.ledger', { search: 'linked dana', offset: 0, limit: 10 })).total).toBe(1)
    const history = await value('sync.history', { candidateId: dana.id })
    expect(history.map((h: any) => `${h.step}:${h.outcome}`)).toEqual(expect.arrayContaining(['queued:queued', 'check:linked']))
    const queue = await value('sync.queue', { states: ['done'], limit: 10 })
    expect(queue).toHaveLength(2)
    expect(await value('sync.queue', { search: 'ann', limit: 10 })).toEqual([expect.objectContaining({ candidateName: 'Ann Lee' })])
    const state = await value('sync.state')
    expect(state).toMatchObject({ counts: { done: 2 }, worker: { running: true, problem: null } })
  })

  it('retries a failed export and cancels a waiting one', async () => {
    const { value, addCandidate, sandbox, core } = await setup({ settings: { 'max-attempts': '1', 'sync-delay-seconds': '3600' } })
    const ann = addCandidate({ fullName: 'Ann Lee', email: 'ann@example.com' })
    sandbox.controls.failNext({ kind: '5xx', count: 50 })
    const [queued] = await value('sync.export', { candidateIds: [ann.id], trackerJobId: null })
    await core.sync.runUntilIdle({ timeoutMs: 30_000 })
    expect((await value('sync.queueItems', { queueIds: [queued.queueId] }))[0].state).toBe('failed')
    sandbox.controls.clearFaults()
    expect(await value('sync.retry', { queueId: queued.queueId })).toMatchObject({ state: 'pending', attempts: 0 })
    await core.sync.runUntilIdle({ timeoutMs: 30_000 })
    expect((await value('sync.queueItems', { queueIds: [queued.queueId] }))[0].state).toBe('done')

    const bo = addCandidate({ fullName: 'Bo Chen' })
    await value('stages.record', { jobId: 1, candidateIds: [bo.id], stage: 'replied' })
    const [waiting] = await value('sync.queue', { candidateId: bo.id, limit: 5 })
    expect(waiting).toMatchObject({ state: 'pending', origin: 'trigger' })
    expect(await value('sync.cancel', { queueId: waiting.id })).toMatchObject({ state: 'cancelled' })
    expect(await dispatcherFor(core)('sync.cancel', { queueId: waiting.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('offers a backfill for replies before the trigger was set, with the count, and sends it on confirm', async () => {
    const { value, addCandidate, core, job } = await setup()
    await core.jobs.setSync(job.id, { trigger: 'never' })
    const ann = addCandidate({ fullName: 'Ann Lee' })
    const bo = addCandidate({ fullName: 'Bo Chen' })
    await value('stages.record', { jobId: job.id, candidateIds: [ann.id, bo.id], stage: 'replied' })
    await value('jobs.setSync', { jobId: job.id, trigger: 'replied' })
    const plan = await value('sync.backfillPreview', { jobId: job.id })
    expect(plan).toMatchObject({ count: 2, trigger: 'replied', candidates: [{ fullName: 'Ann Lee' }, { fullName: 'Bo Chen' }] })
    expect(await value('sync.backfillConfirm', { jobId: job.id })).toEqual({ queued: 2 })
    expect((await value('sync.backfillPreview', { jobId: job.id })).count).toBe(0)
  })

  it('renders the resume PDF as base64 for the preview', async () => {
    const { value, addCandidate } = await setup()
    const ann = addCandidate({ fullName: 'Ольга Петрова', currentTitle: 'ICU Nurse' })
    const pdf = await value('resume.render', { candidateId: ann.id })
    expect(pdf.fileName).toMatch(/\.pdf$/)
    expect(Buffer.from(pdf.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    expect(Buffer.from(pdf.data, 'base64').length).toBe(pdf.bytes)
  })
})
