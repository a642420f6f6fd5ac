// Two desktops, one TrackerRMS: two recruiters export the same person at the same moment; each checks (its copy of
// TrackerRMS's list, then checkPerson), neither sees the other's record yet, and both create. TrackerRMS cannot
// merge, so each desktop's follow-up delta after its create finds the other record and flags the pair.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it, onTestFinished } from 'vitest'
import { createCore, type Core } from '../../../electron/core'
import { createEnvStore } from '../../../electron/secrets'
import { FAST_TRACKER, testSandbox } from '../../helpers/sandbox'
import { FAST_QUEUE } from '../../helpers/fast-queue'

it('flags both records of a person two desktops created at the same moment, on both desktops', async () => {
  // getRecords lists only what changed (updatedafter), so the follow-up after a create is a cheap delta.
  const sandbox = await testSandbox({ profile: 'listing-L3' })
  const opportunity = sandbox.controls.addOpportunity({ name: 'Welder' })
  // Connect settles the listing on the candidates it sees: one is there already.
  sandbox.controls.addResource({ firstName: 'Carl', surname: 'Existing', email: 'carl@example.com' })
  // Both desktops stop right after their duplicate check until the other has checked too: the race, made certain.
  let arrived = 0
  let release!: () => void
  const bothChecked = new Promise<void>((resolve) => (release = resolve))
  const desktop = async (name: string): Promise<Core> => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tracker-sync-desktop-'))
    const core = createCore({
      dataDir,
      secrets: createEnvStore(sandbox.token as string, sandbox.widgetKey),
      tracker: FAST_TRACKER,
      sync: {
        schedulerOptions: FAST_QUEUE,
        indexFreshMs: 0,
        indexReaderOptions: { followUpMs: 100, retryBaseMs: 20, retryMaxMs: 200 },
        atBoundary: async (_item, boundary) => {
          if (boundary !== 'checked') return
          if (++arrived === 2) release()
          await bothChecked
        }
      }
    })
    onTestFinished(async () => {
      await core.close()
      rmSync(dataDir, { recursive: true, force: true })
    })
    core.settings.set('requests-per-minute', '10000')
    core.settings.set('sync-delay-seconds', '0')
    await core.connection.connect({
      region: 'custom',
      restUrl: sandbox.restUrl,
      widgetUrl: sandbox.widgetUrl,
      connectedBy: `${name} <${sandbox.loginEmail}>`,
      widgetKey: sandbox.widgetKey,
      token: sandbox.token as string
    })
    const job = core.jobs.create({ title: 'Welder' })
    await core.jobs.setSync(job.id, { trigger: 'replied', trackerJobId: opportunity.id })
    const ann = core.candidates.create({ jobId: job.id, fullName: 'Ann Lee', email: 'ann.lee@example.com' })
    core.outreach.recordStage({ jobId: job.id, candidateId: ann.id, stage: 'replied' })
    return core
  }
  const [rita, sam] = await Promise.all([desktop('Rita'), desktop('Sam')])
  const results = await Promise.all([rita, sam].map((core) => core.sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 30_000 })))
  expect(results.map((r) => r.state)).toEqual(['idle', 'idle'])

  const records = sandbox.controls.resources().filter((r) => r.firstName === 'Ann' && r.surname === 'Lee')
  expect(records).toHaveLength(2) // the race happened: each desktop created one
  const ids = records.map((r) => r.id).sort((a, b) => a - b)
  for (const core of [rita, sam]) {
    await expect.poll(() => core.sync.twins().length, { timeout: 10_000 }).toBe(1)
    const [twin] = core.sync.twins()
    expect([twin.oursResourceId, twin.otherResourceId].sort((a, b) => a - b)).toEqual(ids)
    expect(twin.matchedOn).toBe('name') // getRecords rows carry names only in this profile
    const candidate = await core.candidates.get(twin.candidateId)
    expect(candidate.duplicateWarning).toMatch(
      new RegExp(`^Possible duplicate in TrackerRMS: #${ids[0]} and #${ids[1]} \\(same full name\\), created \\d+ s apart`)
    )
    // Found once: later deltas do not flag it again.
    core.sync.readIndexNow()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(core.sync.twins()).toHaveLength(1)
  }
})
