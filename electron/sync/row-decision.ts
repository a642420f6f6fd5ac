// A row's decision from "Export to ATS", as the queue keeps it. Linking is only to a record that shares the
// candidate's full name, email or LinkedIn URL (the one the preview showed): never to any record an API caller names.
import type { Candidate, ExportDecision } from '../../shared/domain'
import { validationError } from '../../shared/errors'
import { normalizeEmail, normalizeFullName, normalizeLinkedInUrl } from '../../shared/normalize'
import type { Db } from '../db/open'
import { indexRecordShares } from '../db/tracker-index'
import type { ExportChoice } from '../../shared/api/sync'

/** One row's choice in "Export to ATS" (the user's; without one, the export decides as the worker does). */
export interface RowDecision {
  candidateId: number
  choice: ExportChoice
  trackerResourceId?: number
}

/** The decision to store with the export (skip is handled before: nothing is queued). Throws for a wrong link. */
export function rowDecision(db: Db, candidate: Candidate, row: RowDecision): { decision: ExportDecision; resourceId: number | null } | undefined {
  if (row.choice === 'skip') return undefined
  const resourceId = row.trackerResourceId ?? null
  if (row.choice === 'link') {
    const keys = { name: normalizeFullName(candidate.fullName), email: normalizeEmail(candidate.email), linkedin: normalizeLinkedInUrl(candidate.linkedinUrl) }
    if (resourceId === null || !indexRecordShares(db, resourceId, keys))
      throw validationError(
        'decisions',
        `${candidate.fullName} (candidate ${candidate.id}): TrackerRMS #${resourceId ?? '?'} has neither this full name nor this email or LinkedIn URL, as far as Tracker Sync knows TrackerRMS. Link only to the record the preview showed; nothing was exported.`
      )
  }
  return { decision: row.choice, resourceId }
}
