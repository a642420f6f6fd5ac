// Which candidates a CSV export writes: what the review list shows (the same search and filters) or exactly the
// selected ones. Conditions in SQL over the export's own aliases (`c` candidate, `l` its ledger entry, `jc` its row in
// the chosen job), so an export of 292 "Replied" reads 292 rows, not everyone.
import type { Stage, SyncStatus } from '../../shared/domain'
import { searchConditions } from './search-terms'
import { syncStatusFilterSql } from './sync-status'

export interface ExportScope {
  search?: string
  stage?: Stage | null
  syncStatus?: SyncStatus | null
  /** Rows the list keeps (dimmed) after they moved out of the stage filter: shown, so exported with it (a job's only). */
  keepIds?: number[]
  /** Exactly these candidates (the selection); the filters above are then not used. */
  candidateIds?: number[]
}

/** " AND …" conditions (or '') and their parameters; `byJob`: the query has the chosen job's row as `jc`. */
export function exportScopeSql(scope: ExportScope, byJob: boolean): { sql: string; params: unknown[] } {
  const where: string[] = []
  const params: unknown[] = []
  if (scope.candidateIds) {
    where.push('c.id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(scope.candidateIds))
  }
  if (scope.stage && byJob && scope.keepIds?.length) {
    where.push('(jc.stage = ? OR c.id IN (SELECT value FROM json_each(?)))')
    params.push(scope.stage, JSON.stringify(scope.keepIds))
  } else if (scope.stage) {
    where.push(byJob ? 'jc.stage = ?' : 'EXISTS (SELECT 1 FROM job_candidates x WHERE x.candidate_id = c.id AND x.stage = ?)')
    params.push(scope.stage)
  }
  // The review table's search, word for word: every word in the name, the email, the company or the title.
  const search = searchConditions(scope.search, { nameKeys: ['c.name_key'], text: ['c.email', 'c.current_company', 'c.current_title'] })
  where.push(...search.sql)
  params.push(...search.params)
  if (scope.syncStatus) where.push(syncStatusFilterSql(scope.syncStatus))
  return { sql: where.map((w) => ` AND ${w}`).join(''), params }
}
