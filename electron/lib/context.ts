import type Database from 'better-sqlite3'
import type { Clock } from './clock'
import type { CoreEventBus } from './events'
import type { Logger } from './log'
import type { SecretStore } from './secret-store'

/** What every service is built from. Created once by createCore. */
export interface CoreContext {
  dataDir: string
  db: Database.Database
  clock: Clock
  log: Logger
  secrets: SecretStore
  fetch: typeof fetch
  /** Push events for the UI (queue changes, import progress, connection state). */
  events: CoreEventBus
  /** Current time as stored in the database (ISO-8601 UTC). */
  now(): string
}
