import type { ImportCounts } from '../../../../shared/csv/types'

/** New / added from other jobs / updated / skipped / invalid, as tiles. */
export function Counts({ counts, done = false }: { counts: ImportCounts; done?: boolean }) {
  const tiles: [string, number, string][] = [
    ['New', counts.new, 'new'],
    [done ? 'Added from other jobs' : 'From other jobs', counts.added, 'added'],
    [done ? 'Updated' : 'To update', counts.updated, 'updated'],
    ['Skipped', counts.skipped, 'skipped'],
    [done ? 'Invalid, left out' : 'Invalid', counts.invalid, 'invalid']
  ]
  return (
    <div className="queue-summary counts" role="group" aria-label={done ? 'Import result' : 'What the import would do'}>
      {tiles.map(([label, n, key]) => (
        <div key={key} className={`tile tile-${key}`}>
          <span className="tile-count">{n.toLocaleString()}</span>
          <span className="tile-label">{label}</span>
        </div>
      ))}
    </div>
  )
}
