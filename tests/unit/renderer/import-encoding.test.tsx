// @vitest-environment happy-dom
// The import wizard's encoding choice: the detected code page with how sure it is; picking another re-reads the
// first rows at once (csv.inspect with `encoding`), and the check then reads the file so. The answers are what the
// core returns for such a file (tests/integration/csv/code-pages.test.ts reads the real one).
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import type { InspectResult } from '../../../shared/csv/types'
import { ImportWizard } from '../../../renderer/src/screens/csv/ImportWizard'
import { renderWithApi } from './api-harness'

afterEach(cleanup)

// ISO-8859-2 whose only accented letter is "š" (0xB9): detected as Windows-1250, where 0xB9 is "ą".
const bytes = Uint8Array.from('First Name,Last Name,City\r\nPetr,Va\xb9ek,Brno\r\nJan,Ka\xb9par,Jihlava\r\n', (c) => c.charCodeAt(0))

function inspected(chosen: boolean): InspectResult {
  const s = chosen ? 'š' : 'ą'
  const columns = ['First Name', 'Last Name', 'City']
  return {
    fileName: 'latin2.csv',
    bytes: bytes.length,
    format: {
      encoding: chosen ? 'iso-8859-2' : 'windows-1250',
      encodingLabel: chosen ? 'ISO-8859-2 (Latin-2, Central European) (chosen)' : 'Windows-1250 (the file is not valid UTF-8)',
      encodingConfidence: 55,
      encodingAlternatives: [
        chosen
          ? { encoding: 'windows-1250', label: 'Windows-1250 (Central European)', confidence: 55 }
          : { encoding: 'iso-8859-2', label: 'ISO-8859-2 (Latin-2, Central European)', confidence: 45 }
      ],
      encodingChosen: chosen,
      delimiter: ',',
      delimiterLabel: 'comma'
    },
    headers: columns,
    mapping: columns.map((header, index) => ({ index, header, field: ['firstName', 'lastName', 'city'][index], how: 'exact' })) as never,
    problems: [],
    notes: [],
    sampleRows: [
      ['Petr', `Va${s}ek`, 'Brno'],
      ['Jan', `Ka${s}par`, 'Jihlava']
    ]
  }
}

it('shows the guess with its confidence; another encoding re-reads the first rows and is used by the check', async () => {
  const api = renderWithApi(<ImportWizard open defaultJobId={1} onOpenChange={() => undefined} />, {
    'jobs.list': [{ id: 1, title: 'ICU Nurse' }] as never,
    'csv.mappings': [],
    'files.uploadStart': { uploadId: 'upload-0001', chunkBytes: 65536 } as never,
    'files.uploadChunk': {} as never,
    'files.uploadFinish': { fileId: 'file-00000001', fileName: 'latin2.csv', bytes: bytes.length } as never,
    'csv.inspect': (input) => inspected(input.encoding === 'iso-8859-2')
  })
  fireEvent.change(await screen.findByLabelText('CSV file to import'), { target: { files: [new File([bytes], 'latin2.csv', { type: 'text/csv' })] } })
  const preview = await screen.findByRole('list', { name: 'First rows as read' })
  expect(
    within(preview)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
  ).toEqual(['Petr · Vaąek · Brno', 'Jan · Kaąpar · Jihlava'])
  expect(screen.getByText(/Windows-1250 \(the file is not valid UTF-8\)/).textContent).toMatch(/\(\d+% sure\)/)
  const choice = screen.getByRole('combobox', { name: 'Read the file as' })
  expect(within(choice).getByRole('option', { name: /ISO-8859-2 \(Latin-2, Central European\) — \d+%/ })).toBeTruthy()

  fireEvent.change(choice, { target: { value: 'iso-8859-2' } })
  await waitFor(() =>
    expect(within(screen.getByRole('list', { name: 'First rows as read' })).getAllByRole('listitem')[0].textContent).toBe('Petr · Vašek · Brno')
  )
  expect(api.calls.filter((c) => c.name === 'csv.inspect').at(-1)?.input).toMatchObject({ fileId: 'file-00000001', encoding: 'iso-8859-2' })

  fireEvent.click(screen.getByRole('button', { name: 'Check the rows' }))
  await waitFor(() => expect(api.count('csv.preview')).toBe(1))
  expect(api.calls.find((c) => c.name === 'csv.preview')?.input).toMatchObject({ jobId: 1, encoding: 'iso-8859-2' })
})
