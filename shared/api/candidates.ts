// Candidates: the review table (paged on the server), one profile, adding a new candidate to a job, and putting
// existing candidates on another job (one person, several jobs: never a second candidate row).
import { z } from 'zod'
import { CANDIDATE_FIELD_LABELS, CANDIDATE_FIELD_MAX, CANDIDATE_FIELDS, candidateControlProblem } from '../candidate-fields'
import {
  STAGES,
  SYNC_STATUSES,
  type Candidate,
  type CandidateFields,
  type JobCandidate,
  type LedgerHow,
  type MatchField,
  type Stage,
  type SyncStatus
} from '../domain'
import { call } from './define'
import { id, refusing, searchText } from './fields'

import { REVIEW_IDS_MAX, REVIEW_PAGE_MAX, REVIEW_SORTS } from './review-options'

export { type ReviewSort } from './review-options'

/** What narrows the review table. No job = every candidate; stage then means "at that stage on any job". */
const reviewFilterShape = {
  jobId: id.nullable().optional(),
  search: searchText(200).optional(),
  stage: z.enum(STAGES).nullable().optional(),
  /** Candidates just moved out of the stage filter, kept in the list (dimmed) until the filter changes (a job's only). */
  keepIds: z.array(id).max(REVIEW_PAGE_MAX, `must name at most ${REVIEW_PAGE_MAX} candidates`).optional(),
  syncStatus: z.enum(SYNC_STATUSES).nullable().optional(),
  sort: z.enum(REVIEW_SORTS).optional()
}
export type ReviewFilter = z.infer<z.ZodObject<typeof reviewFilterShape>>

const rowWindow = (max: number) => ({
  offset: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(100_000_000, 'is too large'),
  limit: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(max, `must be at most ${max}`)
})

/** One row of the review table. */
export interface ReviewRow {
  id: number
  fullName: string
  email: string | null
  currentTitle: string | null
  currentCompany: string | null
  location: string | null
  /** The stage in the chosen job; with no job chosen, the most recent stage on any job (matching the stage filter). */
  stage: Stage | null
  stageJobId: number | null
  stageJobTitle: string | null
  stageChangedAt: string | null
  jobCount: number
  syncStatus: SyncStatus
  /** The TrackerRMS record, once the candidate is in TrackerRMS (the badge links to it). */
  trackerResourceId: number | null
  /** While an export waits in the queue: when it is due (the end of the grace delay, or the next retry). */
  queuedUntil: string | null
  hasDuplicateWarning: boolean
}

export interface ReviewPage {
  /** Rows matching the filter, all pages together. */
  total: number
  offset: number
  rows: ReviewRow[]
}

export interface CandidateJobEntry {
  jobId: number
  jobTitle: string
  company: string | null
  stage: Stage
  stageChangedAt: string
  addedAt: string
}

export interface CandidateSyncInfo {
  status: SyncStatus
  trackerResourceId: number | null
  how: LedgerHow | null
  matchedOn: MatchField | null
  syncedAt: string | null
  syncedBy: string | null
}

export interface CandidateProfile {
  candidate: Candidate
  jobs: CandidateJobEntry[]
  sync: CandidateSyncInfo
}

/** What "Add to job" did: who it put on the job (at "sourced"), and who was on it already (left as they were). */
export interface AddToJobResult {
  jobId: number
  jobTitle: string
  added: number[]
  alreadyOn: number[]
}

/** A candidate "Add candidate" created. */
export interface CreatedCandidate extends JobCandidate {
  /**
   * Present when a stored candidate has the same full name: who, and whether an email or LinkedIn URL tells them
   * apart ("Same full name as candidate 12 (Ann Lee) but a different email: added as a different person.").
   */
  warning?: string
}

/** A stored candidate with the full name being typed into "Add candidate" (maybe the same person, maybe not). */
export interface SameNameCandidate {
  id: number
  fullName: string
  email: string | null
  /** The jobs they are on, oldest first. */
  jobs: { id: number; title: string }[]
}

/** At most this many same-name candidates are returned: enough to recognise one, short enough to read. */
export const SAME_NAME_MAX = 5

const fieldMessage = (field: keyof CandidateFields) => `${CANDIDATE_FIELD_LABELS[field]} is longer than ${CANDIDATE_FIELD_MAX[field]} characters.`

/** Every candidate field, optional, trimmed, with the same limits and control-character rule the core applies. */
const candidateFieldShape = Object.fromEntries(
  CANDIDATE_FIELDS.map((field) => [
    field,
    z
      .string({ error: `${CANDIDATE_FIELD_LABELS[field]} must be text.` })
      .trim()
      .max(CANDIDATE_FIELD_MAX[field], fieldMessage(field))
      .superRefine(refusing((value) => candidateControlProblem(field, value)))
      .nullable()
      .optional()
  ])
) as { [K in keyof CandidateFields]: z.ZodOptional<z.ZodNullable<z.ZodString>> }

export const candidatesCalls = {
  'candidates.review': call<ReviewPage>()(
    z.strictObject({ ...reviewFilterShape, ...rowWindow(REVIEW_PAGE_MAX) }),
    'One window of the review table (rows offset … offset+limit) and the total matching.'
  ),
  'candidates.reviewIds': call<{ total: number; ids: number[] }>()(
    z.strictObject({ ...reviewFilterShape, ...rowWindow(REVIEW_IDS_MAX) }),
    'The ids of a range of the review table, in table order (for range and "select all" selection).'
  ),
  'candidates.get': call<CandidateProfile>()(
    z.strictObject({ candidateId: id }),
    'One candidate: every field, the jobs it is on with its stage, its sync status.'
  ),
  'candidates.create': call<CreatedCandidate>()(
    z.strictObject({ jobId: id, ...candidateFieldShape }),
    'Adds a new candidate to a job, at stage "sourced"; refused when a stored candidate has the same email or LinkedIn URL; a stored namesake is named in `warning`.'
  ),
  'candidates.findByName': call<SameNameCandidate[]>()(
    z.strictObject({ fullName: searchText(CANDIDATE_FIELD_MAX.fullName) }),
    `Up to ${SAME_NAME_MAX} stored candidates with this full name (case and spaces folded as the duplicate check does), oldest first; read-only.`
  ),
  'candidates.addToJob': call<AddToJobResult>()(
    z.strictObject({
      jobId: id,
      candidateIds: z.array(id).min(1, 'must name at least one candidate').max(REVIEW_IDS_MAX, `must name at most ${REVIEW_IDS_MAX} candidates`)
    }),
    'Puts existing candidates on another job at stage "sourced" (no outreach event); those already on it are reported.'
  )
}
