// Who a row of a file is by its full name alone. Asked only when none of the row's stronger keys (TrackerRMS ID,
// email, LinkedIn URL) matched anyone: not a candidate of the job, not a stored candidate, not an earlier row. The
// namesake is the first person with the name — the job's candidate with the lowest id, else the file's first row
// with it — and the row is that person unless a key both have differs (shared/same-name.ts): then the row is a
// different person, imported with a warning. So a list of 20,000 people whose common names repeat keeps all 20,000.
//
// One table from name key to the namesake and the keys they are known to have (key-table.ts, compact like the
// emails' table; one entry per distinct name): the number stored is id or row × 16, + 8 for a candidate, + the key
// bits. The bits grow as rows are taken as that person: when a row with the name and an email is taken as a
// namesake who had none, a later row with the name and ANOTHER email is told apart from them rather than taken as
// the same person too (taking both would make two people with different emails one, and lose one of them).
import { toldApartBy, type KeyBits } from '../../shared/same-name'
import { KeyTable } from './key-table'

const SLOT = 16
const CANDIDATE = 8
const BITS = 7

export interface NameMatch {
  /** The namesake: a candidate of the job … */
  candidateId: number | null
  /** … or an earlier row of the file. */
  row: number | null
  /** The keys that tell the row apart from them; 0: nothing does, the row is that person. */
  apart: KeyBits
}

export class NameKeys {
  private readonly table = new KeyTable()

  /** A candidate of the job, before the first row; in ascending id order (the lowest id is the namesake). */
  addCandidate(name: string, candidateId: number, bits: KeyBits): void {
    this.table.getOrAdd(name, candidateId * SLOT + CANDIDATE + bits)
  }

  /**
   * For a row no stronger key matched: its namesake and what tells them apart. Null when nobody before had the
   * name: the row becomes the namesake of later rows.
   */
  match(row: number, name: string, bits: KeyBits): NameMatch | null {
    const held = this.table.getOrAdd(name, row * SLOT + bits)
    if (held === undefined) return null
    const heldBits = (held % SLOT) & BITS
    const apart = toldApartBy(bits, heldBits)
    if (apart === 0) this.learn(name, held, bits)
    const ref = Math.floor(held / SLOT)
    const isCandidate = ((held % SLOT) & CANDIDATE) !== 0
    return { candidateId: isCandidate ? ref : null, row: isCandidate ? null : ref, apart }
  }

  /**
   * For a row a stronger key matched to a candidate of the job or to an earlier row (both null: to someone else):
   * when the name's namesake is that person, they now have the row's keys too; a name nobody had gets this row.
   */
  note(row: number, name: string, bits: KeyBits, candidateId: number | null, fileRow: number | null): void {
    const held = this.table.getOrAdd(name, row * SLOT + bits)
    if (held === undefined) return
    const person = candidateId !== null ? candidateId * SLOT + CANDIDATE : fileRow !== null ? fileRow * SLOT : -1
    if (held - ((held % SLOT) & BITS) === person) this.learn(name, held, bits)
  }

  private learn(name: string, held: number, bits: KeyBits): void {
    const heldBits = (held % SLOT) & BITS
    if ((heldBits | bits) !== heldBits) this.table.set(name, held - heldBits + (heldBits | bits))
  }
}
