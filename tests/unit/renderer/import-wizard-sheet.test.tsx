// @vitest-environment happy-dom
// The import wizard with an Excel workbook: the columns step shows the sheet read, offers the workbook's other
// sheets, and reads the one chosen (its own columns, the mapping afresh); the check then runs on that sheet.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { CallInput, CallOutput } from '../../../shared/api/contract'
import type { InspectResult } from '../../../shared/csv/types'
import { ImportWizard } from '../../../renderer/src/screens/csv/ImportWizard'
import { renderWithApi } from './api-harness'

afterEach(cleanup)

const SHEETS = ['Lists', 'Export', 'Phones & dates']

function inspected(sheet: string, headers: string[]): InspectResult {
  return {
    fileName: 'people.xlsx',
    bytes: 7139,
    format: {
      encoding: 'utf-8',
      encodingLabel: 'Excel workbook (.xlsx)',
      encodingConfidence: 100,
      encodingAlternatives: [],
      encodingChosen: false,
      delimiter: ',',
      delimiterLabel: 'none (a workbook)',
      workbook: { sheet, sheets: SHEETS }
    },
    headers,
    mapping: headers.map((header, index) => ({ index, header, field: null, source: 'unknown' as const })),
    problems: [],
    notes: [],
    sampleRows: [headers.map(() => 'x')]
  }
}

describe('import wizard: a workbook with several sheets', () => {
  it('offers the sheets, reads the one chosen, and checks that one', async () => {
    const api = renderWithApi(<ImportWizard open defaultJobId={1} onOpenChange={() => undefined} />, {
      'jobs.list': [{ id: 1, title: 'ICU Nurse' }] as CallOutput<'jobs.list'>,
      'csv.mappings': [],
      'files.uploadStart': { uploadId: 'upload-0001', chunkBytes: 1024 },
      'files.uploadChunk': { received: 4 },
      'files.uploadFinish': { fileId: 'file-00001', fileName: 'people.xlsx', bytes: 4 },
      'csv.inspect': (input: CallInput<'csv.inspect'>) =>
        input.sheet === 'Phones & dates' ? inspected('Phones & dates', ['Full Name', 'Phone']) : inspected('Export', ['Resource ID', 'Forename']),
      'csv.preview': () => {
        throw new Error('stop here')
      }
    })
    const input = (await screen.findByLabelText('CSV file to import')) as HTMLInputElement
    await waitFor(() => expect((screen.getByRole('button', { name: /Choose a file/ }) as HTMLButtonElement).disabled).toBe(false))
    fireEvent.change(input, { target: { files: [new File(['PK..'], 'people.xlsx')] } })

    const select = (await screen.findByRole('combobox', { name: 'Sheet to import' })) as HTMLSelectElement
    expect([...select.options].map((o) => o.value)).toEqual(SHEETS)
    expect(select.value).toBe('Export')
    expect(screen.queryByText('Encoding')).toBeNull()
    await screen.findByRole('cell', { name: 'Resource ID' })

    fireEvent.change(select, { target: { value: 'Phones & dates' } })
    await screen.findByRole('cell', { name: 'Phone' })
    expect(api.calls.filter((c) => c.name === 'csv.inspect').map((c) => (c.input as CallInput<'csv.inspect'>).sheet)).toEqual([undefined, 'Phones & dates'])

    fireEvent.click(screen.getByRole('button', { name: 'Check the rows' }))
    await waitFor(() => expect(api.count('csv.preview')).toBe(1))
    expect(api.calls.find((c) => c.name === 'csv.preview')?.input).toMatchObject({ fileId: 'file-00001', jobId: 1, sheet: 'Phones & dates' })
  })
})
