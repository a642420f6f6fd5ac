// Who a row of a file is among the stored candidates who are NOT on the import's job: people already known from
// another job (an export of job A imported into job B, a TrackerRMS export imported for a second role). Such a row
// is put on the job as that candidate ("add"), never created a second time: twins with one email would both link to
// one TrackerRMS record. Only the strong keys count, in the sync's order — TrackerRMS id (the stored candidate's
// ledger link), email, LinkedIn URL — never the full name alone: two different people can share one.
//
// Held in memory, built in one scan before the first row, so that a row costs a few lookups and no SQL against
// the keys' indexes. Per-row SQL on email_key / linkedin_key would also do, but a big import sets those indexes
// aside while it writes (deferred-indexes.ts), and then every lookup would scan the table. The emails and LinkedIn
// URLs are held as 32-bit hashes with the candidate id (hash-index.ts, 8 bytes a key: 100,000 people who are
// already candidates of another job cost under 2 MB, where tables of the keys themselves took about 12); a hash hit
// is confirmed by reading that one candidate by primary key (never set aside) and comparing the real key.
//
// The keys compared are the ones stored BEFORE the import, so that a dry run and the apply decide alike: an apply
// with policy update may change a stored candidate's email as it adds them, and a later row with the old email is
// still that candidate. beforeWrite()/afterWrite() keep the old keys of the few candidates whose keys change.
import type { DuplicateField } from '../../shared/csv'
import type { Db } from '../db/open'
import type { RowKeys } from './dedupe'
import { HashIndex, hashKey, type KeyHash } from './hash-index'

export interface StoredMatch {
  candidateId: number
  /** The stored full name, as it was before the import. */
  name: string
  field: Exclude<DuplicateField, 'name'>
  value: string
}

/** A stored candidate's full name, email key and LinkedIn key. */
export type KeysRow = [name: string, email: string | null, linkedin: string | null]
const EMAIL = 1
const LINKEDIN = 2

/** The stored candidates not on the job, as they were before the import; the lowest candidate id wins a key. */
export class StoredKeys {
  private readonly trackerId: TrackerIds
  private readonly email: HashIndex
  private readonly linkedin: HashIndex
  /** One bit per candidate id held in email / linkedin: the candidates whose keys afterWrite() may keep. */
  private readonly members: Uint8Array
  /** Keys as they were before the import, of held candidates whose keys this import changed. */
  private readonly keptKeys = new Map<number, KeysRow>()
  private readonly keysOf
  /** The candidate read last in this match() (a confirmed match is read once for its key and its name). */
  private readId = 0
  private readRow: KeysRow | null = null
  /** The key being looked up, for the two confirmers below (made once: a row costs no closures). */
  private wanted = ''
  private readonly hasWantedEmail = (id: number) => this.keysBefore(id)[EMAIL] === this.wanted
  private readonly hasWantedLinkedin = (id: number) => this.keysBefore(id)[LINKEDIN] === this.wanted

  /** `hash` can be replaced (tests force collisions). */
  constructor(db: Db, jobId: number, hash: KeyHash = hashKey) {
    const { n, maxId } = db.prepare('SELECT COUNT(*) AS n, COALESCE(MAX(id), 0) AS maxId FROM candidates').get() as { n: number; maxId: number }
    this.email = new HashIndex(n, hash)
    this.linkedin = new HashIndex(n, hash)
    this.members = new Uint8Array((maxId >>> 3) + 1)
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
      if (email !== null) this.email.add(email, id)
      if (linkedin !== null) this.linkedin.add(linkedin, id)
      this.members[id >>> 3] |= 1 << (id & 7)
    }
    this.email.seal()
    this.linkedin.seal()
    this.trackerId = new TrackerIds(db, jobId)
    this.keysOf = db.prepare('SELECT full_name, email_key, linkedin_key FROM candidates WHERE id = ?').raw()
  }

  /** The stored candidate the row is (first key in the sync's order), or null. */
  match(keys: RowKeys): StoredMatch | null {
    let id: number | undefined
    const { email, linkedin } = keys
    this.readId = 0 // the row read last may have been written since
    if (keys.trackerId !== null && (id = this.trackerId.get(keys.trackerId)) !== undefined) return this.found(id, 'trackerId', String(keys.trackerId))
    if (email !== null && (id = this.findEmail(email)) !== undefined) return this.found(id, 'email', email)
    if (linkedin !== null && (id = this.findLinkedin(linkedin)) !== undefined) return this.found(id, 'linkedin', linkedin)
    return null
  }

  /**
   * The row's keys less those that a stored candidate has (given the row's match): a later row with such a key
   * matches a stored candidate again, which comes before any earlier row of the file, so the file's table of
   * earlier rows (FileKeys) need not hold it. Call right after match(): reads the candidate match() read.
   */
  withoutStoredKeys(keys: RowKeys, match: StoredMatch): RowKeys {
    const { email, linkedin } = keys
    const storedEmail = match.field === 'email' || (match.field === 'trackerId' && email !== null && this.findEmail(email) !== undefined)
    const storedLinkedin = match.field === 'linkedin' || (linkedin !== null && this.findLinkedin(linkedin) !== undefined)
    if (!storedEmail && !storedLinkedin) return keys
    return { ...keys, email: storedEmail ? null : email, linkedin: storedLinkedin ? null : linkedin }
  }

  private findEmail(email: string): number | undefined {
    this.wanted = email
    return this.email.find(email, this.hasWantedEmail)
  }

  private findLinkedin(linkedin: string): number | undefined {
    this.wanted = linkedin
    return this.linkedin.find(linkedin, this.hasWantedLinkedin)
  }

  /**
   * Call before the apply updates a candidate's fields, and afterWrite() after: when the update changed the keys of
   * a candidate held here, their keys as they were before the import are kept. Returns what afterWrite() needs.
   */
  beforeWrite(candidateId: number): KeysRow | null {
    if (!this.isMember(candidateId) || this.keptKeys.has(candidateId)) return null
    return this.keysOf.get(candidateId) as KeysRow
  }

  afterWrite(candidateId: number, before: KeysRow | null): void {
    if (before === null) return
    const after = this.keysOf.get(candidateId) as KeysRow
    if (before[EMAIL] !== after[EMAIL] || before[LINKEDIN] !== after[LINKEDIN]) this.keptKeys.set(candidateId, before)
  }

  private isMember(id: number): boolean {
    return id >>> 3 < this.members.length && (this.members[id >>> 3] & (1 << (id & 7))) !== 0
  }

  private keysBefore(candidateId: number): KeysRow {
    return this.keptKeys.get(candidateId) ?? this.read(candidateId)
  }

  private read(candidateId: number): KeysRow {
    if (this.readId !== candidateId || this.readRow === null) {
      this.readRow = this.keysOf.get(candidateId) as KeysRow
      this.readId = candidateId
    }
    return this.readRow
  }

  private found(candidateId: number, field: StoredMatch['field'], value: string): StoredMatch {
    return { candidateId, name: this.keysBefore(candidateId)[0], field, value }
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
