// The report of a dry run or an import: counts, the first rows, every problem (up to a limit) and duplicates.
import { basename } from 'node:path'
import { CSV_FIELDS, type ImportCounts, type ImportReport, type MappingResolution } from '../../shared/csv'
import { plural } from '../../shared/plural'
import type { ImportRun } from './import-run'
import type { ImportPass } from './pass'
import type { ReadSummary } from './reader'

export function reportOf(run: ImportRun, pass: ImportPass, summary: ReadSummary): ImportReport {
  const resolution = pass.resolution as MappingResolution
  const counts: ImportCounts = {
    rows: summary.dataRows,
    new: pass.counts.new,
    added: pass.counts.add,
    updated: pass.counts.update,
    skipped: pass.counts.skip,
    invalid: pass.counts.invalid,
    blank: summary.blankRows
  }
  const mapped = new Set(resolution.columns.map((c) => c.field))
  const notes = [...resolution.notes]
  if (mapped.has('stage'))
    notes.push(
      'Stages from the file are recorded as history: no outreach event is recorded, so this import sends nothing to TrackerRMS. Use backfill to sync such candidates.'
    )
  if (counts.added > 0) notes.push(addedNote(counts.added, run.policy))
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
    rows: pass.preview,
    errors: pass.errors,
    errorCount: pass.errorCount,
    warnings: pass.warnings,
    warningCount: pass.warningCount,
    duplicates: pass.duplicates.map((d) => ({
      row: d.row,
      action: d.action,
      duplicate: {
        field: d.dupField as NonNullable<typeof d.dupField>,
        value: d.dupValue ?? '',
        row: d.dupRow,
        candidateId: d.dupCandidateId,
        candidateName: d.dupCandidateName,
        jobs: d.dupJobs
      }
    })),
    duplicateCount: pass.duplicateCount
  }
}

/** What happens to people the app already has as candidates of other jobs: the policy decides only their details. */
function addedNote(added: number, policy: ImportRun['policy']): string {
  const stored = added === 1 ? 'a candidate of another job' : 'candidates of other jobs'
  const who = `${plural(added, 'row is a person', 'rows are people')} already stored as ${stored} (same TrackerRMS ID, email or LinkedIn URL)`
  if (policy === 'update') return `${who}: they are added to this job and their details are updated from the file.`
  const kept = `they are added to this job, not created again, and their stored details are kept (the file's values for them are not used${policy === 'skip' ? '; choose "update" to use them' : ''}).`
  return `${who}: ${kept}`
}

/** Why applying would be refused, or null. */
export function rejection(report: ImportReport): string | null {
  const { invalid, rows } = report.counts
  if (invalid > 0 && !report.skipInvalid)
    return invalid === rows ? `All ${rows} rows have errors, so nothing was imported.` : `${invalid} of ${rows} rows have errors, so nothing was imported.`
  return null
}
