// Keeps tracker_index (our copy of who is in TrackerRMS) fresh. TrackerRMS's searches ignore text filters, so the
// duplicate check cannot ask it "is there an Ann Lee?"; instead we crawl every candidate once (10 a page) and then
// fetch only what changed since the last crawl (updatedAfter).
import { getCrawlState, saveCrawlState, type CrawlState } from '../db/tracker-crawl'
import { upsertIndexRecord } from '../db/tracker-index'
import type { CoreContext } from '../lib/context'
import type { TrackerClient, TrackerResourceSummary } from '../trackerrms/types'

/**
 * A delta starts a little before the newest updated time TrackerRMS has shown us: a record stamped just before it
 * but saved (visible) just after our last read is not missed. Both times are TrackerRMS's own, so no clock skew is
 * involved, and the overlap stays short: each overlap second is re-read at every refresh (the 1,000-candidate sync
 * benchmark read 12 % more pages with a 2-minute overlap).
 */
export const DELTA_OVERLAP_MS = 10_000
/** Before TrackerRMS has shown us any dated record, deltas start from our own clock: allow for skew between them. */
export const CLOCK_SKEW_MS = 5 * 60_000

/**
 * Where TrackerRMS cannot list only what changed (it ignores updatedAfter), a refresh re-reads every candidate: at
 * most this often, unless forced (after an interrupted create). Meanwhile the duplicate check before each create
 * also asks TrackerRMS itself (checkPerson: email, LinkedIn URL), and every record the app creates or links is in
 * the index at once; a same-name record created by someone else in this window is the gap (README, Known limits).
 */
const FULL_REREAD_EVERY_MS = 30 * 60_000

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
    private readonly freshForMs: number,
    /** The same where a refresh means re-reading every candidate. */
    private readonly rereadEveryMs: number = FULL_REREAD_EVERY_MS
  ) {}

  /** Refreshes unless a recent enough refresh finished (force: always). Concurrent callers share one refresh. */
  refresh(client: TrackerClient, host: string, options: { force?: boolean } = {}): Promise<RefreshResult> {
    if (this.inFlight) return this.inFlight
    const reuseFor = client.readsChangesOnly() ? this.freshForMs : Math.max(this.freshForMs, this.rereadEveryMs)
    const fresh = this.lastHost === host && this.ctx.clock.now().getTime() - this.lastRefreshMs < reuseFor
    if (fresh && !options.force) return Promise.resolve({ kind: 'fresh', pages: 0, records: 0 })
    this.inFlight = this.crawl(client, host).finally(() => (this.inFlight = null))
    return this.inFlight
  }

  private async crawl(client: TrackerClient, host: string): Promise<RefreshResult> {
    const startedAt = this.ctx.clock.now()
    const row = getCrawlState(this.ctx.db, host)
    const full = !row?.fullCrawlAt
    const since = full ? undefined : deltaStart(row!)
    let watermark = row?.watermark ?? null
    let pages = 0
    let records = 0
    const seenAt = startedAt.toISOString()
    const upsertPage = this.ctx.db.transaction((page: TrackerResourceSummary[]) => {
      for (const r of page) {
        upsertIndexRecord(
          this.ctx.db,
          { resourceId: r.id, fullName: r.fullName, email: r.email, linkedinUrl: r.linkedinUrl, updatedAt: r.updatedAt },
          'crawl',
          seenAt
        )
        if (r.updatedAt && (!watermark || r.updatedAt > watermark)) watermark = r.updatedAt
      }
    })
    for await (const page of client.crawlResources(since ? { updatedAfter: since } : {})) {
      upsertPage(page)
      pages++
      records += page.length
    }
    // With no dated record seen yet, the watermark stays empty and the next delta starts from this crawl (our clock).
    const mark = watermark
    saveCrawlState(this.ctx.db, { host, watermark: mark, full, refreshedAt: seenAt })
    this.lastRefreshMs = startedAt.getTime()
    this.lastHost = host
    this.ctx.log.info('index.refreshed', { kind: full ? 'full' : 'delta', pages, records })
    return { kind: full ? 'full' : 'delta', pages, records }
  }
}

/** Where a delta starts: TrackerRMS's newest updated time, or (none seen yet) our last refresh, with the overlap due. */
export function deltaStart(row: Pick<CrawlState, 'watermark' | 'fullCrawlAt' | 'lastRefreshAt'>): string {
  if (row.watermark) return new Date(Date.parse(row.watermark) - DELTA_OVERLAP_MS).toISOString()
  const ours = row.lastRefreshAt ?? row.fullCrawlAt
  return new Date(Date.parse(ours as string) - CLOCK_SKEW_MS).toISOString()
}
