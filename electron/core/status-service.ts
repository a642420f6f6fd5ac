import type { StatusReport } from '../../shared/api/status'
import { storeCounts } from '../db/counts'
import { schemaVersion, LATEST_SCHEMA_VERSION } from '../db/open'
import type { CoreContext } from '../lib/context'
import type { SettingsService } from './settings-service'

export function createStatusService(ctx: CoreContext, dbPath: string, settings: SettingsService) {
  return {
    report(): StatusReport {
      const { jobs, candidates, queue, ledger } = storeCounts(ctx.db)
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
        counts: { jobs, candidates },
        queue,
        ledger
      }
    }
  }
}
