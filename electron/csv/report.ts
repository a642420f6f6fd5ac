// The report of a dry run or an import: counts, the first rows, every problem (up to a limit) and duplicates.
import { basename } from 'node:path'
import { CSV_FIELDS, type ImportCounts, type ImportReport, type MappingResolution } from '../../shared/csv'
import type { ImportRun } from './importer'
import type { ReadSummary } from './reader'
import type { runPlan } from './run'
import type { Staging } from './staging'

export function reportOf(
  run: ImportRun,
  staging: Staging,
  resolution: MappingResolution,
  summary: ReadSummary,
  { preview, counts: actions }: ReturnType<typeof runPlan>
): ImportReport {
  const counts: ImportCounts = {
    rows: summary.dataRows,
    new: actions.new,
    updated: actions.update,
    skipped: actions.skip,
    invalid: actions.invalid,
    blank: summary.blankRows
  }
  const errors = staging.errors(run.maxProblems)
  const warnings = staging.warnings(run.maxProblems)
  const duplicates = staging.duplicates(run.maxProblems)
  const mapped = new Set(resolution.columns.map((c) => c.field))
  const notes = [...resolution.notes]
  if (mapped.has('stage'))
    notes.push(
      'Stages from the file are recorded as history: no outreach event is recorded, so this import sends nothing to TrackerRMS. Use backfill to sync such candidates.'
    )
  return {
    importToken: run.importToken,
    fileName: basename(run.source.file),
    jobId: run.jobId,
    policy: run.policy,
    skipInvalid: run.skipInvalid,
    format: run.source.format,
    mapping: resolution.columns,
    unmappedFields: CSV_FIELDS.filter((f) => !mapped.has(f)),
    notes,
    counts,
    rows: preview,
    errors: errors.list,
    errorCount: errors.total,
    warnings: warnings.list,
    warningCount: warnings.total,
    duplicates: duplicates.list.map((d) => ({
      row: d.row,
      action: d.action,
      duplicate: {
        field: d.dupField as NonNullable<typeof d.dupField>,
        value: d.dupValue ?? '',
        row: d.dupRow,
        candidateId: d.dupCandidateId,
        candidateName: d.dupCandidateName
      }
    })),
    duplicateCount: duplicates.total
  }
}

/** Why applying would be refused, or null. */
export function rejection(report: ImportReport): string | null {
  const { invalid, rows } = report.counts
  if (invalid > 0 && !report.skipInvalid)
    return invalid === rows ? `All ${rows} rows have errors, so nothing was imported.` : `${invalid} of ${rows} rows have errors, so nothing was imported.`
  return null
}
