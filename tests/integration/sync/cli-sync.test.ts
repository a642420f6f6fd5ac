import { describe, expect, it } from 'vitest'
import { normalizeLinkedInUrl } from '../../../shared/normalize'
import { cli } from '../../helpers/cli'
import { testSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'

// Issue 4's "done when", as a new user would do it with the command line against the demo sandbox.
describe('CLI: map a job, move candidates to replied, sync, read the ledger', () => {
  it('creates the new ones with resume and list membership, links the one TrackerRMS already has', async () => {
    const sandbox = await testSandbox({ seed: 'demo' })
    const d = ['--data-dir', tempDir()]
    const env = { TRACKER_SYNC_TOKEN: sandbox.token as string, TRACKER_SYNC_WIDGET_KEY: sandbox.widgetKey as string }
    const connected = await cli(
      [
        ...d,
        'connect',
        '--region',
        'custom',
        '--rest-url',
        sandbox.restUrl,
        '--widget-url',
        sandbox.widgetUrl,
        '--as',
        'Rita Recruiter',
        '--login',
        sandbox.loginEmail,
        '--token-stdin'
      ],
      { env, stdin: sandbox.token as string }
    )
    expect(connected.code).toBe(0)
    const [trackerJob] = sandbox.controls.opportunities().filter((o) => o.open)
    const demo = sandbox.controls.resources().find((r) => r.linkedInUrl)!
    const before = sandbox.controls.resources().length

    expect((await cli([...d, 'jobs', 'add', '--title', 'ICU Nurse'], { env })).stdout).toBe('1\n')
    const mapped = await cli([...d, 'jobs', 'map', '1', '--trigger', 'replied', '--tracker-job', String(trackerJob.id), '--json'], { env })
    expect(mapped.json()).toMatchObject({ trigger: 'replied', trackerJobId: trackerJob.id, trackerJobTitle: trackerJob.name })
    await cli(
      [...d, 'candidates', 'add', '--job', '1', '--name', 'Brand New Person', '--email', 'brand.new@example.org', '--title', 'Nurse', '--company', 'NHS'],
      { env }
    )
    await cli([...d, 'candidates', 'add', '--job', '1', '--name', 'Another Newcomer', '--linkedin', 'linkedin.com/in/another-newcomer-77'], { env })
    // The same person as a demo record, pasted in another form of the LinkedIn URL.
    const slug = normalizeLinkedInUrl(demo.linkedInUrl)!.split('/in/')[1]
    await cli(
      [...d, 'candidates', 'add', '--job', '1', '--name', 'Someone Else Entirely', '--linkedin', `https://www.linkedin.com/in/${slug.toUpperCase()}/?trk=x`],
      { env }
    )
    for (const id of [1, 2, 3]) {
      const staged = await cli([...d, 'stage', String(id), '--job', '1', 'replied'], { env })
      expect(staged.stdout).toContain('Export to TrackerRMS queued')
    }

    const synced = await cli([...d, 'sync', '--until-idle', '--ignore-delay', '--timeout', '60'], { env })
    expect(synced.code, synced.stderr).toBe(0)
    expect(synced.stdout).toContain('Nothing left to send.')

    const ledger = (await cli([...d, 'ledger', '--json'], { env })).json() as {
      candidateId: number
      how: string
      matchedOn: string | null
      trackerResourceId: number
      syncedBy: string
    }[]
    expect(ledger.map((e) => [e.candidateId, e.how, e.matchedOn]).sort()).toEqual([
      [1, 'created', null],
      [2, 'created', null],
      [3, 'linked', 'linkedin']
    ])
    expect(ledger.find((e) => e.candidateId === 3)?.trackerResourceId).toBe(demo.id)
    expect(ledger.every((e) => e.syncedBy === 'Rita Recruiter')).toBe(true)
    const human = await cli([...d, 'ledger'], { env })
    expect(human.stdout).toContain('linked (same LinkedIn URL)')

    const records = sandbox.controls.resources()
    expect(records).toHaveLength(before + 2)
    const created = records.filter((r) => r.source === 'Tracker Sync')
    expect(created.map((r) => r.documents.length)).toEqual([1, 1])
    for (const r of [...created, sandbox.controls.resource(demo.id)!]) expect(r.jobLists.map((l) => l.opportunityId)).toContain(trackerJob.id)
    expect(sandbox.controls.resource(demo.id)!.documents).toHaveLength(0)

    // Export to ATS refuses what is already synced (exit 4).
    const refused = await cli([...d, 'export', '1', '--tracker-job', String(trackerJob.id)], { env })
    expect(refused.code).toBe(4)
    expect(refused.stdout).toContain('Already in TrackerRMS')
    const queue = (await cli([...d, 'queue', '--json'], { env })).json() as { state: string }[]
    expect(queue.map((q) => q.state)).toEqual(['done', 'done', 'done'])
  })

  it('sync exits 3 with the reason when the token was revoked', async () => {
    const sandbox = await testSandbox({ seed: 'empty' })
    const d = ['--data-dir', tempDir()]
    const env = { TRACKER_SYNC_TOKEN: sandbox.token as string }
    await cli([...d, 'connect', '--region', 'custom', '--rest-url', sandbox.restUrl, '--widget-url', sandbox.widgetUrl, '--token-stdin'], {
      env,
      stdin: sandbox.token as string
    })
    await cli([...d, 'jobs', 'add', '--title', 'Welder'], { env })
    await cli([...d, 'jobs', 'map', '1', '--trigger', 'sequence'], { env })
    await cli([...d, 'candidates', 'add', '--job', '1', '--name', 'Ann Lee'], { env })
    await cli([...d, 'stage', '1', '--job', '1', 'sequence'], { env })
    sandbox.controls.revokeToken()
    const synced = await cli([...d, 'sync', '--until-idle', '--ignore-delay', '--timeout', '30'], { env })
    expect(synced.code).toBe(3)
    expect(synced.stderr).toMatch(/revoked or regenerated/)
    // Refused while reading TrackerRMS's candidate list, before anything could be created: the export keeps waiting
    // for that list, and reconnecting starts the read (and then the export) again.
    expect((await cli([...d, 'queue', '--json'], { env })).json()[0]).toMatchObject({ state: 'waiting', waitingFor: 'index' })
  })
})
