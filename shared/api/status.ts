// The app's state at a glance: data folder, schema, connection, counts.
import type { LedgerHow, QueueState } from '../domain'
import { call } from './define'
import { noInput } from './fields'

export interface StatusReport {
  dataDir: string
  database: { path: string; schemaVersion: number; latestSchemaVersion: number }
  connection: {
    connected: boolean
    region: string | null
    restUrl: string | null
    webHost: string | null
    connectedAt: string | null
    connectedBy: string | null
    tokenStore: 'keychain' | 'environment'
    /** This data folder's keychain entry for the token (null: not connected, or the token comes from the environment). */
    tokenEntry: string | null
    /** Connected, but that entry is not in the keychain: reconnect. */
    tokenMissing: boolean
    /** What stops exports now (the token missing, the keychain unreachable), in words; null when nothing. */
    problem: string | null
  }
  counts: { jobs: number; candidates: number }
  queue: Record<QueueState, number>
  ledger: Record<LedgerHow, number> & { total: number }
}

export const statusCalls = {
  'status.get': call<StatusReport>()(noInput, 'Data folder, database, TrackerRMS connection, queue and ledger counts.')
}
