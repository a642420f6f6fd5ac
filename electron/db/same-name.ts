// Stored candidates with one full name, for "Add candidate"'s hint. A shared name is not proof of one person (that
// takes an email or LinkedIn URL, see same-person.ts), so this only informs: the recruiter decides.
import type { Db } from './open'
import { jobsOfCandidate, type SamePerson } from './same-person'
import { statement } from './statements'

export interface SameName extends SamePerson {
  email: string | null
}

/** Exported for the query-plan test: it must use the candidates_name_key index, never scan. */
export const SAME_NAME_SQL = 'SELECT id, full_name AS fullName, email FROM candidates WHERE name_key = ? ORDER BY id LIMIT ?'

/** Up to `limit` stored candidates with this name key, oldest first, with their email and LinkedIn keys (Add candidate's same-name rule). */
export function namesakeKeys(db: Db, nameKey: string, limit: number): { id: number; fullName: string; email: string | null; linkedin: string | null }[] {
  return statement(
    db,
    'SELECT id, full_name AS fullName, email_key AS email, linkedin_key AS linkedin FROM candidates WHERE name_key = ? ORDER BY id LIMIT ?'
  ).all(nameKey, limit) as { id: number; fullName: string; email: string | null; linkedin: string | null }[]
}

/** Up to `limit` stored candidates whose name key (candidateKeys' `name_key`) is `nameKey`, oldest first. */
export function findByNameKey(db: Db, nameKey: string, limit: number): SameName[] {
  const rows = statement(db, SAME_NAME_SQL).all(nameKey, limit) as {
    id: number
    fullName: string
    email: string | null
  }[]
  return rows.map((row) => ({ ...row, jobs: jobsOfCandidate(db, row.id) }))
}
