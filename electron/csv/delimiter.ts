// Which of comma, semicolon, tab or pipe separates the cells: the one that splits the first rows into the same
// number of cells as the header, with the most columns. Parsed with papaparse so that quoted cells count right.
// Notes above the header that no delimiter splits (LinkedIn's "Notes:" and its quoted sentence) are passed over: the
// header is the first row that is not a single cell under every delimiter.
import Papa from 'papaparse'
import type { DetectedFormat } from '../../shared/csv'

export type Delimiter = DetectedFormat['delimiter']

const DELIMITER_LABELS: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }
const CANDIDATES: Delimiter[] = [',', ';', '\t', '|']

/** `sample` is the start of the decoded file with LF record ends; `complete` says it is the whole file. */
export function detectDelimiter(sample: string, complete: boolean): { delimiter: Delimiter; label: string } {
  const text = complete ? sample : sample.slice(0, Math.max(sample.lastIndexOf('\n'), 0)) || sample
  const parsed = CANDIDATES.map((delimiter) => ({
    delimiter,
    rows: Papa.parse<string[]>(text, { delimiter, newline: '\n', preview: 50 }).data.filter((row) => row.some((cell) => cell.trim() !== ''))
  }))
  const notes = Math.min(...parsed.map(({ rows }) => leadingSingleCells(rows)))
  let best: { delimiter: Delimiter; consistency: number; columns: number } | null = null
  for (const { delimiter, rows: all } of parsed) {
    const rows = all.slice(notes)
    if (rows.length === 0) continue
    const columns = rows[0].length
    if (columns < 2) continue
    const consistency = rows.filter((row) => row.length === columns).length / rows.length
    if (!best || consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) best = { delimiter, consistency, columns }
  }
  if (!best) return { delimiter: ',', label: 'comma (the file has a single column)' }
  return { delimiter: best.delimiter, label: DELIMITER_LABELS[best.delimiter] }
}

/** How many rows at the start are a single cell. */
function leadingSingleCells(rows: string[][]): number {
  let n = 0
  while (n < rows.length && rows[n].length === 1) n++
  return n
}
