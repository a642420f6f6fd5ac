// Keeps tracker_index (our copy of who is in TrackerRMS) fresh. TrackerRMS's searches ignore text filters, so the
// duplicate check cannot ask it "is there an Ann Lee?"; instead we crawl every candidate once (10 a page) and then
// fetch only what changed since the last crawl (updatedAfter).
import { upsertIndexRecord } from '../db/tracker-index'
import type { CoreContext } from '../core/context'
import type { TrackerClient, TrackerResourceSummary } from '../trackerrms/types'

/** Deltas ask for a little more than strictly needed, in case TrackerRMS's clock and ours disagree. */
const OVERLAP_MS = 2 * 60_000

interface CrawlRow {
  host: string
  watermark: string | null
  full_crawl_at: string | null
  last_refresh_at: string | null
}

export interface RefreshResult {
  kind: 'full' | 'delta' | 'fresh'
  pages: number
  records: number
}

export class TrackerIndexRefresher {
  private inFlight: Promise<RefreshResult> | null = null
  private lastRefreshMs = 0
  private lastHost: string | null = null

  constructor(
    private readonly ctx: CoreContext,
    /** A refresh newer than this is reused (the amortisation that keeps API calls per export near 3). */
    private readonly freshForMs: number
  ) {}

  /** Refreshes unless a refresh finished within freshForMs (force: always). Concurrent callers share one refresh. */
  refresh(client: TrackerClient, host: string, options: { force?: boolean } = {}): Promise<RefreshResult> {
    if (this.inFlight) return this.inFlight
    const fresh = this.lastHost === host && this.ctx.clock.now().getTime() - this.lastRefreshMs < this.freshForMs
    if (fresh && !options.force) return Promise.resolve({ kind: 'fresh', pages: 0, records: 0 })
    this.inFlight = this.crawl(client, host).finally(() => (this.inFlight = null))
    return this.inFlight
  }

  private async crawl(client: TrackerClient, host: string): Promise<RefreshResult> {
    const startedAt = this.ctx.clock.now()
    const row = this.ctx.db.prepare('SELECT * FROM tracker_crawl WHERE host = ?').get(host) as CrawlRow | undefined
    const full = !row?.full_crawl_at
    const since = full ? undefined : new Date(Date.parse(row!.watermark ?? row!.full_crawl_at!) - OVERLAP_MS).toISOString()
    let watermark = row?.watermark ?? null
    let pages = 0
    let records = 0
    const seenAt = startedAt.toISOString()
    const upsertPage = this.ctx.db.transaction((page: TrackerResourceSummary[]) => {
      for (const r of page) {
        upsertIndexRecord(this.ctx.db, { resourceId: r.id, fullName: r.fullName, email: r.email, linkedinUrl: r.linkedinUrl, updatedAt: r.updatedAt }, 'crawl', seenAt)
        if (r.updatedAt && (!watermark || r.updatedAt > watermark)) watermark = r.updatedAt
      }
    })
    for await (const page of client.crawlResources(since ? { updatedAfter: since } : {})) {
      upsertPage(page)
      pages++
      records += page.length
    }
    // With no dated records at all, the next delta starts from when this crawl began.
    const mark = watermark ?? seenAt
    this.ctx.db
      .prepare(
        `INSERT INTO tracker_crawl (host, watermark, full_crawl_at, last_refresh_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (host) DO UPDATE SET watermark = excluded.watermark,
           full_crawl_at = COALESCE(tracker_crawl.full_crawl_at, excluded.full_crawl_at), last_refresh_at = excluded.last_refresh_at`
      )
      .run(host, mark, full ? seenAt : null, seenAt)
    this.lastRefreshMs = startedAt.getTime()
    this.lastHost = host
    this.ctx.log.info('index.refreshed', { kind: full ? 'full' : 'delta', pages, records })
    return { kind: full ? 'full' : 'delta', pages, records }
  }
}
