// The sync queue, the ledger, a candidate's history, "Export to ATS" (preview and confirm) and backfill.
import { z } from 'zod'
import { QUEUE_STATES, type ContactField, type LedgerHow, type MatchField, type QueueItem, type QueueState } from '../domain'
import type { CoreEvents, IndexStatus } from '../events'
import { call } from './define'
import { id, noInput, searchText } from './fields'

/** Most candidates one "Export to ATS" may take (the dialog previews each of them). */
export const EXPORT_BATCH_MAX = 1000
/** Most rows one queue or ledger request returns. */
/** The most exports or ledger entries one list call returns. */
export const SYNC_LIST_MAX = 500

/** One person of a doubtful match, as the choice shows them. */
export interface MatchPerson {
  fullName: string | null
  email: string | null
  linkedinUrl: string | null
}

/**
 * A doubtful match: the candidate and a TrackerRMS record with the same full name, whose email or LinkedIn URL
 * (present on both sides) differs. Side by side for the user to decide: link, create a new record, or skip.
 */
export interface DoubtfulMatch {
  ours: MatchPerson
  theirs: MatchPerson & { resourceId: number }
  /** Which fields differ. */
  differs: ContactField[]
}

/** A queue item as the screens show it: with the candidate's name and the job's title (and no event id). */
export interface QueueEntry extends Omit<QueueItem, 'eventId'> {
  candidateName: string
  jobTitle: string | null
  /** Set while the export waits for the user's decision ('decision'): the two people side by side. */
  match: DoubtfulMatch | null
}

export interface SyncStateView {
  queue: CoreEvents['queue.state']
  /** Whether this app is the one sending the queue (another process — the CLI's `sync` — may hold it). */
  worker: { running: boolean; problem: string | null }
  counts: Record<QueueState, number>
  /** The grace delay in force, in seconds. */
  delaySeconds: number
  /** Where the read of TrackerRMS's candidate list stands (nothing is created before the first one is done). */
  index: IndexStatus
}

/**
 * Two TrackerRMS records of one person: one this app created (ours), the other created by someone else at about
 * the same time (another recruiter's desktop). TrackerRMS has no merge call: someone merges them there.
 */
export interface TwinView {
  candidateId: number
  fullName: string
  oursResourceId: number
  otherResourceId: number
  matchedOn: MatchField
  foundAt: string
  /** In words, as the candidate shows it. */
  message: string
}

export interface LedgerView {
  candidateId: number
  fullName: string
  trackerResourceId: number
  how: LedgerHow
  matchedOn: MatchField | null
  syncedAt: string
  syncedBy: string | null
}

export interface AttemptView {
  id: number
  queueId: number | null
  step: string
  outcome: string
  message: string | null
  at: string
}

/** The TrackerRMS candidate record "Export to ATS" would create (contact fields nested, as TrackerRMS needs them). */
export interface ResourcePayload {
  firstName?: string
  surname?: string
  jobTitle?: string
  linkedInUrl?: string
  source: string
  currentClient?: { id: number; name: string }
  contactDetails?: { email?: string; mobilePhone?: string }
  /** TrackerRMS's address fields: town (city) and county (state or region) [reference §4.3]. */
  address?: { town?: string; county?: string; country?: string }
}

/**
 * What "Export to ATS" would write for one candidate, and the duplicate decision: link (an email or LinkedIn URL
 * agrees, or the full name does and nothing contradicts it), create (no match), or ask (the full name agrees but an
 * email or LinkedIn URL present on both sides differs: the user picks before exporting), or refused.
 */
export type ExportPreviewItem =
  | { candidateId: number; fullName: string; decision: 'refused'; reason: string }
  | { candidateId: number; fullName: string; decision: 'link'; trackerResourceId: number; matchedOn: MatchField; reason: string }
  | { candidateId: number; fullName: string; decision: 'create'; payload: ResourcePayload; nearMiss: string | null; reason: string }
  | { candidateId: number; fullName: string; decision: 'ask'; trackerResourceId: number; match: DoubtfulMatch; payload: ResourcePayload; reason: string }

/** What the user may do with a row of "Export to ATS". */
export const EXPORT_CHOICES = ['link', 'create', 'skip'] as const
export type ExportChoice = (typeof EXPORT_CHOICES)[number]

/**
 * The choices each preview decision offers, the default first ('ask' has none: the user picks). A match on an email,
 * a LinkedIn URL or an uncontradicted full name is never created again (the duplicate rule), so it offers no create.
 */
export const PREVIEW_CHOICES: Record<ExportPreviewItem['decision'], readonly ExportChoice[]> = {
  link: ['link', 'skip'],
  create: ['create', 'skip'],
  ask: ['link', 'create', 'skip'],
  refused: []
}

export interface ExportPreview {
  owner: string | null
  trackerJob: { id: number; title: string | null; clientName: string | null; found: boolean | null } | null
  /** When the duplicate index was last refreshed from TrackerRMS (null: never), and whether this preview refreshed it. */
  indexRefreshedAt: string | null
  refreshProblem: string | null
  items: ExportPreviewItem[]
}

export type ExportOutcome =
  | { candidateId: number; outcome: 'queued' | 'already_queued'; queueId: number }
  | { candidateId: number; outcome: 'refused'; reason: string }
  /** The user chose to skip this row. */
  | { candidateId: number; outcome: 'skipped' }

export interface BackfillView {
  jobId: number
  trigger: string
  trackerJobId: number | null
  count: number
  /** The first few, for the confirmation. */
  candidates: { candidateId: number; fullName: string; eventKind: string; occurredAt: string }[]
}

