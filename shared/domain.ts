// Domain vocabulary shared by main, renderer, CLI and tests. Pure: no Node, Electron or DOM.

/** Where a candidate stands in a job's outreach. Stage changes are recorded as outreach events. */
export const STAGES = ['sourced', 'sequence', 'replied', 'interested', 'not_interested'] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  sourced: 'Sourced',
  sequence: 'In sequence',
  replied: 'Replied',
  interested: 'Interested',
  not_interested: 'Not interested'
}

/** An outreach event is the stage the candidate entered, at a time. Append-only. */
export type OutreachEventKind = Stage

export interface OutreachEvent {
  id: number
  jobId: number
  candidateId: number
  kind: OutreachEventKind
  /** When it happened (ISO-8601, UTC). May be in the past when history is recorded. */
  occurredAt: string
  /** When the app learned of it (ISO-8601, UTC). */
  recordedAt: string
}

/** Per-job rule for when a candidate is sent to TrackerRMS automatically. */
export const TRIGGERS = ['never', 'sequence', 'replied', 'interested'] as const
export type Trigger = (typeof TRIGGERS)[number]

export const TRIGGER_LABELS: Record<Trigger, string> = {
  never: 'Never',
  sequence: 'When added to an outreach sequence',
  replied: 'When they reply',
  interested: 'When they reply and are interested'
}

export interface Job {
  id: number
  title: string
  company: string | null
  location: string | null
  createdAt: string
}

export interface JobSync {
  jobId: number
  trigger: Trigger
  /** When the current trigger was set; events before this never fire it (no retroactive sync). */
  triggerSetAt: string | null
  trackerJobId: number | null
  trackerJobTitle: string | null
  trackerJobClient: string | null
  updatedAt: string | null
}

/** Contact and profile fields a candidate carries. All optional except the name. */
export interface CandidateFields {
  firstName: string | null
  lastName: string | null
  fullName: string
  email: string | null
  phone: string | null
  linkedinUrl: string | null
  city: string | null
  state: string | null
  country: string | null
  currentTitle: string | null
  currentCompany: string | null
  summary: string | null
  experience: string | null
  education: string | null
  skills: string | null
  notes: string | null
}

export interface Candidate extends CandidateFields {
  id: number
  /** A near-miss duplicate found in TrackerRMS (e.g. "Steve Lu" vs "Steven Lu"); shown, never acted on. */
  duplicateWarning: string | null
  createdAt: string
  updatedAt: string
}

/** A candidate in the context of one job. */
export interface JobCandidate extends Candidate {
  jobId: number
  stage: Stage
  stageChangedAt: string
}

/**
 * State of one export in the durable queue. 'waiting': a step needs a capability TrackerRMS does not give right now
 * (the Widget API refused every sign-in): REST work goes on, and the item resumes by itself when it comes back.
 */
export const QUEUE_STATES = ['pending', 'running', 'retry_wait', 'blocked_auth', 'waiting', 'done', 'failed', 'cancelled'] as const
export type QueueState = (typeof QUEUE_STATES)[number]
/** Not finished: the candidate counts as queued. */
export const ACTIVE_QUEUE_STATES: readonly QueueState[] = ['pending', 'running', 'retry_wait', 'blocked_auth', 'waiting']
/** The queue is busy with these (a 'waiting' item is parked: it does not keep "sync until idle" running). */
export const BUSY_QUEUE_STATES: readonly QueueState[] = ['pending', 'running', 'retry_wait', 'blocked_auth']
/** Due to run when their time comes (the scheduler picks only these). */
export const DUE_QUEUE_STATES: readonly QueueState[] = ['pending', 'retry_wait']
/** Not sent and not being sent: these may be cancelled (by hand, or when Tracker Sync connects to another TrackerRMS). */
export const UNSENT_QUEUE_STATES: readonly QueueState[] = ['pending', 'retry_wait', 'blocked_auth', 'waiting']
/**
 * What a waiting export waits for: the Widget API to sign in; the first full read of TrackerRMS's candidate list
 * (nothing is created before it: the full-name rule needs every name); the record TrackerRMS says it has for
 * this person to appear in the list (it is linked then, never created); or the user's decision on a doubtful match
 * (the full name agrees but an email or LinkedIn URL differs: linked, created or skipped only when the user says so).
 */
export type QueueCapability = 'widget' | 'index' | 'record' | 'decision'

/** What the user decided for an export whose TrackerRMS match is doubtful (skipping cancels the export instead). */
export type ExportDecision = 'link' | 'create'

/** How an export came to its TrackerRMS record: it created it, linked an existing one, or found the candidate synced. */
export type RecordHow = 'created' | 'linked' | 'existing'

/** The last step an export completed. Each is recorded before the next begins. */
export const QUEUE_STEPS = ['queued', 'checked', 'created', 'resume_attached', 'listed'] as const
export type QueueStep = (typeof QUEUE_STEPS)[number]

export type ExportOrigin = 'trigger' | 'manual' | 'backfill'

/** One export in the durable queue (a row of sync_queue). */
export interface QueueItem {
  id: number
  candidateId: number
  jobId: number | null
  trackerJobId: number | null
  origin: ExportOrigin
  /** The outreach event behind it (trigger and backfill exports; null for a manual one). */
  eventId: number | null
  state: QueueState
  /** Set exactly when state is 'waiting'. */
  waitingFor: QueueCapability | null
  step: QueueStep
  attempts: number
  /** When it is due (the end of the grace delay, or the next retry). */
  nextRunAt: string
  trackerResourceId: number | null
  /** The facts the export's steps rely on (each written when its step happened): no duplicate found … */
  checkedAt: string | null
  /** … the create about to be sent (written before sending: a record found later is our own) … */
  createSentAt: string | null
  /** … the job-list request about to be sent, and the candidate confirmed on that list. */
  listSentAt: string | null
  listedAt: string | null
  /** The user's decision on a doubtful match, and the TrackerRMS record it concerns (the one to link, or not). */
  decision: ExportDecision | null
  decisionResourceId: number | null
  /** Set with trackerResourceId: whether this export created the record or linked an existing one. */
  recordHow: RecordHow | null
  lastError: string | null
  createdAt: string
  updatedAt: string
}

/** How a candidate came to have a TrackerRMS record. */
export type LedgerHow = 'created' | 'linked' | 'imported'
/** Which field matched when linking to an existing TrackerRMS record. */
export type MatchField = 'email' | 'linkedin' | 'name'
/** The fields that tell two people of the same name apart. */
export type ContactField = Exclude<MatchField, 'name'>

/** What the review screen filters by. "in_tracker" = known to TrackerRMS by any route (created, linked, imported). */
export const SYNC_STATUSES = ['not_synced', 'queued', 'synced', 'failed', 'in_tracker'] as const
export type SyncStatus = (typeof SYNC_STATUSES)[number]

export const REGIONS = ['us', 'ca', 'global', 'custom'] as const
export type Region = (typeof REGIONS)[number]
