// CSV in and out: the import wizard (inspect -> preview -> apply, undo), saved mappings, the template and exports.
// Files are named by the id of an upload or of a file main prepared (see files.ts), never by a path.
import { z } from 'zod'
import type { ImportOutcome, ImportPreview, ImportRecord, InspectResult, SavedMapping, UndoResult } from '../csv/types'
import { DUPLICATE_POLICIES } from '../csv/types'
import { ENCODING_NAMES, type EncodingName } from '../csv/encodings'
import { STAGES, SYNC_STATUSES } from '../domain'
import { call } from './define'
import { id, noInput, searchText, text, verbatimText } from './fields'
import type { FileRef } from './files'
import { REVIEW_IDS_MAX, REVIEW_PAGE_MAX } from './review-options'

/** One column's choice in the mapping step: its header, and the field it fills (null: not imported). */
export interface MappingChoice {
  header: string
  field: string | null
}

const fileId = z.string({ error: 'is required' }).regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not a valid file id')
const mapping = z
  .array(
    z.strictObject({
      header: verbatimText(500).refine((h) => h !== '__proto__', 'cannot be "__proto__"'),
      field: text(100).nullable()
    })
  )
  .max(500, 'must have at most 500 columns')
const mappingName = text(100)
const encoding = z.enum(ENCODING_NAMES as [EncodingName, ...EncodingName[]]).optional()
/** An Excel workbook's sheet, by name (Excel allows 31 characters; the core says when no sheet has it). */
const sheet = text(100).optional()
const importOptions = {
  fileId,
  jobId: id,
  sheet,
  mapping: mapping.optional(),
  mappingName: mappingName.optional(),
  policy: z.enum(DUPLICATE_POLICIES as ['skip', 'update', 'create']).optional(),
  skipInvalid: z.boolean().optional(),
  previewRows: z.number().int().min(0).max(200).optional(),
  importToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not a valid import token')
    .optional(),
  encoding
}

export const csvCalls = {
  'csv.inspect': call<InspectResult>()(
    z.strictObject({ fileId, mapping: mapping.optional(), mappingName: mappingName.optional(), encoding, sheet }),
    'Reads the start of an uploaded file: encoding (or reads it in the `encoding` given), delimiter (an .xlsx: the sheet read and its sheets), headers, the automatic mapping, sample rows, problems.'
  ),
  'csv.preview': call<ImportPreview>()(
    z.strictObject(importOptions),
    'The dry run of an import over the whole file: counts, every row error, duplicates. Changes nothing.'
  ),
  'csv.apply': call<ImportOutcome>()(
    z.strictObject({ ...importOptions, saveMappingAs: mappingName.optional() }),
    'Imports the file into a job, all or nothing (recorded for undo); refused when rows are invalid and skipInvalid is off.'
  ),
  'csv.undoLast': call<UndoResult>()(noInput, 'Undoes the most recent import not yet undone (refused if those candidates changed since).'),
  'csv.imports': call<ImportRecord[]>()(z.strictObject({ limit: z.number().int().min(1).max(200).optional() }), 'The import history, newest first.'),
  'csv.mappings': call<SavedMapping[]>()(noInput, 'Mappings saved by name.'),
  'csv.deleteMapping': call<{ deleted: true }>()(z.strictObject({ name: mappingName }), 'Deletes a saved mapping.'),
  'csv.template': call<FileRef>()(noInput, 'The CSV template (headers and one example row), as a file to download.'),
  'csv.export': call<FileRef & { rows: number }>()(
    z
      .strictObject({
        jobId: id.nullable(),
        // What the list shows: the same search and filters as the review table (none: the whole job, or everyone).
        search: searchText(200).optional(),
        stage: z.enum(STAGES).nullable().optional(),
        syncStatus: z.enum(SYNC_STATUSES).nullable().optional(),
        // Rows the list keeps (dimmed) after a move out of the stage filter: they are shown, so they are exported.
        keepIds: z.array(id).max(REVIEW_PAGE_MAX, `must name at most ${REVIEW_PAGE_MAX} candidates`).optional(),
        // Or exactly these candidates (the selection).
        candidateIds: z
          .array(id)
          .min(1, 'must name at least one candidate')
          .max(REVIEW_IDS_MAX, `must name at most ${REVIEW_IDS_MAX.toLocaleString('en')} candidates`)
          .optional()
      })
      .refine((input) => !input.candidateIds || (!input.search && !input.stage && !input.syncStatus && !input.keepIds), {
        message: 'takes either candidate ids (the selection) or a search and filters (what is shown), not both',
        path: ['candidateIds']
      }),
    'Exports candidates to a CSV file to download: one job’s (or everyone’s, with null), narrowed to a search and filters or to the given candidates.'
  )
}
