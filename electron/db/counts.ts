// The counts the status report shows: jobs, candidates, the queue by state and the ledger by how.
import { QUEUE_STATES, type LedgerHow, type QueueState } from '../../shared/domain'
import type { Db } from './open'

export interface StoreCounts {
  jobs: number
  candidates: number
  queue: Record<QueueState, number>
  ledger: Record<LedgerHow, number> & { total: number }
}

export function storeCounts(db: Db): StoreCounts {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
  const queue = Object.fromEntries(QUEUE_STATES.map((s) => [s, 0])) as Record<QueueState, number>
  for (const row of db.prepare('SELECT state, COUNT(*) AS n FROM sync_queue GROUP BY state').all() as { state: QueueState; n: number }[])
    queue[row.state] = row.n
  const ledger = { created: 0, linked: 0, imported: 0, total: 0 }
  for (const row of db.prepare('SELECT how, COUNT(*) AS n FROM sync_ledger GROUP BY how').all() as { how: LedgerHow; n: number }[]) {
    ledger[row.how] = row.n
    ledger.total += row.n
  }
  return { jobs: count('SELECT COUNT(*) AS n FROM jobs'), candidates: count('SELECT COUNT(*) AS n FROM candidates'), queue, ledger }
}
