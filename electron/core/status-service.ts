import type { StatusReport } from '../../shared/api/status'
import { storeCounts } from '../db/counts'
import { schemaVersion, LATEST_SCHEMA_VERSION } from '../db/open'
import type { CoreContext } from '../lib/context'
import type { ConnectionService } from './connection-service'
import type { KeychainEntries } from './keychain-entries'
import type { SettingsService } from './settings-service'

export function createStatusService(ctx: CoreContext, dbPath: string, settings: SettingsService, connection: ConnectionService, keychain: KeychainEntries) {
  /** The report from what is stored and known now (the keychain as last looked at). */
  function report(): StatusReport {
    const { jobs, candidates, queue, ledger } = storeCounts(ctx.db)
    const connectedAt = settings.connectionValue('connected-at')
    const restUrl = settings.connectionValue('rest-url')
    const info = connection.info()
    return {
      dataDir: ctx.dataDir,
      database: { path: dbPath, schemaVersion: schemaVersion(ctx.db), latestSchemaVersion: LATEST_SCHEMA_VERSION },
      connection: {
        connected: connectedAt !== null,
        region: settings.connectionValue('region'),
        restUrl,
        webHost: settings.connectionValue('web-host'),
        connectedAt,
        connectedBy: settings.connectionValue('connected-by'),
        tokenStore: ctx.secrets.kind,
        tokenEntry: connectedAt !== null && restUrl && ctx.secrets.kind === 'keychain' ? keychain.names(restUrl).token : null,
        tokenMissing: info.tokenMissing,
        problem: info.problem?.message ?? null
      },
      counts: { jobs, candidates },
      queue,
      ledger
    }
  }
  return {
    report,
    /** The report after looking in the keychain: connected with no token there says so (`status`, the screens). */
    async checked(): Promise<StatusReport> {
      await connection.checkToken()
      return report()
    }
  }
}
