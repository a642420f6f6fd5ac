// CSV import and export: the service the import wizard, the CLI and the browser host use.
//
// API (JSON in, JSON out; `file` is a path on this machine; results are plain objects, safe for IPC):
//   columns()                                  the column list, in template order, with descriptions (for docs and the UI)
//   templateText()                             the template file's text (UTF-8 with BOM, CRLF, one example row)
//   writeTemplate(file, { overwrite? })        writes it            -> { file, bytes }
//   inspect(file, { mapping?, mappingName?, encoding?, sheet? })  reads the start only -> InspectResult: detected
//                                              encoding (with its confidence and alternatives; `encoding` reads it in
//                                              another) and delimiter (for an .xlsx: the sheet read and all its
//                                              sheets), headers, the mapping (automatic, overridden by `mapping`),
//                                              problems that would refuse the file, notes, the first 5 rows
//   preview(file, ImportOptions, onProgress?)  dry run over the whole file -> ImportPreview: counts (new, added from
//                                              other jobs, updated, skipped, invalid), the first rows as they would be stored, every error
//                                              (row, column, reason), duplicates, canApply; changes nothing
//   apply(file, ImportOptions, onProgress?)    -> ImportApplied (all of it in one transaction; recorded for undo) or
//                                              ImportRejected (invalid rows and no skipInvalid: nothing written)
//   undoLast()                                 undoes the most recent import not yet undone -> UndoResult (in slices)
//   listImports(limit?)                        the import history, newest first -> ImportRecord[]
//   exportCsv(file, { jobId?, scope?, overwrite? })  one job's candidates or everyone, narrowed to a search and
//                                              filters or to given candidates (scope) -> ExportResult
//   listMappings() / saveMapping(name, mapping) / deleteMapping(name)   mappings saved by name
// Progress: 'import.progress' events on the core's bus ({importToken, rowsDone, bytesRead, bytesTotal, phase}), and
// the same payload to `onProgress` when given. Errors are AppErrors: 'validation' with field 'file' for a file that
// cannot be imported at all (empty, binary, UTF-16 without BOM, broken quotes, no name column …), 'not_found' for
// an unknown job or mapping name, 'conflict' when the last import cannot be undone. Files are written through
// lib/safe-output.ts: an existing file (or a symbolic link) at `file` is refused (OutputRefused) unless `overwrite`.
import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import {
  CSV_COLUMNS,
  DUPLICATE_POLICIES,
  MAPPING_SAMPLE_ROWS,
  encodingNamed,
  mappingOf,
  namesCandidates,
  parseExplicitMapping,
  resolveMapping,
  templateCsv,
  unknownEncodingMessage,
  type EncodingName,
  type ExplicitMapping,
  type ExportResult,
  type FoundHeader,
  type ImportOptions,
  type ImportOutcome,
  type ImportPreview,
  type ImportRecord,
  type InspectResult,
  type SavedMapping,
  type UndoResult
} from '../../shared/csv'
import { notFound, validationError } from '../../shared/errors'
import type { CoreEvents } from '../../shared/events'
import { applyImport, previewImport } from '../csv/importer'
import type { ImportRun } from '../csv/import-run'
import { exportCandidates } from '../csv/export'
import { chooseSheet, formatOf, type ImportSource } from '../csv/import-source'
import { readCsv, type ReadHandlers } from '../csv/reader'
import { withEncoding } from '../csv/source'
import { createSourceCache } from '../csv/source-cache'
import { recoverAbandonedImports, undoLastImport } from '../csv/undo'
import { readXlsx } from '../csv/xlsx/sheet-reader'
import * as imports from '../db/imports'
import { getJob } from '../db/jobs'
import type { ExportScope } from '../db/export-scope'
import { SLICE_TIMING, type SliceTiming } from '../db/write-slices'
import type { CoreContext } from '../lib/context'
import { writeOutputFile, type OutputOptions } from '../lib/safe-output'

export type ImportProgress = CoreEvents['import.progress']

const SAMPLE_ROWS = 5
const MAX_PROBLEMS = 10_000

