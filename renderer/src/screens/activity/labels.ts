// The queue's vocabulary in the user's words.
import type { ExportOrigin, MatchField, QueueState, QueueStep } from '../../../../shared/domain'

export const STATE_LABELS: Record<QueueState, string> = {
  pending: 'Waiting',
  running: 'Sending',
  retry_wait: 'Will retry',
  blocked_auth: 'Paused',
  // Parked until something outside the export is there (the Widget API, the first read of TrackerRMS's list, a record
  // TrackerRMS reports): WaitingReason says which. No attempt is used meanwhile.
  waiting: 'On hold',
  done: 'In TrackerRMS',
  failed: 'Failed',
  cancelled: 'Cancelled'
}

/** While an export runs, what it is doing after the last step it completed. */
export const STEP_LABELS: Record<QueueStep, string> = {
  queued: 'checking TrackerRMS for duplicates',
  checked: 'creating the record',
  created: 'attaching the resume',
  resume_attached: 'putting it on the job’s list',
  listed: 'done'
}

/** The steps an export goes through, and the last completed step each stands for. */
export const STEPS: { step: QueueStep; label: string }[] = [
  { step: 'checked', label: 'Duplicate check' },
  { step: 'created', label: 'Record' },
  { step: 'resume_attached', label: 'Resume' },
  { step: 'listed', label: 'Job list' }
]

export const ORIGIN_LABELS: Record<ExportOrigin, string> = {
  trigger: 'Trigger',
  manual: 'Export to ATS',
  backfill: 'Backfill'
}

/** How a TrackerRMS record was matched to a candidate (a link, a possible duplicate). */
export const MATCHED_ON_LABELS: Record<MatchField, string> = { email: 'same email', linkedin: 'same LinkedIn URL', name: 'same full name' }
