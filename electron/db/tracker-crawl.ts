// How far the TrackerRMS index has been read, per TrackerRMS host (tracker_crawl).
import type { Db } from './open'
import { statement } from './statements'

export interface CrawlState {
  host: string
  /** The newest "updated" time TrackerRMS has shown us (its own clock); null before any dated record. */
  watermark: string | null
  /** When the first full read finished; null until it has. */
  fullCrawlAt: string | null
  lastRefreshAt: string | null
}

interface CrawlRow {
  host: string
  watermark: string | null
  full_crawl_at: string | null
  last_refresh_at: string | null
}

export function getCrawlState(db: Db, host: string): CrawlState | null {
  const row = statement(db, 'SELECT * FROM tracker_crawl WHERE host = ?').get(host) as CrawlRow | undefined
  return row ? { host: row.host, watermark: row.watermark, fullCrawlAt: row.full_crawl_at, lastRefreshAt: row.last_refresh_at } : null
}

/** Records a finished read: a full one sets fullCrawlAt (once; later reads keep the first). */
export function saveCrawlState(db: Db, state: { host: string; watermark: string | null; full: boolean; refreshedAt: string }): void {
  statement(
    db,
    `INSERT INTO tracker_crawl (host, watermark, full_crawl_at, last_refresh_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (host) DO UPDATE SET watermark = excluded.watermark,
       full_crawl_at = COALESCE(tracker_crawl.full_crawl_at, excluded.full_crawl_at), last_refresh_at = excluded.last_refresh_at`
  ).run(state.host, state.watermark, state.full ? state.refreshedAt : null, state.refreshedAt)
}
