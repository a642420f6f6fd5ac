// One person, one candidate. A new candidate whose email or LinkedIn URL (normalised exactly as the duplicate
// check does) already belongs to a stored candidate would become a local twin: two rows, two ledger lines for one
// TrackerRMS record. So "Add candidate" refuses it and names the person to add to the job instead. A full name
// alone is not enough: two different people can share one.
import type { CandidateFields } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { jobsWords } from '../../shared/jobs-words'
import { candidateKeys } from '../db/candidates'
import type { Db } from '../db/open'
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

function refusalMessage(person: SamePerson, what: string, jobId: number, onThisJob: boolean): string {
  if (onThisJob) {
    const job = person.jobs.find((j) => j.id === jobId)!
    return `${person.fullName} (id ${person.id}) already has ${what} and is already on ${job.title}.`
  }
  return `${person.fullName} (id ${person.id}, ${jobsWords(person.jobs)}) already has ${what}. Add ${person.fullName} to this job instead.`
}