const candidateIds = z.array(id).min(1, 'must name at least one candidate').max(EXPORT_BATCH_MAX, `must name at most ${EXPORT_BATCH_MAX} candidates`)
/** One row's choice in "Export to ATS": link to the record shown, create a new one, or skip the candidate. */
const exportDecision = z.strictObject({
  candidateId: id,
  choice: z.enum(EXPORT_CHOICES),
  /** The record to link to (with 'link'), or the namesake that is not this person (with 'create'). */
  trackerResourceId: id.optional()
})

const exportInput = z
  .strictObject({
    candidateIds,
    trackerJobId: id.nullable(),
    jobId: id.nullable().optional(),
    decisions: z.array(exportDecision).max(EXPORT_BATCH_MAX).optional()
  })
  .superRefine((input, ctx) => {
    const seen = new Set<number>()
    input.decisions?.forEach((d, i) => {
      const path = ['decisions', i]
      if (!input.candidateIds.includes(d.candidateId))
        ctx.addIssue({ code: 'custom', path: [...path, 'candidateId'], message: `candidate ${d.candidateId} is not among the candidates exported` })
      if (seen.has(d.candidateId))
        ctx.addIssue({ code: 'custom', path: [...path, 'candidateId'], message: `candidate ${d.candidateId} has more than one decision` })
      seen.add(d.candidateId)
      if (d.choice === 'link' && d.trackerResourceId === undefined)
        ctx.addIssue({ code: 'custom', path: [...path, 'trackerResourceId'], message: 'linking needs the TrackerRMS record to link to' })
      if (d.choice === 'skip' && d.trackerResourceId !== undefined)
        ctx.addIssue({ code: 'custom', path: [...path, 'trackerResourceId'], message: 'a skipped candidate has no TrackerRMS record' })
    })
  })

const listLimit = z.number().int('must be a whole number').min(1, 'must be 1 or more').max(SYNC_LIST_MAX, `must be at most ${SYNC_LIST_MAX}`)

export const syncCalls = {
  'sync.state': call<SyncStateView>()(noInput, 'The queue as a whole (running, idle, offline, rate limited, paused), who sends it, counts by state.'),
  'sync.queue': call<QueueEntry[]>()(
    z.strictObject({
      states: z.array(z.enum(QUEUE_STATES)).max(QUEUE_STATES.length).optional(),
      candidateId: id.optional(),
      search: searchText(200).optional(),
      limit: listLimit
    }),
    'Exports in the queue, newest first, optionally by state, candidate or a search of the candidate’s name.'
  ),
  'sync.queueItems': call<QueueEntry[]>()(
    z.strictObject({ queueIds: z.array(id).min(1, 'must name at least one export').max(EXPORT_BATCH_MAX, `must name at most ${EXPORT_BATCH_MAX} exports`) }),
    'Given exports of the queue by id (for the live outcome list after "Export to ATS").'
  ),
  'sync.retry': call<QueueEntry>()(z.strictObject({ queueId: id }), 'Puts a failed or cancelled export back in line, with fresh attempts.'),
  'sync.tryNow': call<SyncStateView['queue']>()(
    noInput,
    'Tries TrackerRMS now instead of waiting for the next try (offline): one sign-in; if it answers, the waiting exports go out.'
  ),
  'sync.cancel': call<QueueEntry>()(z.strictObject({ queueId: id }), 'Cancels an export that has not been sent yet.'),
  'sync.ledger': call<{ total: number; entries: LedgerView[] }>()(
    z.strictObject({ search: searchText(200).optional(), offset: z.number().int().min(0).max(100_000_000), limit: listLimit }),
    'Every candidate in TrackerRMS: created, linked (on which field) or imported, when, by whom; newest first.'
  ),
  'sync.history': call<AttemptView[]>()(z.strictObject({ candidateId: id }), 'The audit trail of one candidate’s exports, oldest first.'),
  'sync.previewExport': call<ExportPreview>()(
    z.strictObject({ candidateIds, trackerJobId: id.nullable() }),
    'The dry run of "Export to ATS": exactly what would be written for each candidate, and the duplicate decision.'
  ),
  'sync.export': call<ExportOutcome[]>()(
    exportInput,
    '"Export to ATS": queues candidates not yet in TrackerRMS, with no grace delay, as each row was decided (link, create new, skip); already-synced ones are refused with the reason.'
  ),
  'sync.decide': call<QueueEntry>()(
    z.strictObject({ queueId: id, decision: z.enum(EXPORT_CHOICES) }),
    'Decides an export held for a doubtful match (same full name, another email or LinkedIn URL): link to that record, create a new one, or skip it.'
  ),
  'sync.backfillPreview': call<BackfillView>()(
    z.strictObject({ jobId: id }),
    'Candidates whose past events match the job’s trigger but were never sent (e.g. replies before the trigger was set).'
  ),
  'sync.backfillConfirm': call<{ queued: number }>()(z.strictObject({ jobId: id }), 'Sends the backfill the user confirmed (no grace delay).'),
  'sync.readIndex': call<IndexStatus>()(
    noInput,
    'Reads TrackerRMS’s candidate list now: carries on with the first read, or reads what changed since the last one.'
  ),
  'sync.twins': call<TwinView[]>()(
    z.strictObject({ candidateId: id.optional() }),
    'Possible duplicates in TrackerRMS: records of one person created here and by someone else at about the same time.'
  )
}
