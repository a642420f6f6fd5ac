import { useId } from 'react'
import type { ImportReport } from '../../../../shared/csv/types'
import { plural } from '../../../../shared/plural'

const SHOWN = 20

/**
 * Rows imported with a warning, the first 20: a person kept apart from a namesake ("Same full name as row 12 (Ann
 * Lee) but a different email: imported as a different person."), an address left out of a cell, a TrackerRMS ID
 * not recorded. The check step shows what will happen, the result what did.
 */
export function RowWarnings({ report }: { report: ImportReport }) {
  const titleId = useId()
  if (report.warnings.length === 0) return null
  const more = report.warningCount - Math.min(report.warnings.length, SHOWN)
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId} className="section-title">
        {plural(report.warningCount, 'warning')}
      </h3>
      <ul className="notes">
        {report.warnings.slice(0, SHOWN).map((w, i) => (
          <li key={`${w.row}-${i}`}>
            Row {w.row}
            {w.column ? `, ${w.column}` : ''}: {w.message}
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted">… and {more.toLocaleString()} more</p>}
    </section>
  )
}
