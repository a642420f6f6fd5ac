// Who a row of a file is the same person as, by its strong keys: a candidate already in the job (JobKeys), or an
// earlier row of the same file (FileKeys). Both compare the sync's duplicate keys in the sync's order: TrackerRMS id,
// then email, then LinkedIn URL; the first key that hits decides. The full name comes last, after the strong keys of
// every source (name-keys.ts): two people may share a name, and a name alone is one person only when nothing tells
// them apart. Held in memory as compact tables from key to the first candidate / row (key-table.ts), so a row costs
// a few lookups.
import type { DuplicateField } from '../../shared/csv'
import { keyBits } from '../../shared/same-name'
import type { Db } from '../db/open'
import { KeyTable } from './key-table'
import type { NameKeys } from './name-keys'

/** A valid row's duplicate keys (null where the row has none). */
export interface RowKeys {
  trackerId: number | null
  email: string | null
  linkedin: string | null
  name: string | null
}

export interface JobMatch {
  candidateId: number
  name: string
  field: DuplicateField
  value: string
}

export interface FileMatch {
  /** The earliest valid row with the same key. */
  row: number
  field: DuplicateField
  value: string
}

/** The job's candidates as they were before the import; the lowest candidate id wins a key. */
export class JobKeys {
  private readonly trackerId = new Map<number, number>()
  private readonly email = new KeyTable()
  private readonly linkedin = new KeyTable()
  /** Names are looked up when a row matches, and kept: an update by this import must not rename the match. */
  private readonly names = new Map<number, string>()
  private readonly nameOf

  /** The candidates' names go to `names`, with the keys they have. */
  constructor(db: Db, jobId: number, names: NameKeys) {
    const rows = db
      .prepare(
        `SELECT c.id, l.tracker_resource_id AS tracker_id, c.email_key, c.linkedin_key, NULLIF(c.name_key, '') AS name_key
           FROM job_candidates jc JOIN candidates c ON c.id = jc.candidate_id LEFT JOIN sync_ledger l ON l.candidate_id = c.id
          WHERE jc.job_id = ? ORDER BY c.id`
      )
      .raw()
      .iterate(jobId) as IterableIterator<[number, number | null, string | null, string | null, string | null]>
    for (const [id, trackerId, email, linkedin, name] of rows) {
      if (trackerId !== null && !this.trackerId.has(trackerId)) this.trackerId.set(trackerId, id)
      if (email !== null) this.email.getOrAdd(email, id)
      if (linkedin !== null) this.linkedin.getOrAdd(linkedin, id)
      if (name !== null) names.addCandidate(name, id, keyBits({ trackerId, email, linkedin }))
    }
    this.nameOf = db.prepare('SELECT full_name FROM candidates WHERE id = ?').pluck()
  }

  /** The candidate with one of the row's strong keys, or null. */
  match(keys: RowKeys): JobMatch | null {
    let id: number | undefined
    if (keys.trackerId !== null && (id = this.trackerId.get(keys.trackerId)) !== undefined) return this.found(id, 'trackerId', String(keys.trackerId))
    if (keys.email !== null && (id = this.email.get(keys.email)) !== undefined) return this.found(id, 'email', keys.email)
    if (keys.linkedin !== null && (id = this.linkedin.get(keys.linkedin)) !== undefined) return this.found(id, 'linkedin', keys.linkedin)
    return null
  }

  /** The candidate as a match on `field` (also on the full name: name-keys.ts), with their stored name. */
  found(candidateId: number, field: DuplicateField, value: string): JobMatch {
    let name = this.names.get(candidateId)
    if (name === undefined) this.names.set(candidateId, (name = this.nameOf.get(candidateId) as string))
    return { candidateId, name, field, value }
  }
}

/** The valid rows of the file read so far: the earliest row per strong key. */
export class FileKeys {
  private readonly trackerId = new Map<number, number>()
  private readonly email = new KeyTable()
  private readonly linkedin = new KeyTable()

  /** The earliest earlier row with one of this row's strong keys (first in the sync's order), and this row's keys remembered. */
  matchAndAdd(row: number, keys: RowKeys): FileMatch | null {
    let match: FileMatch | null = null
    let first: number | undefined
    if (keys.trackerId !== null) {
      if ((first = this.trackerId.get(keys.trackerId)) === undefined) this.trackerId.set(keys.trackerId, row)
      else match = { row: first, field: 'trackerId', value: String(keys.trackerId) }
    }
    if (keys.email !== null && (first = this.email.getOrAdd(keys.email, row)) !== undefined) match ??= { row: first, field: 'email', value: keys.email }
    if (keys.linkedin !== null && (first = this.linkedin.getOrAdd(keys.linkedin, row)) !== undefined)
      match ??= { row: first, field: 'linkedin', value: keys.linkedin }
    return match
  }
}
