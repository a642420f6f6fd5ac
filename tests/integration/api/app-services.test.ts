// What the desktop app and the browser host add around the core, over the dispatcher: the demo TrackerRMS (started,
// kept across restarts on the same port or reconnected on a new one, never in the keychain), files in and out
// (chunked, bounded, in order), the CSV wizard's calls on an upload, and the queue running in the background
// (showing, not crashing, when another process sends it).
import { createServer } from 'node:net'
import { existsSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDispatcher } from '../../../electron/api/dispatch'
import { createAppServices, DEMO_STATE_FILE, DemoVault, type AppServices } from '../../../electron/host'
import { createCore, type Core } from '../../../electron/core'
import { SecretStoreError, type SecretStore } from '../../../electron/secrets'
import { FILE_CHUNK_BYTES } from '../../../shared/api'
import { templateCsv } from '../../../shared/csv'
import { FAST_QUEUE } from '../../helpers/fast-queue'
import { testSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'
import { valueOf } from '../../helpers/api'

/** A machine with no keychain at all (a headless server): every use fails, as @napi-rs/keyring does there. */
const noKeychain: SecretStore = {
  kind: 'keychain',
  get: async () => {
    throw new SecretStoreError('no keychain here')
  },
  set: async () => {
    throw new SecretStoreError('no keychain here')
  },
  delete: async () => {
    throw new SecretStoreError('no keychain here')
  }
}

const open: { core: Core; app: AppServices }[] = []
function start(dataDir: string, secrets: SecretStore = noKeychain, workerRetryMs?: number, askSavePath?: (name: string) => Promise<string | null>) {
  const vault = new DemoVault()
  const core = createCore({ dataDir, secrets: vault.wrap(secrets), sync: { schedulerOptions: FAST_QUEUE } })
  const app = createAppServices(core, { vault, workerRetryMs, askSavePath })
  core.onClose(() => app.close())
  const entry = { core, app }
  open.push(entry)
  const dispatch = createDispatcher(core, app)
  const value = valueOf(dispatch)
  return { core, app, dispatch, value, stop: async () => (open.splice(open.indexOf(entry), 1), await core.close()) }
}
afterEach(async () => {
  for (const { core } of open.splice(0)) await core.close()
})

describe('demo mode', () => {
  it('starts the demo TrackerRMS, adds demo jobs and candidates, connects without the keychain, and sends an export', async () => {
    const dir = tempDir()
    const { value, core } = start(dir)
    const view = await value('connection.tryDemo')
    expect(view).toMatchObject({ connected: true, region: 'custom', demo: { running: true, connected: true }, problem: null })
    expect(existsSync(join(dir, DEMO_STATE_FILE))).toBe(true)
    const jobs = await value('jobs.list')
    expect(jobs.map((j: any) => j.title)).toEqual(['ICU Nurse', 'Backend Engineer (Go)', 'Ward Manager'])
    expect((await value('tracker.lookupJob', { trackerJobId: 5001 })).state).toBe('found')
    await value('settings.set', { key: 'sync-delay-seconds', value: '0' })
    await value('jobs.setSync', { jobId: jobs[0].id, trigger: 'replied', trackerJobId: 5001 })
    // A week-old reply is not sent by the new trigger (it never reaches back); the backfill offers it.
    expect((await value('sync.backfillPreview', { jobId: jobs[0].id })).candidates.map((c: any) => c.fullName)).toEqual(['Rhys Evans'])
    await value('stages.record', { jobId: jobs[0].id, candidateIds: [1], stage: 'replied' })
    await core.sync.runUntilIdle({ timeoutMs: 30_000 })
    const profile = await value('candidates.get', { candidateId: 1 })
    expect(profile.sync).toMatchObject({ status: 'synced', how: 'created' })
    // The three the demo TrackerRMS already has (the last of the first job) are linked, each on another field.
    const preview = await value('sync.previewExport', { candidateIds: [8, 9, 10], trackerJobId: null })
    expect(preview.items.map((i: any) => [i.decision, i.matchedOn])).toEqual([
      ['link', 'email'],
      ['link', 'linkedin'],
      ['link', 'name']
    ])
    const stephen = (await value('candidates.review', { search: 'stephen lu', offset: 0, limit: 5 })).rows[0]
    expect((await value('sync.previewExport', { candidateIds: [stephen.id], trackerJobId: null })).items[0]).toMatchObject({
      decision: 'create',
      nearMiss: expect.stringContaining('Lu')
    })
  })

  it('comes back after a restart on the same port, or on a new one when that port is taken, with its data', async () => {
    const dir = tempDir()
    const first = start(dir)
    await first.value('connection.tryDemo')
    const port = first.app.demo.sandbox()!.port
    const created = first.app.demo.sandbox()!.controls.addResource({ firstName: 'Kept', surname: 'Across Restarts' })
    await first.stop()

    const second = start(dir)
    expect(await second.app.demo.resumeIfDemo()).toBe(true)
    expect(second.app.demo.sandbox()!.port).toBe(port)
    expect(second.app.demo.sandbox()!.controls.resource(created.id)).not.toBeNull()
    expect((await second.value('jobs.list')).length).toBe(3) // not seeded twice
    expect((await second.value('connection.health')).ok).toBe(true)
    const connectedAt = (await second.value('connection.get')).connectedAt
    await second.stop()

    // Something else took the port meanwhile: the demo moves, and the core follows it.
    const squatter = createServer()
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve))
    try {
      const third = start(dir)
      expect(await third.app.demo.resumeIfDemo()).toBe(true)
      const moved = third.app.demo.sandbox()!
      expect(moved.port).not.toBe(port)
      const view = await third.value('connection.get')
      expect(view).toMatchObject({ connected: true, restUrl: moved.restUrl, webHost: moved.webHost, demo: { connected: true } })
      expect(view.connectedAt >= connectedAt).toBe(true)
      expect((await third.value('connection.health')).ok).toBe(true)
    } finally {
      squatter.close()
    }
  })

  it('stops when the user disconnects, is not resumed then, and refuses to replace a real connection', async () => {
    const dir = tempDir()
    const { value, app, stop } = start(dir)
    await value('connection.tryDemo')
    await value('connection.disconnect')
    expect(app.demo.status()).toEqual({ running: false, connected: false })
    await stop()
    const again = start(dir)
    expect(await again.app.demo.resumeIfDemo()).toBe(false)

    const real = await testSandbox()
    const other = start(tempDir(), { kind: 'environment', get: async () => real.token, set: async () => {}, delete: async () => false })
    await other.value('connection.connect', { region: 'custom', restUrl: real.restUrl, widgetUrl: real.widgetUrl, token: real.token })
    await expect(other.value('connection.tryDemo')).rejects.toMatchObject({ info: { code: 'conflict' } })
  })
})

