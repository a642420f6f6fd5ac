// @vitest-environment happy-dom
// The import wizard shows the rows imported with a warning — a person kept apart from a namesake — in the check
// step (what will happen) and in the result (what did), the first 20 with how many more.
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportApplied, ImportPreview, RowProblem } from '../../../shared/csv/types'
import { CheckStep } from '../../../renderer/src/screens/csv/CheckStep'
import { ResultStep } from '../../../renderer/src/screens/csv/ResultStep'
import { renderWithApi } from './api-harness'

afterEach(cleanup)

const warnings: RowProblem[] = Array.from({ length: 25 }, (_, i) => ({
  row: 102 + i,
  column: null,
  message: `Same full name as row ${2 + i} (Émile Smith-Jones) but a different email: imported as a different person.`
}))
const report = {
  fileName: 'people.csv',
  jobId: 1,
  counts: { rows: 20_000, new: 20_000, added: 0, updated: 0, skipped: 0, invalid: 0, blank: 0 },
  rows: [],
  errors: [],
  errorCount: 0,
  warnings,
  warningCount: 19_900,
  duplicates: [],
  duplicateCount: 0
}

describe('import wizard: rows imported with a warning', () => {
  it('the check step lists the first 20 and says how many more', () => {
    const preview = { ...report, status: 'preview', canApply: true, blockedReason: null } as unknown as ImportPreview
    const noop = () => undefined
    render(
      <CheckStep
        policy="skip"
        onPolicy={noop}
        skipInvalid={false}
        onSkipInvalid={noop}
        saveAs=""
        onSaveAs={noop}
        preview={preview}
        progress={null}
        error={null}
      />
    )
    const section = screen.getByRole('region', { name: '19,900 warnings' })
    const items = within(section).getAllByRole('listitem')
    expect(items).toHaveLength(20)
    expect(items[0].textContent).toBe('Row 102: Same full name as row 2 (Émile Smith-Jones) but a different email: imported as a different person.')
    expect(section.textContent).toContain('… and 19,880 more')
  })

  it('the result shows them too', async () => {
    const applied = { ...report, status: 'applied', importId: 1, appliedAt: '', savedMapping: null } as unknown as ImportApplied
    renderWithApi(<ResultStep result={applied} onClose={() => undefined} />, {})
    const section = await screen.findByRole('region', { name: '19,900 warnings' })
    expect(within(section).getAllByRole('listitem')[19].textContent).toMatch(/^Row 121: Same full name as row 21 /)
  })
})
