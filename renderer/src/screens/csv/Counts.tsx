import type { ImportCounts } from '../../../../shared/csv/types'

/** New / updated / skipped / invalid, as tiles. */
export function Counts({ counts, done = false }: { counts: ImportCounts; done?: boolean }) {
  const tiles: [string, number, string][] = [
    [done ? 'Added' : 'New', counts.new, 'new'],
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
