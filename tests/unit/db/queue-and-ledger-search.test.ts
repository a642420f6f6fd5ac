// The Activity screen's queue and ledger lists: filtered, searched and paged in SQL, with names and job titles.
import { describe, expect, it } from 'vitest'
import { insertCandidate } from '../../../electron/db/candidates'
import { insertJob } from '../../../electron/db/jobs'
import { recordLedger, searchLedger } from '../../../electron/db/ledger'
import { openDatabase } from '../../../electron/db/open'
import { insertQueueItem, updateQueueItem } from '../../../electron/db/queue'
import { queueEntries } from '../../../electron/db/queue-entries'
import { personNamed } from '../../helpers/candidate-fields'
import { tempDir } from '../../helpers/temp'

const NOW = '2026-12-07T10:00:00.000Z'

function store() {
  const db = openDatabase(`${tempDir()}/app.sqlite`)
  const job = insertJob(db, { title: 'Staff Engineer (Zürich)' }, NOW)
  const other = insertJob(db, { title: 'Data Analyst' }, NOW)
  const add = (fullName: string) => insertCandidate(db, personNamed(fullName), NOW)
  const queue = (candidateId: number, jobId: number | null) =>
    insertQueueItem(db, { candidateId, jobId, trackerJobId: null, origin: 'manual', eventId: null, nextRunAt: NOW }, NOW)
  return { db, job, other, add, queue }
}

describe('the queue list', () => {
  it('finds an old export by name even behind thousands of newer ones, with the name folded as the duplicate check folds it', () => {
    const { db, job, other, add, queue } = store()
    const asa = add('Åsa Öberg')
    const old = queue(asa.id, job.id)
    const filler = add('Bo Chen')
    db.transaction(() => {
      for (let i = 0; i < 21_000; i++) queue(filler.id, other.id)
    })()
    expect(queueEntries(db, { search: 'åSA', limit: 10 })).toEqual([
      expect.objectContaining({ id: old.id, candidateName: 'Åsa Öberg', jobTitle: 'Staff Engineer (Zürich)' })
    ])
    // Every word must match somewhere: the name, the job's title.
    expect(queueEntries(db, { search: 'öberg zürich', limit: 10 }).map((e) => e.id)).toEqual([old.id])
    expect(queueEntries(db, { search: 'öberg analyst', limit: 10 })).toEqual([])
    // Newest first, limited in SQL.
    const page = queueEntries(db, { limit: 3 })
    expect(page).toHaveLength(3)
    expect(page[0].id).toBeGreaterThan(page[1].id)
    expect(page[0]).not.toHaveProperty('eventId')
  })

  it('matches the TrackerRMS id and wildcards literally, filters by state and candidate, and keeps the order of ids asked for', () => {
    const { db, job, add, queue } = store()
    const ann = add('Ann Lee')
    const dana = add('Dana 100% Brown')
    const a = queue(ann.id, job.id)
    const d = queue(dana.id, null)
    updateQueueItem(db, a.id, { state: 'done', trackerResourceId: 48213 }, NOW)
    expect(queueEntries(db, { search: '4821', limit: 10 }).map((e) => e.id)).toEqual([a.id])
    expect(queueEntries(db, { search: '100%', limit: 10 }).map((e) => e.id)).toEqual([d.id])
    expect(queueEntries(db, { search: '%', limit: 10 }).map((e) => e.id)).toEqual([d.id])
    expect(queueEntries(db, { states: ['done'], limit: 10 }).map((e) => e.id)).toEqual([a.id])
    expect(queueEntries(db, { candidateId: dana.id, limit: 10 })).toEqual([expect.objectContaining({ id: d.id, jobTitle: null })])
    expect(queueEntries(db, { ids: [a.id, d.id, 999], limit: 3 }).map((e) => e.id)).toEqual([a.id, d.id])
  })
})

describe('the ledger list', () => {
  it('searches name, how, the field matched on, who sent it and the TrackerRMS id, counting every match for paging', () => {
    const { db, add } = store()
    const people = ['Åsa Öberg', 'Ann Lee', 'Dana Brown', 'Zoë Smith'].map(add)
    people.forEach((person, i) =>
      recordLedger(db, {
        candidateId: person.id,
        trackerResourceId: 9000 + i,
        how: i % 2 ? 'linked' : 'created',
        matchedOn: i % 2 ? 'email' : null,
        syncedAt: `2026-12-0${i + 1}T10:00:00.000Z`,
        syncedBy: i === 3 ? 'Rita Recruiter' : 'Sam Sourcer'
      })
    )
    expect(searchLedger(db).entries.map((e) => e.fullName)).toEqual(['Zoë Smith', 'Dana Brown', 'Ann Lee', 'Åsa Öberg'])
    expect(searchLedger(db, { search: 'ZOË' }).entries.map((e) => e.trackerResourceId)).toEqual([9003])
    expect(searchLedger(db, { search: 'linked email' })).toMatchObject({ total: 2 })
    expect(searchLedger(db, { search: 'rita' }).entries.map((e) => e.fullName)).toEqual(['Zoë Smith'])
    expect(searchLedger(db, { search: '9002' }).entries.map((e) => e.fullName)).toEqual(['Dana Brown'])
    const second = searchLedger(db, { search: 'sam', offset: 1, limit: 1 })
    expect(second).toEqual({ total: 3, entries: [expect.objectContaining({ fullName: 'Ann Lee', syncedBy: 'Sam Sourcer' })] })
  })
})
