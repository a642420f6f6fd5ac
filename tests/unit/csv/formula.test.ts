import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeFormula, unescapeFormula } from '../../../shared/csv'

// Strings that start with what spreadsheets read as a formula, or with apostrophes before one, or neither.
const tricky = fc
  .tuple(
    fc.constantFrom('', "'", "''", "'''"),
    fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', 'a', ' ', "'"),
    fc.string({ unit: 'grapheme', maxLength: 12 })
  )
  .map(([quotes, lead, rest]) => quotes + lead + rest)

describe('formula escaping', () => {
  it('neutralises every cell a spreadsheet would run', () => {
    for (const value of ['=1+1', '+44 20 7946 0000', '-5', '@SUM(A1)', '\t=1', '\r=1', "'=1", "''-x"]) {
      expect(escapeFormula(value)).toMatch(/^'/)
    }
    for (const value of ['Ann', "O'Brien", "'quoted'", '', ' =not at start', '5-3']) expect(escapeFormula(value)).toBe(value)
  })

  it('is reversed exactly by the importer, for any value', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'grapheme' })), (value) => unescapeFormula(escapeFormula(value)) === value),
      { numRuns: 2000 }
    )
  })

  it('never leaves an escaped cell that starts with a formula character', () => {
    fc.assert(
      fc.property(tricky, (value) => !/^[=+\-@\t\r]/.test(escapeFormula(value))),
      { numRuns: 1000 }
    )
  })

  it('leaves cells without an apostrophe-formula prefix alone on import', () => {
    for (const cell of ["'hello", "O'Brien", "'", "''", '=1', '-']) expect(unescapeFormula(cell)).toBe(cell)
    expect(unescapeFormula("'=1")).toBe('=1')
    expect(unescapeFormula("''+1")).toBe("'+1")
  })
})
