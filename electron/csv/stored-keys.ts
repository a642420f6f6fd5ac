// Who a row of a file is among the stored candidates who are NOT on the import's job: people already known from
// another job (an export of job A imported into job B, a TrackerRMS export imported for a second role). Such a row
// is put on the job as that candidate ("add"), never created a second time: twins with one email would both link to
// one TrackerRMS record. Only the strong keys count, in the sync's order — TrackerRMS id (the stored candidate's
// ledger link), email, LinkedIn URL — never the full name alone: two different people can share one.
//
// Held like JobKeys (dedupe.ts): compact tables built in one scan before the first row, so a row costs a few
// lookups and no SQL. Per-row SQL would also do (email_key and linkedin_key are indexed), but a big import sets
// those indexes aside while it writes (deferred-indexes.ts), and then every lookup would scan the table.
import type { DuplicateField } from '../../shared/csv'
import type { Db } from '../db/open'
import type { RowKeys } from './dedupe'
import { KeyTable } from './key-table'

export interface StoredMatch {
  candidateId: number
  /** The stored full name, as it was before the import. */
  name: string
  field: Exclude<DuplicateField, 'name'>
  value: string
}

/** The stored candidates not on the job, as they were before the import; the lowest candidate id wins a key. */
export class StoredKeys {
  private readonly trackerId: TrackerIds
  private readonly email = new KeyTable()
  private readonly linkedin = new KeyTable()
  private readonly nameOf

  constructor(db: Db, jobId: number) {
    const rows = db
      .prepare(
        `SELECT c.id, c.email_key, c.linkedin_key FROM candidates c
          WHERE (c.email_key IS NOT NULL OR c.linkedin_key IS NOT NULL)
            AND NOT EXISTS (SELECT 1 FROM job_candidates jc WHERE jc.job_id = ? AND jc.candidate_id = c.id)
          ORDER BY c.id`
      )
      .raw()
      .iterate(jobId) as IterableIterator<[number, string | null, string | null]>
    for (const [id, email, linkedin] of rows) {
      if (email !== null) this.email.getOrAdd(email, id)
      if (linkedin !== null) this.linkedin.getOrAdd(linkedin, id)
    }
    this.trackerId = new TrackerIds(db, jobId)
    this.nameOf = db.prepare('SELECT full_name FROM candidates WHERE id = ?').pluck()
  }

  /** The stored candidate the row is (first key in the sync's order), or null. */
  match(keys: RowKeys): StoredMatch | null {
    let id: number | undefined
    if (keys.trackerId !== null && (id = this.trackerId.get(keys.trackerId)) !== undefined) return this.found(id, 'trackerId', String(keys.trackerId))
    if (keys.email !== null && (id = this.email.get(keys.email)) !== undefined) return this.found(id, 'email', keys.email)
    if (keys.linkedin !== null && (id = this.linkedin.get(keys.linkedin)) !== undefined) return this.found(id, 'linkedin', keys.linkedin)
    return null
  }

  private found(candidateId: number, field: StoredMatch['field'], value: string): StoredMatch {
    return { candidateId, name: this.nameOf.get(candidateId) as string, field, value }
  }
}

/**
 * TrackerRMS id -> the lowest stored candidate linked to it (not on the job), as two sorted typed arrays searched by
 * bisection: 12 bytes a link where a Map takes about 40. The ledger's index on tracker_resource_id holds the
 * candidate id (its rowid) too, so SQLite returns them in (TrackerRMS id, candidate id) order without sorting.
 */
class TrackerIds {
  private keys = new Float64Array(1024)
  private ids = new Int32Array(1024)
  private count = 0

  constructor(db: Db, jobId: number) {
    const rows = db
      .prepare(
        `SELECT l.tracker_resource_id, l.candidate_id FROM sync_ledger l
          WHERE NOT EXISTS (SELECT 1 FROM job_candidates jc WHERE jc.job_id = ? AND jc.candidate_id = l.candidate_id)
          ORDER BY l.tracker_resource_id, l.candidate_id`
      )
      .raw()
      .iterate(jobId) as IterableIterator<[number, number]>
    for (const [trackerId, candidateId] of rows) {
      if (this.count > 0 && this.keys[this.count - 1] === trackerId) continue // a lower candidate id has it
      if (this.count === this.keys.length) this.grow()
      this.keys[this.count] = trackerId
      this.ids[this.count++] = candidateId
    }
  }

  get(trackerId: number): number | undefined {
    let low = 0
    let high = this.count - 1
    while (low <= high) {
      const mid = (low + high) >>> 1
      const key = this.keys[mid]
      if (key === trackerId) return this.ids[mid]
      if (key < trackerId) low = mid + 1
      else high = mid - 1
    }
    return undefined
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2)
    keys.set(this.keys)
    const ids = new Int32Array(this.ids.length * 2)
    ids.set(this.ids)
    this.keys = keys
    this.ids = ids
  }
}
