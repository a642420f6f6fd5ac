import { readFile } from 'node:fs/promises'
import {
  CSV_FIELD_HEADERS,
  DUPLICATE_POLICIES,
  ENCODING_NAMES,
  encodingNamed,
  unknownEncodingMessage,
  type DetectedFormat,
  type DuplicatePolicy,
  type ExplicitMapping,
  type ImportOutcome,
  type ImportPreview,
  type RowProblem
} from '../../../shared/csv'
import { jobsWords } from '../../../shared/jobs-words'
import { STAGE_LABELS } from '../../../shared/domain'
import { validationError } from '../../../shared/errors'
import { oneLine, parse, positiveInt } from '../args'
import { EXIT, UsageError } from '../errors'
import { table } from '../format'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync import FILE --job J [--sheet NAME] [--mapping FILE | --mapping-name N] [--save-mapping N]
                 [--policy skip|update|create] [--skip-invalid] [--encoding NAME] [--dry-run] [--json]

Imports candidates from a CSV file or an Excel workbook (.xlsx) into job J. Encoding (UTF-8, UTF-16 with BOM,
Windows-1250/1251/1252/1253/1254/1257, ISO-8859-x, Shift_JIS …) and delimiter (comma, semicolon, tab, pipe) are
detected; headers are matched to fields automatically (see "template"). A workbook's cells are read as they show (a
phone keeps its digits, a date its format).
  --sheet NAME        the sheet of a workbook to import (default: its first visible sheet)
  --encoding NAME     read the file in this encoding instead of the detected one (${ENCODING_NAMES.join(', ')})
  --mapping FILE      JSON {"column header": "field" or null}, overriding the automatic mapping
  --mapping-name N    use a mapping saved earlier (--mapping entries still win)
  --save-mapping N    save the mapping used under name N once the import is applied
  --policy            a row that is the same person as a candidate in the job or an earlier row (same TrackerRMS ID,
                      email or LinkedIn URL, or the same full name when no TrackerRMS ID, email or LinkedIn URL that
                      both have differs; when one does, the row is a different person, imported with a warning):
                      skip it (default), update that candidate, or create anyway.
                      A row that is a candidate of another job (same TrackerRMS ID, email or LinkedIn URL; not the
                      name alone) is added to this job under every policy, never created twice; update also
                      updates their details from the row, skip and create keep the stored ones
  --skip-invalid      import the valid rows and leave out invalid ones (default: any invalid row rejects the file)
  --dry-run           show what would happen, change nothing
