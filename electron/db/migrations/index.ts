import type { Migration } from './types'
import { migration001 } from './001-initial'
import { migration002 } from './002-csv-imports'
import { migration003 } from './003-sync-near-miss'
import { migration004 } from './004-review-indexes'
import { migration005 } from './005-import-memberships'
import { migration006 } from './006-export-facts'
import { migration007 } from './007-agency-scale'
import { migration008 } from './008-import-runs'
import { migration009 } from './009-doubtful-matches'

/** Every migration in order. Append only: never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version
export type { Migration }
