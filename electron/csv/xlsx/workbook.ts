// Opening an .xlsx: what the file really is (by its content, not its name), its worksheets in the order Excel shows
// their tabs, and where its parts are. Other zip files (a macro-enabled or binary workbook, an OpenDocument
// spreadsheet, a Word document) are refused here with what to do instead, before any row is read.
import { posix } from 'node:path'
import { validationError } from '../../../shared/errors'
import { parseRelationships, parseWorkbookPart, type Relationship } from './exceljs-parts'
import { damaged, readZipDirectory, smallPartText, type ZipEntry } from './zip'

export interface WorkbookSheet {
  name: string
  part: ZipEntry
  hidden: boolean
}

export interface Workbook {
  file: string
  bytes: number
  /** Worksheets in tab order (chart sheets have no cells and are left out). */
  sheets: WorkbookSheet[]
  styles: ZipEntry | null
  sharedStrings: ZipEntry | null
  date1904: boolean
}

/**
 * The workbook's text table is held in memory while a sheet is read (cells point into it in any order). Beyond this,
 * a workbook is refused with the way round: a CSV file has no such limit. The benchmark's 100,000-row list has an 18 MB table.
 */
export const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024

const SAVE_AS = 'In Excel choose File › Save As › "Excel Workbook (.xlsx)" (or "CSV UTF-8") and import that file.'
const refuse = (message: string) => validationError('file', message)

const relType = (rel: Relationship, type: string) => rel.Type.endsWith(`/${type}`)

/** A relationship's target as a part name: relative to the part that holds it, or absolute from the package's root. */
function partName(from: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(from), target))
}

export async function openWorkbook(file: string, bytes: number): Promise<Workbook> {
  const entries = new Map((await readZipDirectory(file, bytes)).map((e) => [e.name, e]))
  const part = async (name: string) => {
    const entry = entries.get(name)
    return entry ? smallPartText(file, entry) : null
  }
  const rootRels = await part('_rels/.rels')
  const office = rootRels === null ? undefined : (await parseRelationships(rootRels)).find((r) => relType(r, 'officeDocument'))
  const bookName = office ? partName('', office.Target) : 'xl/workbook.xml'
  if (!entries.has(bookName)) throw await notAWorkbook(entries, part)
  if (bookName.endsWith('.bin')) throw refuse(`This is a binary Excel workbook (.xlsb), which cannot be read; nothing was imported. ${SAVE_AS}`)
  if (/macroEnabled/i.test((await part('[Content_Types].xml')) ?? ''))
    throw refuse(`This is a macro-enabled Excel workbook (.xlsm), which Tracker Sync does not open; nothing was imported. ${SAVE_AS}`)
  const book = await parseWorkbookPart((await part(bookName)) as string)
  const relsText = await part(posix.join(posix.dirname(bookName), '_rels', `${posix.basename(bookName)}.rels`))
  const rels = relsText === null ? [] : await parseRelationships(relsText)
  const target = (type: string) => {
    const rel = rels.find((r) => relType(r, type))
    return rel ? (entries.get(partName(bookName, rel.Target)) ?? null) : null
  }
  const sheets: WorkbookSheet[] = []
  for (const sheet of book.sheets) {
    const rel = rels.find((r) => r.Id === sheet.rId)
    if (!rel || !relType(rel, 'worksheet')) continue
    const entry = entries.get(partName(bookName, rel.Target))
    if (!entry) throw damaged(`the part of sheet "${sheet.name}" is missing`)
    sheets.push({ name: sheet.name, part: entry, hidden: sheet.hidden })
  }
  if (sheets.length === 0) throw refuse('The workbook has no worksheet with cells (only charts, or nothing), so there is nothing to import.')
  const sharedStrings = target('sharedStrings')
  if (sharedStrings && sharedStrings.size > MAX_SHARED_STRINGS_BYTES) throw tooMuchText()
  return { file, bytes, sheets, styles: target('styles'), sharedStrings, date1904: book.date1904 }
}

export function tooMuchText(): Error {
  return refuse(
    `The workbook holds more than ${MAX_SHARED_STRINGS_BYTES / 1024 / 1024} MB of text (its shared text table), more than can be read from a workbook at once; nothing was imported. Save the sheet as "CSV UTF-8" in Excel and import the CSV file, which has no such limit.`
  )
}

/** A zip without a workbook: say what it is, when it is something a user might mistake for one. */
async function notAWorkbook(entries: Map<string, ZipEntry>, part: (name: string) => Promise<string | null>): Promise<Error> {
  if (((await part('mimetype')) ?? '').includes('opendocument.spreadsheet'))
    return refuse(
      'This is an OpenDocument spreadsheet (.ods), which cannot be read; nothing was imported. Save it as "Excel Workbook (.xlsx)" or as CSV (UTF-8) and import that file.'
    )
  if (entries.has('word/document.xml')) return refuse('This is a Word document, not a spreadsheet. Choose a CSV file or an Excel workbook (.xlsx).')
  if (entries.has('ppt/presentation.xml'))
    return refuse('This is a PowerPoint presentation, not a spreadsheet. Choose a CSV file or an Excel workbook (.xlsx).')
  return refuse('This is a zip archive, not an Excel workbook (it has no workbook part). Choose a CSV file or an Excel workbook (.xlsx).')
}