export function createCsvService(ctx: CoreContext, timing: SliceTiming = SLICE_TIMING) {
  // Inspect, preview and apply of one unchanged file share one detection (encoding, delimiter).
  const sources = createSourceCache()
  // An import or undo a previous process left half-done is rolled back (or finished) first: in slices, in the
  // background from the start; imports, undos and the history wait for it.
  let recovery: Promise<void> | null = null
  const recovered = () =>
    (recovery ??= recoverAbandonedImports(ctx.db, { now: ctx.now, log: ctx.log, timing }).catch((error) => {
      recovery = null // tried again by the next import or undo
      ctx.log.error('csv.recovery_failed', { error })
    }))

  function savedMapping(name: string): ExplicitMapping {
    const saved = imports.getMapping(ctx.db, name)
    if (!saved) {
      const names = imports.listMappings(ctx.db).map((m) => `"${m.name}"`)
      throw notFound(`There is no saved mapping called "${name}".${names.length ? ` Saved mappings: ${names.join(', ')}.` : ''}`)
    }
    return saved.mapping
  }

  /** The file's detected source, or the file read in the encoding the caller chose. */
  /** The file as detected, or read in the encoding the user chose (a workbook has none to choose). */
  async function openSource(file: string, encoding: EncodingName | undefined): Promise<ImportSource> {
    const chosen = encoding === undefined ? undefined : checkedEncoding(encoding)
    const source = await sources.open(file)
    if (chosen === undefined || source.workbook) return source
    return { ...(await withEncoding(source, chosen)), workbook: null }
  }

  function explicitMapping(options: { mapping?: ExplicitMapping; mappingName?: string }): ExplicitMapping {
    const given = options.mapping === undefined ? {} : checkedMapping(options.mapping)
    return options.mappingName ? { ...savedMapping(options.mappingName), ...given } : given
  }

  async function prepare(file: string, options: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<ImportRun> {
    if (!Number.isSafeInteger(options.jobId) || options.jobId < 1) throw validationError('jobId', 'Choose the job to import into.')
    const job = getJob(ctx.db, options.jobId)
    if (!job) throw notFound(`There is no job with id ${options.jobId}.`)
    const policy = options.policy ?? 'skip'
    if (!DUPLICATE_POLICIES.includes(policy)) throw validationError('policy', `Unknown duplicate policy "${policy}"; use ${DUPLICATE_POLICIES.join(', ')}.`)
    if (options.saveMappingAs !== undefined) mappingName(options.saveMappingAs)
    const explicit = explicitMapping(options)
    const opened = await openSource(file, options.encoding)
    const sheet = chooseSheet(opened, options.sheet)
    const source = { ...opened, format: formatOf(opened, sheet) }
    const importToken = options.importToken ?? randomUUID()
    return {
      db: ctx.db,
      source,
      sheet,
      jobId: job.id,
      jobTitle: job.title,
      explicit,
      policy,
      skipInvalid: options.skipInvalid ?? false,
      previewRows: Math.max(0, Math.min(options.previewRows ?? 20, 1000)),
      maxProblems: MAX_PROBLEMS,
      importToken,
      now: () => ctx.now(),
      timing,
      progress: (p) => {
        const payload: ImportProgress = { importToken, rowsDone: p.rowsDone, bytesRead: p.bytesRead, bytesTotal: source.bytes, phase: p.phase }
        ctx.events.emit('import.progress', payload)
        try {
          onProgress?.(payload)
        } catch {
          // a progress listener's failure must not abort (or roll back) the import
        }
      }
    }
  }

  return {
    columns: () => CSV_COLUMNS.map((c) => ({ ...c })),

    templateText: templateCsv,

    async writeTemplate(file: string, options: OutputOptions = {}): Promise<{ file: string; bytes: number }> {
      const text = templateCsv()
      await writeOutputFile(file, text, options)
      return { file, bytes: Buffer.byteLength(text) }
    },

    async inspect(
      file: string,
      options: { mapping?: ExplicitMapping; mappingName?: string; encoding?: EncodingName; sheet?: string } = {}
    ): Promise<InspectResult> {
      const explicit = explicitMapping(options)
      const source = await openSource(file, options.encoding)
      const sheet = chooseSheet(source, options.sheet)
      let header: { headers: string[]; found: FoundHeader | undefined } | null = null
      const sheetRows: string[][] = []
      if (sheet && source.workbook) {
        // a sheet's header is its first non-blank row (the preamble rule reads CSV files only)
        const handlers: ReadHandlers = {
          onHeader: (headers) => void (header = { headers, found: undefined }),
          onRows: (rows) => void sheetRows.push(...rows.map((r) => r.cells))
        }
        await readXlsx(source.workbook, sheet, handlers, SAMPLE_ROWS)
      } else
        // The rows the mapping looks at (the same ones an import's mapping sees); the first few are shown.
        await readCsv(
          file,
          {
            encoding: source.encoding.encoding,
            bomBytes: source.encoding.bomBytes,
            delimiter: source.format.delimiter,
            maxRows: MAPPING_SAMPLE_ROWS,
            keepBadBytes: !!source.encoding.invalidSequences
          },
          { isHeader: (cells) => namesCandidates(cells, explicit), onHeader: (headers, _row, found) => void (header = { headers, found }), onRows: () => {} }
        )
      if (!header && sheet && (source.workbook?.sheets.length ?? 0) > 1) {
        // the wizard shows the sheets to choose another from (a cover sheet before the list, say)
        const problem = `Sheet "${sheet.name}" is empty: it has no header row and no candidates. Choose another sheet.`
        return {
          fileName: basename(file),
          bytes: source.bytes,
          format: formatOf(source, sheet),
          headers: [],
          mapping: [],
          problems: [problem],
          notes: [],
          sampleRows: []
        }
      }
      if (!header)
        throw validationError(
          'file',
          sheet ? `Sheet "${sheet.name}" is empty: it has no header row and no candidates.` : 'The file is empty: it has no header row and no candidates.'
        )
      const { headers, found } = header as { headers: string[]; found: FoundHeader | undefined }
      const resolution = resolveMapping(headers, explicit, found)
      const sampleRows = found ? found.sample.slice(0, SAMPLE_ROWS).map((cells) => [...cells]) : sheetRows
      const problems = [...resolution.problems]
      if (sampleRows.length === 0) problems.push('The file has a header row but no candidates below it.')
      return {
        fileName: basename(file),
        bytes: source.bytes,
        format: formatOf(source, sheet),
        headers,
        mapping: resolution.columns,
        problems,
        notes: resolution.notes,
        sampleRows
      }
    },

    async preview(file: string, options: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<ImportPreview> {
      const run = await prepare(file, options, onProgress)
      const preview = await previewImport(run)
      run.progress({ phase: 'done', rowsDone: preview.counts.rows, bytesRead: run.source.bytes })
      return preview
    },

    async apply(file: string, options: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<ImportOutcome> {
      await recovered()
      const run = await prepare(file, options, onProgress)
      const save = options.saveMappingAs
      const outcome = await applyImport(
        run,
        save ? (resolution) => imports.saveMapping(ctx.db, mappingName(save), mappingOf(resolution.columns), ctx.now()).name : null
      )
      run.progress({ phase: 'done', rowsDone: outcome.counts.rows, bytesRead: run.source.bytes })
      if (outcome.status === 'applied') {
        ctx.log.info('csv.imported', { importId: outcome.importId, jobId: outcome.jobId, counts: outcome.counts })
        if (outcome.importId !== null) ctx.events.emit('data.changed', { what: 'candidates' })
      } else {
        ctx.log.info('csv.import_rejected', { jobId: outcome.jobId, counts: outcome.counts })
      }
      return outcome
    },

    /** Rolls back what a process that died left half-imported (the core starts this; tests and tools may await it). */
    recoverAbandoned: recovered,
    /** The recovery under way, if any (closing waits for it to end its slice). */
    recoveryUnderWay: () => recovery ?? Promise.resolve(),

    async undoLast(): Promise<UndoResult> {
      await recovered()
      const result = await undoLastImport(ctx.db, { now: ctx.now, timing })
      ctx.log.info('csv.import_undone', { importId: result.import.id, removed: result.candidatesRemoved, restored: result.candidatesRestored })
      ctx.events.emit('data.changed', { what: 'candidates' })
      return result
    },

    async listImports(limit = 50): Promise<ImportRecord[]> {
      await recovered()
      return imports.listImports(ctx.db, limit)
    },

    async exportCsv(file: string, options: { jobId?: number | null; scope?: ExportScope } & OutputOptions = {}): Promise<ExportResult> {
      const jobId = options.jobId ?? null
      if (jobId !== null && !getJob(ctx.db, jobId)) throw notFound(`There is no job with id ${jobId}.`)
      const { rows, bytes } = await exportCandidates(ctx.db, file, jobId, { overwrite: options.overwrite, scope: options.scope })
      ctx.log.info('csv.exported', { jobId, rows })
      return { file, jobId, rows, bytes }
    },

    listMappings(): SavedMapping[] {
      return imports.listMappings(ctx.db)
    },

    saveMapping(name: string, mapping: ExplicitMapping): SavedMapping {
      return imports.saveMapping(ctx.db, mappingName(name), checkedMapping(mapping), ctx.now())
    },

    deleteMapping(name: string): void {
      if (!imports.deleteMapping(ctx.db, name)) throw notFound(`There is no saved mapping called "${name}".`)
    }
  }
}

function checkedMapping(mapping: unknown): ExplicitMapping {
  const parsed = parseExplicitMapping(mapping)
  if (!parsed.ok) throw validationError('mapping', parsed.message)
  return parsed.mapping
}

function checkedEncoding(name: unknown): EncodingName {
  const encoding = typeof name === 'string' ? encodingNamed(name) : null
  if (encoding === null) throw validationError('encoding', unknownEncodingMessage(String(name)))
  return encoding
}

function mappingName(name: string): string {
  const trimmed = name.trim()
  if (trimmed === '' || trimmed.length > 100) throw validationError('mappingName', 'A mapping name is 1 to 100 characters.')
  return trimmed
}
