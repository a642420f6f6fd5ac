import type { Db } from '../db/open'
import type { SecretStore } from '../secrets'
import type { Clock } from './clock'
import type { CoreEventBus } from './events'
import type { Logger } from './log'

/** What every service is built from. Created once by createCore. */
export interface CoreContext {
  dataDir: string
  db: Db
  clock: Clock
  log: Logger
  secrets: SecretStore
  fetch: typeof fetch
  /** Push events for the UI (queue changes, import progress, connection state). */
  events: CoreEventBus
  /** Current time as stored in the database (ISO-8601 UTC). */
  now(): string
}
