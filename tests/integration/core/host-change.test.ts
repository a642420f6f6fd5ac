// Exports queued for one TrackerRMS never go to another: connecting elsewhere (leaving the demo for a real
// TrackerRMS, say) cancels every export not being sent right now — a rule of the core, so it holds for every front
// door, the command line included.
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { testSandbox } from '../../helpers/sandbox'
import { syncedCore } from '../../helpers/sync'

describe('connecting to another TrackerRMS', () => {
  it('cancels the exports queued for the one before (from the command line too), and says why', async () => {
    const { core, sandbox, job, addCandidate, dataDir } = await syncedCore({ settings: { 'sync-delay-seconds': '600', 'requests-per-minute': '10000' } })
    const ann = addCandidate({ fullName: 'Ann Lee', email: 'ann@example.com' })
    core.outreach.recordStage({ jobId: job.id, candidateId: ann.id, stage: 'replied' })
    expect(core.sync.listQueue().map((q) => q.state)).toEqual(['pending'])
    await core.close()

    const elsewhere = await testSandbox()
    const env = { TRACKER_SYNC_TOKEN: elsewhere.token as string }
    const args = ['--data-dir', dataDir, 'connect', '--region', 'custom', '--rest-url', elsewhere.restUrl, '--widget-url', elsewhere.widgetUrl, '--token-stdin']
    expect((await cli(args, { env, stdin: elsewhere.token as string })).code).toBe(0)
    const queue = (await cli(['--data-dir', dataDir, 'queue', '--json'], { env })).json()
    expect(queue).toEqual([
      expect.objectContaining({ state: 'cancelled', lastError: expect.stringContaining(`queued for the TrackerRMS at ${new URL(sandbox.restUrl).host}`) })
    ])
    expect(elsewhere.controls.resources()).toEqual([])
  })

  it('keeps them when connecting to the same TrackerRMS again (a new token)', async () => {
    const { core, sandbox, job, addCandidate } = await syncedCore({ settings: { 'sync-delay-seconds': '600', 'requests-per-minute': '10000' } })
    const ann = addCandidate({ fullName: 'Ann Lee', email: 'ann@example.com' })
    core.outreach.recordStage({ jobId: job.id, candidateId: ann.id, stage: 'replied' })
    await core.connection.connect({ region: 'custom', restUrl: sandbox.restUrl, widgetUrl: sandbox.widgetUrl, token: sandbox.token as string })
    expect(core.sync.listQueue().map((q) => q.state)).toEqual(['pending'])
  })
})
