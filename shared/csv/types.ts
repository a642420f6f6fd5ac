// What the CSV service returns. Plain JSON (no Dates, no class instances) so results cross IPC and HTTP as they are.
import type { CandidateFields, Stage } from '../domain'
import type { CsvField } from './columns'
import type { EncodingName } from './encodings'
import type { ColumnMapping, ExplicitMapping } from './mapping'

export type DuplicatePolicy = 'skip' | 'update' | 'create'
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['skip', 'update', 'create']

/** The keys duplicates are found on: the sync's duplicate rule, plus the TrackerRMS id when the file has one. */
export type DuplicateField = 'trackerId' | 'email' | 'linkedin' | 'name'

export interface RowProblem {
  /** As a spreadsheet counts rows: the header is row 1. */
  row: number
  /** The file's header text of the column concerned; null when the problem is the row as a whole. */
  column: string | null
  message: string
}

/** An encoding the file could be in, and how sure the detection is of it (0–100). */
export interface EncodingGuess {
  encoding: EncodingName
  label: string
  confidence: number
}

export interface DetectedFormat {
  encoding: EncodingName
  /** In words: "UTF-8 with byte-order mark", "Windows-1252 (not valid UTF-8)" … */
  encodingLabel: string
  /** How sure the detection is (0–100): 100 for a byte-order mark or valid UTF-8; for a code page, see encoding.ts. */
  encodingConfidence: number
  /** Other code pages the file reads plausibly in, most likely first (empty when the encoding is certain). */
  encodingAlternatives: EncodingGuess[]
  /** True when the user chose the encoding (`encoding` option) instead of the detected one. */
  encodingChosen: boolean
  delimiter: ',' | ';' | '\t' | '|'
  delimiterLabel: string
  /** An Excel workbook (.xlsx): the sheet read, and all its worksheets in tab order (the first visible one is read unless another is chosen). */
  workbook?: { sheet: string; sheets: string[] }
}

export interface InspectResult {
  fileName: string
  bytes: number
  format: DetectedFormat
  headers: string[]
  mapping: ColumnMapping[]
  /** Reasons the file cannot be imported as mapped; empty when it can. */
  problems: string[]
  notes: string[]
  /** The first data rows as read (cells as text), for the mapping step. */
  sampleRows: string[][]
}

export interface ImportOptions {
  jobId: number
  /** The sheet of an Excel workbook to import (default: its first visible sheet); refused for a CSV file. */
  sheet?: string
  /** Overrides the automatic mapping column by column. */
  mapping?: ExplicitMapping
  /** Uses a saved mapping (explicit `mapping` entries still win). */
  mappingName?: string
  /** Saves the mapping used under this name once the import is applied. */
  saveMappingAs?: string
  /**
   * What to do with a row that is the same person as a candidate in the job or an earlier row. Default skip. A row
   * that is a stored candidate NOT on the job is always added to the job (never created twice); `update` also
   * updates their details from the row, `skip` and `create` keep the stored details.
   */
  policy?: DuplicatePolicy
  /** Import the valid rows and leave out invalid ones; otherwise one invalid row rejects the file. */
  skipInvalid?: boolean
  /** How many rows the result shows "as they would be stored". Default 20. */
  previewRows?: number
  /** Identifies this run in 'import.progress' events; generated when absent. */
  importToken?: string
  /** Reads the file in this encoding instead of the detected one (one of ENCODING_NAMES). */
  encoding?: EncodingName
}

export interface DuplicateInfo {
  field: DuplicateField
  /** The normalised value both share. */
  value: string
  /** An earlier row of the file … */
  row: number | null
  /** … or a stored candidate: one already in the job, or (when `jobs` is not null) one that is not on it yet. */
  candidateId: number | null
  candidateName: string | null
  /**
   * For a stored candidate who is not on the job (action 'add'): the jobs they are on (empty: on no job), oldest
   * first. Null when the duplicate is a candidate of the job or an earlier row.
   */
  jobs: { id: number; title: string }[] | null
}

/**
 * new: a new candidate. add: a candidate already stored (same TrackerRMS ID, email or LinkedIn URL, never the name
 * alone) who is not on the job yet: put on the job instead of a second candidate row. update / skip: a duplicate of
 * a candidate in the job or an earlier row. invalid: left out.
 */
export type RowAction = 'new' | 'add' | 'update' | 'skip' | 'invalid'

export interface PlannedRow {
  row: number
  action: RowAction
  /** The candidate updated (update) or added to the job (add), or the duplicate's candidate; null for new rows. */
  candidateId: number | null
  /** The fields as they would be stored (update and add: the stored candidate, after the update if any). Null for invalid rows. */
  fields: CandidateFields | null
  stage: Stage | null
  trackerId: number | null
  duplicate: DuplicateInfo | null
  errors: RowProblem[]
  warnings: RowProblem[]
}

export interface ImportCounts {
  /** Data rows read (blank rows not counted). */
  rows: number
  new: number
  /** Stored candidates of other jobs (or of none) put on this job instead of being created again. */
  added: number
  updated: number
  skipped: number
  invalid: number
  /** Blank rows, ignored. */
  blank: number
}

export interface ImportReport {
  importToken: string
  fileName: string
  jobId: number
  policy: DuplicatePolicy
  skipInvalid: boolean
  format: DetectedFormat
  mapping: ColumnMapping[]
  /** Fields no column fills. */
  unmappedFields: CsvField[]
  notes: string[]
  counts: ImportCounts
  /** The first rows, each as it would be stored. */
  rows: PlannedRow[]
  /** Every row error (up to maxProblems; errorCount is the real total). */
  errors: RowProblem[]
  errorCount: number
  warnings: RowProblem[]
  warningCount: number
  /** Rows that are the same person as a stored candidate (in the job or not) or an earlier row, and what happens to them. */
  duplicates: { row: number; action: RowAction; duplicate: DuplicateInfo }[]
  duplicateCount: number
}

export interface ImportPreview extends ImportReport {
  status: 'preview'
  /** False when applying would be rejected (invalid rows without skipInvalid, or nothing to import). */
  canApply: boolean
  blockedReason: string | null
}

export interface ImportApplied extends ImportReport {
  status: 'applied'
  /** Null when nothing changed (every row skipped): such an import is not recorded and cannot be undone. */
  importId: number | null
  appliedAt: string
  savedMapping: string | null
}

export interface ImportRejected extends ImportReport {
  status: 'rejected'
  reason: string
}

export type ImportOutcome = ImportApplied | ImportRejected

export interface ImportRecord {
  id: number
  fileName: string
  jobId: number | null
  jobTitle: string
  policy: DuplicatePolicy
  counts: { rows: number; new: number; added: number; updated: number; skipped: number; invalid: number }
  appliedAt: string
  undoneAt: string | null
  /** 'applying' while its rows are still going in (a big import commits in slices), 'undoing' while an undo runs. */
  state: 'applying' | 'applied' | 'undoing' | 'undone'
}

export interface UndoResult {
  import: ImportRecord
  candidatesRemoved: number
  /** Job memberships the import gave stored candidates (the candidates themselves stay). */
  membershipsRemoved: number
  candidatesRestored: number
  stagesRestored: number
  ledgerEntriesRemoved: number
  indexEntriesRemoved: number
  indexEntriesRestored: number
}

export interface ExportResult {
  file: string
  jobId: number | null
  rows: number
  bytes: number
}

export interface SavedMapping {
  name: string
  mapping: ExplicitMapping
  updatedAt: string
}
