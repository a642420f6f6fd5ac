// The command line imports a workbook as it does a CSV file; --sheet chooses the sheet.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'
import { FIXTURES } from './helpers'

const EXCEL_EXPORT = join(FIXTURES, '../xlsx/excel-export.xlsx')

describe('CLI: import FILE.xlsx [--sheet NAME]', () => {
  it('reads the first visible sheet, names the others, and imports the one chosen with --sheet', async () => {
    const dir = tempDir('tracker-sync-xlsx-cli-')
    const run = (...args: string[]) => cli(['--data-dir', dir, ...args])
    await run('jobs', 'add', '--title', 'ICU Nurse')

    const dry = await run('import', EXCEL_EXPORT, '--job', '1', '--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain(
      'Read excel-export.xlsx: Excel workbook (.xlsx), sheet "Export" (of "Lists", "Export", "Phones & dates": choose with --sheet), 6 rows.'
    )
    expect(dry.stdout).toContain('Would import: 3 new, 0 added from other jobs, 0 updated, 0 skipped as duplicates, 3 invalid.')

    const wrong = await run('import', EXCEL_EXPORT, '--job', '1', '--sheet', 'Sheet1')
    expect(wrong.code).not.toBe(0)
    expect(wrong.stderr).toContain('There is no sheet "Sheet1" in excel-export.xlsx. Its sheets: "Lists", "Export", "Phones & dates".')

    const applied = await run('import', EXCEL_EXPORT, '--job', '1', '--sheet', 'Phones & dates')
    expect(applied.code).toBe(0)
    expect(applied.stdout).toContain(
      'Imported into job 1: 4 new, 0 added from other jobs, 0 updated, 0 skipped as duplicates, 0 invalid. Undo with: import-undo'
    )
    const people = (await run('candidates', 'list', '--json')).json() as { fullName: string; phone: string | null }[]
    expect(people.map((c) => [c.fullName, c.phone])).toEqual([
      ['Ann Lee', '447700900123'],
      ['山田太郎', '07700900123'],
      ['Taro Yamada', '4407700900123'],
      ['Bo Chen', null]
    ])
  })
})
