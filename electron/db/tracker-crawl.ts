// How far the TrackerRMS index has been read, per TrackerRMS host (tracker_crawl): the watermark for deltas, when
// the first full read finished, and — while it has not — its checkpoint, written after every page.
import type { ListingVariant } from '../../shared/api/connection'
import type { Db } from './open'
import { statement } from './statements'

export interface CrawlState {
  host: string
  /** The newest "updated" time TrackerRMS has shown us (its own clock); null before any dated record. */
  watermark: string | null
  /** When the first full read finished; null until it has. */
  fullCrawlAt: string | null
  lastRefreshAt: string | null
  /** The first full read under way (null when none is, or it is done). */
  checkpoint: CrawlCheckpoint | null
}

export interface CrawlCheckpoint {
  /** When this read started: the rows it has read carry this time as seen_at. */
  startedAt: string
  variant: ListingVariant | null
  /** The first page not yet read. */
  nextPage: number
  rows: number
  total: number | null
}

interface CrawlRow {
  host: string
  watermark: string | null
  full_crawl_at: string | null
  last_refresh_at: string | null
  crawl_started_at: string | null
  crawl_variant: ListingVariant | null
  crawl_next_page: number | null
  crawl_rows: number
  crawl_total: number | null
}

export function getCrawlState(db: Db, host: string): CrawlState | null {
  const row = statement(db, 'SELECT * FROM tracker_crawl WHERE host = ?').get(host) as CrawlRow | undefined
  if (!row) return null
  const checkpoint =
    row.crawl_started_at && !row.full_crawl_at
      ? { startedAt: row.crawl_started_at, variant: row.crawl_variant, nextPage: row.crawl_next_page ?? 1, rows: row.crawl_rows, total: row.crawl_total }
      : null
  return { host: row.host, watermark: row.watermark, fullCrawlAt: row.full_crawl_at, lastRefreshAt: row.last_refresh_at, checkpoint }
}

/** Starts (or restarts, in another variant) the first full read. */
export function beginFullRead(db: Db, host: string, startedAt: string): void {
  statement(
    db,
    `INSERT INTO tracker_crawl (host, crawl_started_at, crawl_next_page, crawl_rows) VALUES (?, ?, 1, 0)
     ON CONFLICT (host) DO UPDATE SET crawl_started_at = excluded.crawl_started_at, crawl_variant = NULL, crawl_next_page = 1,
       crawl_rows = 0, crawl_total = NULL`
  ).run(host, startedAt)
}

/** The checkpoint after a page: written in the same transaction as the page's rows. */
export function saveCheckpoint(db: Db, host: string, point: Omit<CrawlCheckpoint, 'startedAt'>, watermark: string | null): void {
  statement(
    db,
    `UPDATE tracker_crawl SET crawl_variant = ?, crawl_next_page = ?, crawl_rows = ?, crawl_total = ?,
       watermark = CASE WHEN watermark IS NULL OR ? > watermark THEN ? ELSE watermark END WHERE host = ?`
  ).run(point.variant, point.nextPage, point.rows, point.total, watermark, watermark, host)
}

/** Records a finished read: a full one sets fullCrawlAt (once; later reads keep the first) and ends the checkpoint. */
export function saveCrawlState(db: Db, state: { host: string; watermark: string | null; full: boolean; refreshedAt: string }): void {
  statement(
    db,
    `INSERT INTO tracker_crawl (host, watermark, full_crawl_at, last_refresh_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (host) DO UPDATE SET watermark = excluded.watermark,
       full_crawl_at = COALESCE(tracker_crawl.full_crawl_at, excluded.full_crawl_at), last_refresh_at = excluded.last_refresh_at`
  ).run(state.host, state.watermark, state.full ? state.refreshedAt : null, state.refreshedAt)
}

/** The ids an interrupted first read has already read (they carry its start time). */
export function idsReadSince(db: Db, seenAt: string): number[] {
  return (statement(db, `SELECT resource_id FROM tracker_index WHERE source = 'crawl' AND seen_at = ?`).raw().all(seenAt) as [number][]).map((r) => r[0])
}

/** How many TrackerRMS candidates the index knows. */
export function indexSize(db: Db): number {
  return (statement(db, 'SELECT COUNT(*) AS n FROM tracker_index').get() as { n: number }).n
}