describe('files over the contract', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64')

  it('takes an upload in order and in bounds, keeps its name (not its folders), and reads a prepared file back', async () => {
    const { value, dispatch } = start(tempDir())
    const body = 'Full Name,Email\r\nAnn Lee,ann@example.com\r\n'
    const { uploadId, chunkBytes } = await value('files.uploadStart', { fileName: '../../etc/people.csv', bytes: Buffer.byteLength(body) })
    expect(chunkBytes).toBe(FILE_CHUNK_BYTES)
    expect(await dispatch('files.uploadChunk', { uploadId, offset: 5, data: b64(body) })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await dispatch('files.uploadFinish', { uploadId })).toMatchObject({ ok: false, error: { code: 'validation' } })
    await value('files.uploadChunk', { uploadId, offset: 0, data: b64(body.slice(0, 10)) })
    expect(await dispatch('files.uploadChunk', { uploadId, offset: 10, data: b64(body.slice(10) + 'extra') })).toMatchObject({
      ok: false,
      error: { code: 'validation' }
    })
    await value('files.uploadChunk', { uploadId, offset: 10, data: b64(body.slice(10)) })
    const file = await value('files.uploadFinish', { uploadId })
    expect(file).toMatchObject({ fileName: 'people.csv', bytes: Buffer.byteLength(body) })
    const read = await value('files.read', { fileId: file.fileId, offset: 0, length: 1000 })
    expect(Buffer.from(read.data, 'base64').toString()).toBe(body)
    expect(read.eof).toBe(true)
    expect(await dispatch('files.uploadStart', { fileName: 'x.csv', bytes: 500 * 1024 * 1024 })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'bytes' }
    })
    expect(await dispatch('files.uploadChunk', { uploadId: 'not an id', offset: 0, data: '' })).toMatchObject({ ok: false, error: { field: 'uploadId' } })
    expect(await dispatch('files.saveAs', { fileId: file.fileId })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await value('files.discard', { fileId: file.fileId })).toEqual({ discarded: true })
    expect(await dispatch('files.read', { fileId: file.fileId, offset: 0, length: 10 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('runs the import wizard on an upload: inspect, preview with the bad row named, apply, undo; exports and the template', async () => {
    const { value } = start(tempDir())
    const job = await value('jobs.create', { title: 'ICU Nurse' })
    const csv = 'Forename,Surname,E-mail,Town\r\nAnn,Lee,ann@example.com,Leeds\r\nBo,Chen,not-an-email,York\r\nCy,Diaz,cy@example.com,Hull\r\n'
    const { uploadId } = await value('files.uploadStart', { fileName: 'people.csv', bytes: Buffer.byteLength(csv) })
    await value('files.uploadChunk', { uploadId, offset: 0, data: b64(csv) })
    const file = await value('files.uploadFinish', { uploadId })
    const inspect = await value('csv.inspect', { fileId: file.fileId })
    expect(inspect).toMatchObject({ fileName: 'people.csv', headers: ['Forename', 'Surname', 'E-mail', 'Town'], problems: [] })
    expect(inspect.mapping.map((m: any) => m.field)).toEqual(['firstName', 'lastName', 'email', 'city'])
    const remapped = await value('csv.inspect', { fileId: file.fileId, mapping: [{ header: 'Town', field: null }] })
    expect(remapped.mapping[3]).toMatchObject({ field: null, source: 'explicit' })
    const preview = await value('csv.preview', { fileId: file.fileId, jobId: job.id })
    expect(preview).toMatchObject({ canApply: false, counts: { rows: 3, new: 2, invalid: 1 } })
    expect(preview.errors).toEqual([expect.objectContaining({ row: 3, column: 'E-mail' })])
    expect(await value('csv.apply', { fileId: file.fileId, jobId: job.id })).toMatchObject({ status: 'rejected' })
    const applied = await value('csv.apply', { fileId: file.fileId, jobId: job.id, skipInvalid: true, saveMappingAs: 'Agency export' })
    expect(applied).toMatchObject({ status: 'applied', fileName: 'people.csv', counts: { new: 2, invalid: 1 }, savedMapping: 'Agency export' })
    expect((await value('csv.mappings')).map((m: any) => m.name)).toEqual(['Agency export'])
    expect((await value('csv.imports', {}))[0]).toMatchObject({ fileName: 'people.csv', counts: { new: 2 } })
    const exported = await value('csv.export', { jobId: job.id })
    expect(exported).toMatchObject({ rows: 2, fileName: expect.stringMatching(/^tracker-sync-icu-nurse-\d{4}-\d{2}-\d{2}\.csv$/) })
    const text = Buffer.from((await value('files.read', { fileId: exported.fileId, offset: 0, length: 100_000 })).data, 'base64').toString()
    expect(text).toContain('Ann')
    expect(await value('csv.undoLast')).toMatchObject({ candidatesRemoved: 2 })
    expect((await value('jobs.get', { jobId: job.id })).candidateCount).toBe(0)
    const template = await value('csv.template')
    expect(Buffer.from((await value('files.read', { fileId: template.fileId, offset: 0, length: 100_000 })).data, 'base64').toString()).toContain('Full Name')
  })
})

describe('Save as… on the desktop', () => {
  it('writes where the dialog says: 0600, a taken path only with overwrite: true (sent after the dialog asked), never through a link', async () => {
    const dir = tempDir()
    const downloads = join(dir, 'Downloads')
    mkdirSync(downloads)
    const chosen = join(downloads, 'template.csv')
    let answer: string | null = chosen // the user's choice in the system's dialog
    const { dispatch, value } = start(join(dir, 'data'), noKeychain, undefined, async () => answer)
    const { fileId } = await value('csv.template')
    expect(await value('files.saveAs', { fileId })).toEqual({ saved: true, path: chosen })
    expect(readFileSync(chosen, 'utf8')).toBe(templateCsv())
    expect(statSync(chosen).mode & 0o777).toBe(0o600)

    writeFileSync(chosen, 'my own file')
    expect(await dispatch('files.saveAs', { fileId })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining(`${chosen} already exists`) }
    })
    expect(readFileSync(chosen, 'utf8')).toBe('my own file')
    expect(await dispatch('files.saveAs', { fileId, overwrite: 'yes' })).toMatchObject({ ok: false, error: { code: 'validation', field: 'overwrite' } })
    expect(await value('files.saveAs', { fileId, overwrite: true })).toEqual({ saved: true, path: chosen })
    expect(readFileSync(chosen, 'utf8')).toBe(templateCsv())

    const victim = join(dir, 'victim.txt')
    writeFileSync(victim, 'keep me')
    const link = join(downloads, 'linked.csv')
    symlinkSync(victim, link)
    answer = link
    expect(await dispatch('files.saveAs', { fileId })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining(`${link} is a symbolic link`) }
    })
    expect(await value('files.saveAs', { fileId, overwrite: true })).toEqual({ saved: true, path: link })
    expect(lstatSync(link).isSymbolicLink()).toBe(false)
    expect(readFileSync(link, 'utf8')).toBe(templateCsv())
    expect(readFileSync(victim, 'utf8')).toBe('keep me')

    answer = null // cancelled
    expect(await value('files.saveAs', { fileId })).toEqual({ saved: false, path: null })
  })
})

describe('the queue in the background', () => {
  it('shows that another process sends the queue, then takes over once it stops', async () => {
    const { core, app, value } = start(tempDir(), noKeychain, 50)
    // Another live process on this machine holds the worker lock (process 1 is always alive).
    core.ctx.db
      .prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('sync-worker-lock', ?)")
      .run(JSON.stringify({ pid: 1, host: hostname(), heartbeatAt: new Date().toISOString() }))
    app.queue.start()
    const blocked = await value('sync.state')
    expect(blocked.worker).toMatchObject({ running: false, problem: expect.stringContaining('process 1') })
    core.ctx.db.prepare("DELETE FROM settings WHERE key = 'sync-worker-lock'").run()
    await expect.poll(async () => (await value('sync.state')).worker, { timeout: 5_000 }).toEqual({ running: true, problem: null })
  })
})
