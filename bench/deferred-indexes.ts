// For the benchmark's floor (csv-floor.ts): what SQLite alone would cost if the importer set indexes aside. The
// importer itself no longer does — it commits in slices (db/write-slices.ts), and a dropped index would be committed
// with the first one. Kept to measure what that costs. A big import into a small table: the table's secondary indexes are set aside while the rows go in and built
// again before the import's transaction commits. Adding 100,000 rows one by one to four indexes on random keys
// (names, emails) costs about twice the rows themselves; building each index once from the finished table is a sort.
// Only worth it when the import adds at least as many rows as the table held, so the indexes are dropped at that
// point of the import, never before. Dropping and creating happen inside the import's ONE transaction: after a
// failure or a crash the indexes are exactly as they were, and a committed import has all of them. The indexes are
// re-created from their own CREATE statements in sqlite_master, so the migrations stay the one place that defines
// them. UNIQUE indexes are never touched: they enforce rules the import relies on.
import type { Db } from '../electron/db/open'

/** Below this many added rows an import keeps the indexes (rebuilding costs a scan of the whole table). */
const MIN_ROWS_TO_DEFER = 5_000

export class DeferredIndexes {
  private added = 0
  private readonly threshold: number
  private dropped: { name: string; sql: string }[] | null = null

  /** `rowsBefore`: the table's rows before the import (an upper bound will do). */
  constructor(
    private readonly db: Db,
    private readonly table: string,
    rowsBefore: number
  ) {
    this.threshold = Math.max(rowsBefore, MIN_ROWS_TO_DEFER)
  }

  /** Counts one row added to the table; drops the indexes when the import has become as big as the table was. */
  add(): void {
    if (++this.added === this.threshold && this.dropped === null) this.drop()
  }

  /** Builds the dropped indexes again (call before the transaction commits). */
  finish(): void {
    if (this.dropped === null) return
    for (const index of this.dropped) this.db.exec(index.sql)
    this.dropped = null
  }

  private drop(): void {
    const indexes = this.db
      .prepare(
        `SELECT name, sql FROM sqlite_master
          WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name`
      )
      .all(this.table) as { name: string; sql: string }[]
    for (const index of indexes) this.db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`)
    this.dropped = indexes
  }
}