A Stage column sets stages as history: no outreach event, nothing is sent to TrackerRMS.
Exit code 1 when the file is rejected, with every error listed (row, column, reason).`

const OPTIONS = {
  job: { type: 'string' },
  sheet: { type: 'string' },
  mapping: { type: 'string' },
  'mapping-name': { type: 'string' },
  'save-mapping': { type: 'string' },
  policy: { type: 'string' },
  'skip-invalid': { type: 'boolean' },
  encoding: { type: 'string' },
  'dry-run': { type: 'boolean' }
} as const

async function readMapping(file: string): Promise<ExplicitMapping> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw validationError('mapping', `The mapping file ${file} cannot be read: ${(error as Error).message}`)
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as ExplicitMapping
  } catch (error) {
    throw validationError('mapping', `The mapping file ${file} is not valid JSON: ${(error as Error).message}`)
  }
}

function refuseEncoding(name: string): never {
  throw new UsageError(`--encoding: ${unknownEncodingMessage(name)}`, usage)
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import candidates from a CSV file into a job (dry run, undo)',
  usage,
  async run(args, ctx) {
    const { values: v, positionals } = parse(args, OPTIONS, usage)
    if (positionals.length !== 1) throw new UsageError('Give the FILE to import.', usage)
    if (v.mapping !== undefined && v['mapping-name'] !== undefined) throw new UsageError('Give --mapping or --mapping-name, not both.', usage)
    const policy = (v.policy ?? 'skip') as DuplicatePolicy
    if (!DUPLICATE_POLICIES.includes(policy)) throw new UsageError(`--policy must be skip, update or create, got "${v.policy}".`, usage)
    const options = {
      jobId: positiveInt(v.job, '--job', usage),
      sheet: v.sheet,
      mapping: v.mapping === undefined ? undefined : await readMapping(v.mapping),
      mappingName: v['mapping-name'],
      saveMappingAs: oneLine(v['save-mapping'], '--save-mapping', usage),
      policy,
      skipInvalid: v['skip-invalid'] ?? false,
      encoding: v.encoding === undefined ? undefined : (encodingNamed(v.encoding) ?? refuseEncoding(v.encoding))
    }
    const csv = ctx.core().csv
    if (v['dry-run']) {
      const preview = await csv.preview(positionals[0], options)
      ctx.print(preview, () => describe(preview, options.saveMappingAs !== undefined))
      return EXIT.ok
    }
    const outcome = await csv.apply(positionals[0], options)
    ctx.print(outcome, () => describe(outcome, false))
    return outcome.status === 'rejected' ? EXIT.error : EXIT.ok
  }
}

function describe(result: ImportPreview | ImportOutcome, ignoredSave: boolean): string {
  const c = result.counts
  const lines = [
    `Read ${result.fileName}: ${formatWords(result.format)}, ${c.rows} ${c.rows === 1 ? 'row' : 'rows'}${c.blank ? ` (and ${c.blank} blank)` : ''}.`,
    ...encodingDoubt(result.format),
    `Columns: ${result.mapping
      .filter((m) => m.field)
      .map(columnWords)
      .join(', ')}.`,
    ...result.notes.map((note) => `Note: ${note}`)
  ]
  const tally = `${c.new} new, ${c.added} added from other jobs, ${c.updated} updated, ${c.skipped} skipped as duplicates, ${c.invalid} invalid`
  if (result.status === 'preview') {
    lines.push(`Dry run, nothing was changed. Would import: ${tally}.`)
    if (!result.canApply && result.blockedReason) lines.push(`Applying now would be refused: ${result.blockedReason}`)
    if (ignoredSave) lines.push('The mapping is saved only when the import is applied (not in a dry run).')
  } else if (result.status === 'applied') {
    lines.push(
      result.importId === null
        ? `Nothing to import into job ${result.jobId}: ${tally}.`
        : `Imported into job ${result.jobId}: ${tally}${c.invalid ? ' (left out)' : ''}. Undo with: import-undo`
    )
    if (result.savedMapping) lines.push(`Saved the mapping as "${result.savedMapping}".`)
  } else {
    lines.push(`Rejected: ${result.reason}`)
  }
  if (result.duplicateCount) {
    lines.push('', `Duplicates (${result.duplicateCount}):`)
    for (const d of result.duplicates) {
      const of =
        d.duplicate.row !== null
          ? `row ${d.duplicate.row}`
          : d.duplicate.jobs !== null
            ? `candidate ${d.duplicate.candidateId} (${d.duplicate.candidateName}) ${jobsWords(d.duplicate.jobs)}`
            : `candidate ${d.duplicate.candidateId} (${d.duplicate.candidateName}) in the job`
      lines.push(`  row ${d.row}: same ${FIELD_WORDS[d.duplicate.field]} as ${of} (${d.duplicate.value}): ${ACTION_WORDS[d.action]}`)
    }
    more(lines, result.duplicates.length, result.duplicateCount)
  }
  if (result.warningCount) {
    lines.push('', `Warnings (${result.warningCount}):`, ...result.warnings.map(problemLine))
    more(lines, result.warnings.length, result.warningCount)
  }
  if (result.errorCount) {
    lines.push('', `Errors (${result.errorCount}):`, ...result.errors.map(problemLine))
    more(lines, result.errors.length, result.errorCount)
    if (result.status !== 'applied' && !result.skipInvalid && c.invalid < c.rows)
      lines.push(`Fix these rows, or run again with --skip-invalid to import the ${c.rows - c.invalid} valid rows.`)
  }
  if (result.status === 'preview' && result.rows.length) {
    lines.push('', 'First rows as they would be stored:')
    lines.push(
      table(
        ['row', 'action', 'name', 'email', 'phone', 'title', 'company', 'stage', 'TrackerRMS ID'],
        result.rows.map((r) => [
          r.row,
          r.action + (r.candidateId ? ` #${r.candidateId}` : ''),
          r.fields?.fullName,
          r.fields?.email,
          r.fields?.phone,
          r.fields?.currentTitle,
          r.fields?.currentCompany,
          r.stage ? STAGE_LABELS[r.stage] : '',
          r.trackerId
        ])
      )
    )
  }
  return lines.join('\n')
}

/** A guessed code page: how sure, and what else the file may be in (with the flag that reads it so). */
function encodingDoubt(format: DetectedFormat): string[] {
  if (format.encodingChosen || format.encodingAlternatives.length === 0) return []
  const others = format.encodingAlternatives.map((a) => `${a.encoding} (${a.confidence}%)`).join(', ')
  return [
    `Encoding ${format.encoding} detected with ${format.encodingConfidence}% confidence; it could also be ${others}: if names look wrong, run again with --encoding NAME.`
  ]
}

/** "UTF-8, comma-separated", or for a workbook: "Excel workbook (.xlsx), sheet "People" (of "People", "Old": choose with --sheet)". */
function formatWords(format: ImportOutcome['format']): string {
  const book = format.workbook
  if (!book) return `${format.encodingLabel}, ${format.delimiterLabel}-separated`
  const others = book.sheets.length > 1 ? ` (of ${book.sheets.map((s) => `"${s}"`).join(', ')}: choose with --sheet)` : ''
  return `${format.encodingLabel}, sheet "${book.sheet}"${others}`
}

const FIELD_WORDS = { trackerId: 'TrackerRMS ID', email: 'email', linkedin: 'LinkedIn URL', name: 'full name' } as const
const ACTION_WORDS = { new: 'created anyway', add: 'added to this job', update: 'updates it', skip: 'skipped', invalid: 'invalid' } as const

function columnWords(m: ImportOutcome['mapping'][number]): string {
  const target = CSV_FIELD_HEADERS[m.field as keyof typeof CSV_FIELD_HEADERS]
  return m.header === target ? m.header : `${m.header} → ${target}`
}

const problemLine = (p: RowProblem) => `  row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.message}`

function more(lines: string[], shown: number, total: number) {
  if (total > shown) lines.push(`  … and ${total - shown} more`)
}
