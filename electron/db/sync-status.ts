// One definition of a candidate's sync status, used by the review table, its filters, CSV export and the profile.
//   queued      an export is waiting or running
//   failed      an export failed after its last attempt (retry it from Activity)
//   synced      this app created or linked the TrackerRMS record
//   in_tracker  known to TrackerRMS only through a TrackerRMS CSV import
//   not_synced  none of the above
// The review filter "in TrackerRMS" means any ledger entry (synced or imported), see SYNC_STATUS_FILTER_SQL.
import type { SyncStatus } from '../../shared/domain'
import { ACTIVE_SQL } from './queue-states'

/** SQL expression for the status of candidate alias `c` (needs a LEFT JOIN sync_ledger l ON l.candidate_id = c.id). */
export const SYNC_STATUS_SQL = `CASE
  WHEN EXISTS (SELECT 1 FROM sync_queue q WHERE q.candidate_id = c.id AND q.state IN ${ACTIVE_SQL}) THEN 'queued'
  WHEN EXISTS (SELECT 1 FROM sync_queue q WHERE q.candidate_id = c.id AND q.state = 'failed') THEN 'failed'
  WHEN l.how IN ('created','linked') THEN 'synced'
  WHEN l.how = 'imported' THEN 'in_tracker'
  ELSE 'not_synced' END`

/** SQL condition for a review filter value (same aliases). */
export function syncStatusFilterSql(status: SyncStatus): string {
  if (status === 'in_tracker') return 'l.candidate_id IS NOT NULL'
  return `(${SYNC_STATUS_SQL}) = '${status}'`
}
