// The follow-up delta after a create: another desktop's record of the same person, created just after ours, is
// flagged as a twin by the delta that follows our create — also when a later create's refresh came in between (the
// follow-up must then still read, not reuse that earlier refresh) and when an earlier create's follow-up was due first.
import { describe, expect, it } from 'vitest'
import { syncedCore } from '../../helpers/sync'

const FOLLOW_UP_MS = 400
const FRESH_MS = 250
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the follow-up delta after a create', () => {
  it('flags a twin that shows up after the last create, even when the refresh before that create is recent', async () => {
    let twinFor: string | null = null
    let createdAt = 0
    const { core, sandbox, job, addCandidate, readIndex } = await syncedCore({
      sandbox: { profile: 'listing-L3', seed: 'demo' }, // records at connect, so it finds getRecords answering (deltas read only what changed)
      sync: {
        indexFreshMs: FRESH_MS,
        indexReaderOptions: { followUpMs: FOLLOW_UP_MS, deltaEveryMs: 10 * 60_000 },
        // Another desktop creates its own record of the person right after ours.
        atBoundary: (_item, boundary) => {
          if (boundary === 'created') createdAt = Date.now()
          if (boundary !== 'created' || !twinFor) return
          const [firstName, surname] = twinFor.split(' ')
          sandbox.controls.addResource({ firstName, surname, email: `${firstName.toLowerCase()}@example.org` })
          twinFor = null
        }
      }
    })
    await readIndex()
    const send = async (fullName: string, twin: boolean) => {
      const c = addCandidate({ fullName, email: `${fullName.split(' ')[0].toLowerCase()}@example.org` })
      twinFor = twin ? fullName : null
      core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
      await core.sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 10_000 })
      return c
    }
    await send('Wim Warmup', false) // the resume renderer warmed up: the exports below take milliseconds
    await sleep(3 * FOLLOW_UP_MS)
    await send('Yara Early', false) // its follow-up delta is due 400 ms after its create
    // The next create comes 300 ms after it: its refresh reads (older than 250 ms), and Yara's follow-up is due
    // 100 ms after that refresh, before Zed's own follow-up would be.
    await sleep(createdAt + FRESH_MS + 50 - Date.now())
    const zed = await send('Zed Late', true) // its twin appears right after its create
    await sleep(3 * FOLLOW_UP_MS)
    expect(core.sync.twins(zed.id)).toHaveLength(1)
  })
})
