// One person, one candidate. A new candidate whose email or LinkedIn URL (normalised exactly as the duplicate
// check does) already belongs to a stored candidate would become a local twin: two rows, two ledger lines for one
// TrackerRMS record. So "Add candidate" refuses it and names the person to add to the job instead. A full name
// alone is not enough: two different people can share one. A stored namesake is named in a warning instead, judged
// by the import's rule (shared/same-name.ts): a different email or LinkedIn URL makes them two people.
import type { CandidateFields } from '../../shared/domain'
import { SAME_NAME_MAX } from '../../shared/api/candidates'
import { AppError } from '../../shared/errors'
import { jobsWords } from '../../shared/jobs-words'
import { keyBits, toldApartBy, toldApartMessage } from '../../shared/same-name'
import { candidateKeys } from '../db/candidates'
import type { Db } from '../db/open'
import { namesakeKeys } from '../db/same-name'
import { findByKey, type SamePerson } from '../db/same-person'

const WHAT: Record<'email' | 'linkedinUrl', string> = { email: 'this email', linkedinUrl: 'this LinkedIn URL' }

/** Throws a 'rule' AppError (CLI exit 4) on the form field that matched, carrying the stored candidate. */
export function refuseSamePerson(db: Db, fields: CandidateFields, jobId: number): void {
  const keys = candidateKeys(fields)
  const byEmail = findByKey(db, 'email_key', keys.email_key)
  const found = byEmail ? { person: byEmail, field: 'email' as const } : null
  const byLinkedIn = found ? null : findByKey(db, 'linkedin_key', keys.linkedin_key)
  const match = found ?? (byLinkedIn ? { person: byLinkedIn, field: 'linkedinUrl' as const } : null)
  if (!match) return
  const { person, field } = match
  const onThisJob = person.jobs.some((job) => job.id === jobId)
  throw new AppError('rule', refusalMessage(person, WHAT[field], jobId, onThisJob), field, { id: person.id, fullName: person.fullName, onThisJob })
}

/**
 * For a new candidate refuseSamePerson() let through: the warning about a stored candidate with the same full name,
 * or null. The form's hint already showed them and a name alone never blocks (the recruiter decided), so this only
 * says who, and whether an email or LinkedIn URL tells them apart: of the oldest namesakes, the first that nothing
 * tells apart, else the oldest. A new candidate has no TrackerRMS ID, so only those two can.
 */
export function sameNameWarning(db: Db, fields: CandidateFields): string | null {
  const keys = candidateKeys(fields)
  if (keys.name_key === '') return null
  const namesakes = namesakeKeys(db, keys.name_key, SAME_NAME_MAX)
  if (namesakes.length === 0) return null
  const bits = keyBits({ trackerId: null, email: keys.email_key, linkedin: keys.linkedin_key })
  const apart = (n: (typeof namesakes)[number]) => toldApartBy(bits, keyBits({ trackerId: null, email: n.email, linkedin: n.linkedin }))
  const same = namesakes.find((n) => apart(n) === 0)
  if (same)
    return `Same full name as candidate ${same.id} (${same.fullName}), and no email or LinkedIn URL tells them apart: added as a new candidate all the same.`
  return toldApartMessage(`candidate ${namesakes[0].id}`, namesakes[0].fullName, apart(namesakes[0]), 'added')
}

function refusalMessage(person: SamePerson, what: string, jobId: number, onThisJob: boolean): string {
  if (onThisJob) {
    const job = person.jobs.find((j) => j.id === jobId)!
    return `${person.fullName} (id ${person.id}) already has ${what} and is already on ${job.title}.`
  }
  return `${person.fullName} (id ${person.id}, ${jobsWords(person.jobs)}) already has ${what}. Add ${person.fullName} to this job instead.`
}
