// StoredKeys holds the stored candidates' emails and LinkedIn URLs as hashes and confirms a hit by reading the
// candidate: with a hash under which every key collides it must reach exactly the same answers.
import { describe, expect, it } from 'vitest'
import { StoredKeys } from '../../../electron/csv/stored-keys'
import { addToJob, getCandidate, insertCandidate } from '../../../electron/db/candidates'
import type { Candidate } from '../../../shared/domain'
import { csvCore } from '../../integration/csv/helpers'

const HEADER = 'Full Name,Email,LinkedIn URL\n'

describe('StoredKeys', () => {
  it('answers alike with a real hash and with one under which every key collides', async () => {
    const t = csvCore()
    const a = t.job('A')
    const b = t.job('B')
    await t.core.csv.apply(
      t.file(
        'a.csv',
        HEADER +
          'Ann Lee,ann@example.com,\n' +
          'Bob Stone,,https://www.linkedin.com/in/bob-stone/\n' +
          'Cara Diaz,cara@example.com,https://www.linkedin.com/in/cara-diaz/\n'
      ),
      { jobId: a }
    )
    const db = t.core.ctx.db
    // a twin of Ann (same email) on another job, as an older database may hold: the lower id wins
    const twin = insertCandidate(db, getCandidate(db, 1) as Candidate, '2026-01-01T00:00:00.000Z')
    addToJob(db, t.job('C'), twin.id, 'sourced', '2026-01-01T00:00:00.000Z')
    const linkedinOf = (id: number) => db.prepare('SELECT linkedin_key FROM candidates WHERE id = ?').pluck().get(id) as string
    const keysOf = (email: string | null, linkedin: string | null) => ({ trackerId: null, email, linkedin, name: null })
    const asks = [
      keysOf('ann@example.com', null),
      keysOf(null, linkedinOf(2)),
      keysOf('nobody@example.com', linkedinOf(3)),
      keysOf('cara@example.com', linkedinOf(2)),
      keysOf('nobody@example.com', 'linkedin.com/in/nobody')
    ]
    const answers = (keys: StoredKeys) => asks.map((k) => keys.match(k)).map((m) => m && [m.candidateId, m.field, m.name])
    const expected = [[1, 'email', 'Ann Lee'], [2, 'linkedin', 'Bob Stone'], [3, 'linkedin', 'Cara Diaz'], [3, 'email', 'Cara Diaz'], null]
    expect(answers(new StoredKeys(db, b))).toEqual(expected)
    expect(answers(new StoredKeys(db, b, () => 42))).toEqual(expected)
    // the job's own candidates are not "stored candidates of another job"
    expect(answers(new StoredKeys(db, a, () => 42))).toEqual([[4, 'email', 'Ann Lee'], null, null, null, null])
  })
})
