// Where a file's header row is, and what the user is told about rows above it. LinkedIn's Connections.csv starts
// with its notes ("Notes:", a quoted sentence about missing email addresses, a blank line) before its header; title
// rows above a spreadsheet's header are common too. The rule (mapping.ts namesCandidates, electron/csv/header-finder):
// the first non-blank row is the header when it names the candidates, as before; otherwise the first row within
// HEADER_SEARCH_ROWS that does is, and the rows above it are skipped; when none does, the first non-blank row stays the
// header, and the mapping says why it cannot be imported.
import { headerKey } from './headers'

/** How far down a file (in rows, as a spreadsheet counts them) the header is looked for. */
export const HEADER_SEARCH_ROWS = 20

/** How many data rows below the header the mapping looks at (value-mapping.ts); inspect and import see the same ones. */
export const MAPPING_SAMPLE_ROWS = 20

/** What the reader found: the header's row, the non-blank rows skipped above it, and the first data rows. */
export interface FoundHeader {
  row: number
  preamble: readonly (readonly string[])[]
  sample: readonly (readonly string[])[]
}

/** LinkedIn's Connections.csv, known by its "Connected On" column beside the name columns. */
const isLinkedInConnections = (headers: readonly string[]) => headers.some((h) => headerKey(h) === 'connectedon')

/** "Rows 1–3 above the header were skipped (LinkedIn's notes)."; null when nothing above the header was skipped. */
export function skippedRowsNote(found: Pick<FoundHeader, 'row' | 'preamble'>, headers: readonly string[]): string | null {
  if (found.preamble.length === 0) return null
  const rows = found.row === 2 ? 'Row 1 above the header was skipped' : `Rows 1–${found.row - 1} above the header were skipped`
  if (isLinkedInConnections(headers)) return `${rows} (LinkedIn's notes).`
  const first = found.preamble[0].find((cell) => cell.trim() !== '') ?? ''
  const text = first.trim().replace(/\s+/g, ' ')
  return `${rows} (they begin "${text.length > 60 ? `${text.slice(0, 60)}…` : text}").`
}
