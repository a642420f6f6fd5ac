import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvCell, csvRecord, escapeFormula } from '../../../shared/csv'

// The quoting rule as first written, one regex: csvCell checks it by character codes for speed and must agree.
const byRegex = (value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return ''
  const text = escapeFormula(String(value))
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

// Every character JavaScript's \s knows, a few it does not (zero-width space, NEL, U+180E), surrogate halves,
// and what CSV and spreadsheets care about.
const EDGES = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u0085',
  '\u180e',
  '\ud83d',
  '\ude00',
  '😀',
  '"',
  ',',
  "'",
  '=',
  '+',
  '-',
  '@',
  'a',
  'é',
  '中'
]
const tricky = fc
  .array(fc.constantFrom(...EDGES), { maxLength: 6 })
  .chain((parts) => fc.tuple(fc.constant(parts.join('')), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom(...EDGES, '')))
  .map(([head, middle, tail]) => head + middle + tail)

describe('csvCell', () => {
  it('quotes and escapes exactly as the one-regex rule, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' })), (value) => csvCell(value) === byRegex(value)),
      { numRuns: 5000 }
    )
    for (const ch of EDGES) for (const value of [ch, `${ch}x`, `x${ch}`, `x${ch}x`]) expect(csvCell(value)).toBe(byRegex(value))
  })

  it('writes numbers, empty and missing values', () => {
    for (const value of [0, 42, -5, 1.5, '', null, undefined]) expect(csvCell(value)).toBe(byRegex(value))
    expect(csvCell(-5)).toBe("'-5")
    expect(csvCell(null)).toBe('')
  })

  it('joins a record with commas and ends it with CRLF', () => {
    expect(csvRecord(['a', 'b,c', null, ' d', '=e'])).toBe('a,"b,c",," d",\'=e\r\n')
    expect(csvRecord([])).toBe('\r\n')
  })
})
