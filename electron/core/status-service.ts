import type { StatusReport } from '../../shared/api/status'
import { QUEUE_STATES, type LedgerHow, type QueueState } from '../../shared/domain'
import { schemaVersion, LATEST_SCHEMA_VERSION } from '../db/open'
import type { CoreContext } from '../lib/context'
import type { SettingsService } from './settings-service'

export function createStatusService(ctx: CoreContext, dbPath: string, settings: SettingsService) {
  return {
    report(): StatusReport {
      const count = (sql: string) => (ctx.db.prepare(sql).get() as { n: number }).n
      const queue = Object.fromEntries(QUEUE_STATES.map((s) => [s, 0])) as Record<QueueState, number>
      for (const row of ctx.db.prepare('SELECT state, COUNT(*) AS n FROM sync_queue GROUP BY state').all() as { state: QueueState; n: number }[])
        queue[row.state] = row.n
      const ledger = { created: 0, linked: 0, imported: 0, total: 0 }
      for (const row of ctx.db.prepare('SELECT how, COUNT(*) AS n FROM sync_ledger GROUP BY how').all() as { how: LedgerHow; n: number }[]) {
        ledger[row.how] = row.n
        ledger.total += row.n
      }
      const connectedAt = settings.connectionValue('connected-at')
      return {
        dataDir: ctx.dataDir,
        database: { path: dbPath, schemaVersion: schemaVersion(ctx.db), latestSchemaVersion: LATEST_SCHEMA_VERSION },
        connection: {
          connected: connectedAt !== null,
          region: settings.connectionValue('region'),
          restUrl: settings.connectionValue('rest-url'),
          webHost: settings.connectionValue('web-host'),
          connectedAt,
          connectedBy: settings.connectionValue('connected-by'),
          tokenStore: ctx.secrets.kind
        },
        counts: { jobs: count('SELECT COUNT(*) AS n FROM jobs'), candidates: count('SELECT COUNT(*) AS n FROM candidates') },
        queue,
        ledger
      }
    }
  }
}
