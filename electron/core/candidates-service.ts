import { cleanCandidateFields, type CandidateInput } from '../../shared/candidate-fields'
import type { Candidate, JobCandidate } from '../../shared/domain'
import { notFound, validationError } from '../../shared/errors'
import { addToJob, candidateKeys, getCandidate, insertCandidate, listCandidates, listJobCandidates } from '../db/candidates'
import { getJob } from '../db/jobs'
import { candidateJobEntries, candidateSyncInfo, reviewCount, reviewIds, reviewRows } from '../db/review'
import type { AddToJobResult, CandidateProfile, CreatedCandidate, ReviewFilter, ReviewPage, SameNameCandidate } from '../../shared/api'
import { SAME_NAME_MAX } from '../../shared/api/candidates'
import { findByNameKey } from '../db/same-name'
import type { CoreContext } from '../lib/context'
import { addExistingToJob } from './add-to-job'
import { refuseSamePerson, sameNameWarning } from './same-person-rule'

export function createCandidatesService(ctx: CoreContext) {
  const requireJob = (jobId: number) => {
    if (!getJob(ctx.db, jobId)) throw notFound(`There is no job with id ${jobId}.`)
  }

  return {
    /**
     * Adds a new candidate to a job, at stage "sourced". Every field is checked first; nothing is written on error.
     * Refused when a stored candidate has the same email or LinkedIn URL; a stored namesake is named in `warning`
     * (see same-person-rule.ts).
     */
    create(input: CandidateInput & { jobId: number }): CreatedCandidate {
      requireJob(input.jobId)
      const cleaned = cleanCandidateFields(input)
      if (!cleaned.ok) {
        const [first, ...rest] = cleaned.errors
        throw validationError(first.field, [first, ...rest].map((e) => e.message).join(' '))
      }
      const now = ctx.now()
      const { candidate, warning } = ctx.db
        .transaction(() => {
          refuseSamePerson(ctx.db, cleaned.fields, input.jobId)
          const warning = sameNameWarning(ctx.db, cleaned.fields)
          const created = insertCandidate(ctx.db, cleaned.fields, now)
          addToJob(ctx.db, input.jobId, created.id, 'sourced', now)
          return { candidate: created, warning }
        })
        .immediate()
      ctx.log.info('candidate.created', { candidateId: candidate.id, jobId: input.jobId })
      ctx.events.emit('data.changed', { what: 'candidates' })
      return { ...candidate, jobId: input.jobId, stage: 'sourced', stageChangedAt: now, ...(warning ? { warning } : {}) }
    },
    /** Puts existing candidates on another job at "sourced", in one transaction; see add-to-job.ts. */
    addToJob(input: { jobId: number; candidateIds: readonly number[] }): AddToJobResult {
      return addExistingToJob(ctx, input.jobId, input.candidateIds)
    },
    /**
     * Stored candidates with this full name (the duplicate check's name key: case and spaces folded), for "Add
     * candidate"'s hint. Never refuses anything: two people can share a name.
     */
    findByName(fullName: string): SameNameCandidate[] {
      const key = candidateKeys({ fullName, email: null, linkedinUrl: null }).name_key
      return key === '' ? [] : findByNameKey(ctx.db, key, SAME_NAME_MAX)
    },
    get(id: number): Candidate {
      const candidate = getCandidate(ctx.db, id)
      if (!candidate) throw notFound(`There is no candidate with id ${id}.`)
      return candidate
    },
    listForJob(jobId: number): JobCandidate[] {
      requireJob(jobId)
      return listJobCandidates(ctx.db, jobId)
    },
    listAll(): Candidate[] {
      return listCandidates(ctx.db)
    },
    /** One window of the review table (see db/review.ts) and the total matching the filter. */
    review(filter: ReviewFilter, offset: number, limit: number): ReviewPage {
      return { total: reviewCount(ctx.db, filter), offset, rows: reviewRows(ctx.db, filter, offset, limit) }
    },
    /** The ids of a range of the review table, in table order. */
    reviewIds(filter: ReviewFilter, offset: number, limit: number): { total: number; ids: number[] } {
      return { total: reviewCount(ctx.db, filter), ids: reviewIds(ctx.db, filter, offset, limit) }
    },
    /** Everything the profile shows: the fields, the jobs it is on with its stage, its sync status. */
    profile(id: number): CandidateProfile {
      const candidate = getCandidate(ctx.db, id)
      const sync = candidateSyncInfo(ctx.db, id)
      if (!candidate || !sync) throw notFound(`There is no candidate with id ${id}.`)
      return { candidate, jobs: candidateJobEntries(ctx.db, id), sync }
    }
  }
}
