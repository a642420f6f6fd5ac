// Which of comma, semicolon, tab or pipe separates the cells: the one that splits the first rows into the same
// number of cells as the header, with the most columns. Parsed with papaparse so that quoted cells count right.
import Papa from 'papaparse'
import type { DetectedFormat } from '../../shared/csv'

export type Delimiter = DetectedFormat['delimiter']

const DELIMITER_LABELS: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }
const CANDIDATES: Delimiter[] = [',', ';', '\t', '|']

/** `sample` is the start of the decoded file with LF record ends; `complete` says it is the whole file. */
export function detectDelimiter(sample: string, complete: boolean): { delimiter: Delimiter; label: string } {
  const text = complete ? sample : sample.slice(0, Math.max(sample.lastIndexOf('\n'), 0)) || sample
  let best: { delimiter: Delimiter; consistency: number; columns: number } | null = null
  for (const delimiter of CANDIDATES) {
    const rows = Papa.parse<string[]>(text, { delimiter, newline: '\n', preview: 50 }).data.filter((row) => row.some((cell) => cell.trim() !== ''))
    if (rows.length === 0) continue
    const columns = rows[0].length
    if (columns < 2) continue
    const consistency = rows.filter((row) => row.length === columns).length / rows.length
    if (!best || consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) best = { delimiter, consistency, columns }
  }
  if (!best) return { delimiter: ',', label: 'comma (the file has a single column)' }
  return { delimiter: best.delimiter, label: DELIMITER_LABELS[best.delimiter] }
}
