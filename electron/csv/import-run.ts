// What one import works with (read by the importer and by the report it ends with): its own module, so the two do
// not import each other.
import type { ExplicitMapping, ImportPreview } from '../../shared/csv'
import type { Db } from '../db/open'
import type { SliceTiming } from '../db/write-slices'
import type { ImportSource } from './import-source'
import type { WorkbookSheet } from './xlsx/workbook'

export interface ImportRun {
  db: Db
  source: ImportSource
  /** The sheet read, for a workbook (null: a CSV file). */
  sheet: WorkbookSheet | null
  jobId: number
  jobTitle: string
  explicit: ExplicitMapping
  policy: ImportPreview['policy']
  skipInvalid: boolean
  previewRows: number
  maxProblems: number
  importToken: string
  now: () => string
  /** The apply's slices (db/write-slices.ts). */
  timing: SliceTiming
  progress(p: Progress): void
}

interface Progress {
  phase: 'reading' | 'applying' | 'done'
  rowsDone: number
  bytesRead: number
}
