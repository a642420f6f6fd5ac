import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS, readRow, resolveMapping, rowPlan, templateCsv } from '../../../shared/csv'

const ROOT = join(__dirname, '../../..')

describe('the CSV template', () => {
  it('the committed resources/candidates-template.csv is what the column list generates', () => {
    expect(readFileSync(join(ROOT, 'resources/candidates-template.csv')).toString('utf8')).toBe(templateCsv())
  })

  it('is UTF-8 with BOM and CRLF, the headers of the column list and one valid example row', () => {
    const text = templateCsv()
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    const [headers, example, ...rest] = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data
    expect(rest).toEqual([])
    expect(headers).toEqual(CSV_COLUMNS.map((c) => c.header))
    const mapping = resolveMapping(headers)
    expect(mapping.problems).toEqual([])
    const row = readRow(example, 2, rowPlan(mapping.columns), headers.length)
    expect(row.errors).toEqual([])
    expect(row.fields?.fullName).toBe('Ann Marie Lee')
  })
})
