// What the screens may ask of the shell around them (it owns the CSV dialogs): its own module, so the shell and the
// screens do not import each other.
import type { Stage, SyncStatus } from '../../../shared/domain'

/** What the candidates list shows when Export CSV is pressed there: exported by default instead of everyone. */
export interface ListView {
  search?: string
  stage?: Stage | null
  syncStatus?: SyncStatus | null
  /** Rows kept (dimmed) after they moved out of the stage filter. */
  keepIds?: number[]
  /** How many candidates the list shows. */
  shown: number
  selectedIds: number[]
}

export interface ShellActions {
  importCsv(jobId: number | null): void
  exportCsv(jobId: number | null, view?: ListView): void
}
