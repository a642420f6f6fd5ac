// Keeps tracker_index (our copy of who is in TrackerRMS) fresh. TrackerRMS's searches ignore text filters, so the
// duplicate check cannot ask it "is there an Ann Lee?"; instead every candidate is read once (the first full read,
// resumable page by page: index-reader.ts runs it in the background from connect) and then only what changed since
// (updatedAfter), right before creates and now and then.
import type { ListingVariant } from '../../shared/api/connection'
import { beginFullRead, getCrawlState, idsReadSince, saveCheckpoint, saveCrawlState, type CrawlState } from '../db/tracker-crawl'
import { upsertIndexRecord } from '../db/tracker-index'
import { hasCreatedRecords, isIndexed } from '../db/tracker-twins'
import type { CoreContext } from '../lib/context'
import type { CrawlPage, TrackerClient, TrackerResourceSummary } from '../trackerrms/types'
import { findTwins } from './twins'

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
 * also asks TrackerRMS itself (checkPerson: email, phone, LinkedIn URL), and every record the app creates or links
 * is in the index at once; a same-name record created by someone else in this window is the gap (README).
 */
const FULL_REREAD_EVERY_MS = 30 * 60_000

export interface RefreshResult {
  /** incomplete: the first full read is not done, so no delta was read (index-reader.ts reads it). */
  kind: 'full' | 'delta' | 'fresh' | 'incomplete'
  pages: number
  records: number
  /** Records the index did not know before. */
  added: number
}

/** Where the first full read stands after a page. */
export interface FullReadProgress {
  rows: number
  total: number | null
  variant: ListingVariant
  page: number
}

export class TrackerIndexRefresher {
  /** The delta under way, shared by concurrent callers. */
  private inFlight: Promise<RefreshResult> | null = null
  /** The first full read under way (exports never wait for it: they wait in the queue instead). */
  private fullInFlight: Promise<RefreshResult> | null = null
  private lastRefreshMs = 0
  private lastHost: string | null = null

  constructor(
    private readonly ctx: CoreContext,
    /** A refresh newer than this is reused (the amortisation that keeps API calls per export near 3). */
    private readonly freshForMs: number,
    /** The same where a refresh means re-reading every candidate. */
    private readonly rereadEveryMs: number = FULL_REREAD_EVERY_MS
  ) {}

  /** Whether the first full read of this host's candidate list has finished. */
  isComplete(host: string): boolean {
    return Boolean(getCrawlState(this.ctx.db, host)?.fullCrawlAt)
  }

  /**
   * A delta, unless a recent enough one finished (force: always). Before the first full read is done it reads
   * nothing ('incomplete'). Concurrent callers share one read; a forced refresh reads anew after it.
   */
  refresh(client: TrackerClient, host: string, options: { force?: boolean } = {}): Promise<RefreshResult> {
    const row = getCrawlState(this.ctx.db, host)
    if (!row?.fullCrawlAt) return Promise.resolve({ kind: 'incomplete', pages: 0, records: 0, added: 0 })
    // A forced refresh is a read that starts now: one already under way may have started before what it must see.
    if (this.inFlight) return options.force ? this.inFlight.catch(() => undefined).then(() => this.refresh(client, host, options)) : this.inFlight
    const reuseFor = client.readsChangesOnly() ? this.freshForMs : Math.max(this.freshForMs, this.rereadEveryMs)
    const fresh = this.lastHost === host && this.ctx.clock.now().getTime() - this.lastRefreshMs < reuseFor
    if (fresh && !options.force) return Promise.resolve({ kind: 'fresh', pages: 0, records: 0, added: 0 })
    this.inFlight = this.delta(client, host, row).finally(() => (this.inFlight = null))
    return this.inFlight
  }

  /**
   * The first full read, from its checkpoint: each page's rows and the checkpoint are written in one transaction,
   * so a crash costs at most the page in flight. `keepGoing` is asked between pages (false: stop, resume later).
   */
  readAll(client: TrackerClient, host: string, onPage: (progress: FullReadProgress) => void, keepGoing: () => boolean): Promise<RefreshResult> {
    if (this.fullInFlight) return this.fullInFlight
    this.fullInFlight = this.full(client, host, onPage, keepGoing).finally(() => (this.fullInFlight = null))
    return this.fullInFlight
  }

  private async full(client: TrackerClient, host: string, onPage: (p: FullReadProgress) => void, keepGoing: () => boolean): Promise<RefreshResult> {
    const db = this.ctx.db
    let state = getCrawlState(db, host)
    if (state?.fullCrawlAt) return { kind: 'fresh', pages: 0, records: 0, added: 0 }
    if (!state?.checkpoint) {
      beginFullRead(db, host, this.ctx.now())
      state = getCrawlState(db, host) as CrawlState
    }
    const point = state.checkpoint as NonNullable<CrawlState['checkpoint']>
    const seenAt = point.startedAt
    const resume = point.variant ? { variant: point.variant, fromPage: point.nextPage, seen: idsReadSince(db, seenAt) } : null
    let rows = point.rows
    let pages = 0
    let added = 0
    let ended = false
    for await (const page of client.crawlResources({ resume })) {
      // A checkpoint of another variant (the Widget stopped answering, say) starts over: count from zero again.
      if (page.variant !== point.variant && pages === 0 && resume) rows = 0
      db.transaction(() => {
        const stored = this.store(page.rows, seenAt, false)
        added += stored.added
        rows += page.rows.length
        saveCheckpoint(db, host, { variant: page.variant, nextPage: page.page + 1, rows, total: page.total }, stored.watermark)
      }).immediate()
      pages++
      onPage({ rows, total: page.total, variant: page.variant, page: page.page })
      if (page.last) ended = true
      if (!keepGoing()) break
    }
    if (!ended && !keepGoing()) return { kind: 'incomplete', pages, records: rows, added }
    const watermark = getCrawlState(db, host)?.watermark ?? null
    saveCrawlState(db, { host, watermark, full: true, refreshedAt: this.ctx.now() })
    this.lastRefreshMs = this.ctx.clock.now().getTime()
    this.lastHost = host
    this.ctx.log.info('index.refreshed', { kind: 'full', pages, records: rows })
    return { kind: 'full', pages, records: rows, added }
  }

  private async delta(client: TrackerClient, host: string, row: CrawlState): Promise<RefreshResult> {
    const startedAt = this.ctx.clock.now()
    const since = deltaStart(row)
    let watermark = row.watermark
    let pages = 0
    let records = 0
    let added = 0
    const seenAt = startedAt.toISOString()
    for await (const page of client.crawlResources({ updatedAfter: since }) as AsyncIterable<CrawlPage>) {
      this.ctx.db
        .transaction(() => {
          const stored = this.store(page.rows, seenAt, true)
          added += stored.added
          if (stored.watermark && (!watermark || stored.watermark > watermark)) watermark = stored.watermark
        })
        .immediate()
      pages++
      records += page.rows.length
    }
    // With no dated record seen yet, the watermark stays empty and the next delta starts from this read (our clock).
    saveCrawlState(this.ctx.db, { host, watermark, full: false, refreshedAt: seenAt })
    this.lastRefreshMs = startedAt.getTime()
    this.lastHost = host
    this.ctx.log.info('index.refreshed', { kind: 'delta', pages, records, added })
    return { kind: 'delta', pages, records, added }
  }

  /**
   * Upserts one page. A delta also tells which records are new to the index (so exports waiting for a record are
   * released) and checks them against the records this app created; the first read needs neither (nothing is
   * created before it ends), so it spends no lookup per row.
   */
  private store(page: TrackerResourceSummary[], seenAt: string, delta: boolean): { watermark: string | null; added: number } {
    let watermark: string | null = null
    const records = page.map((r) => ({ resourceId: r.id, fullName: r.fullName, email: r.email, linkedinUrl: r.linkedinUrl, updatedAt: r.updatedAt }))
    const fresh = delta ? records.filter((r) => !isIndexed(this.ctx.db, r.resourceId)) : records
    for (const record of records) {
      upsertIndexRecord(this.ctx.db, record, 'crawl', seenAt)
      if (record.updatedAt && (!watermark || record.updatedAt > watermark)) watermark = record.updatedAt
    }
    if (delta && fresh.length && hasCreatedRecords(this.ctx.db)) for (const record of fresh) findTwins(this.ctx, record)
    return { watermark, added: fresh.length }
  }
}

/** Where a delta starts: TrackerRMS's newest updated time, or (none seen yet) our last refresh, with the overlap due. */
export function deltaStart(row: Pick<CrawlState, 'watermark' | 'fullCrawlAt' | 'lastRefreshAt'>): string {
  if (row.watermark) return new Date(Date.parse(row.watermark) - DELTA_OVERLAP_MS).toISOString()
  const ours = row.lastRefreshAt ?? row.fullCrawlAt
  return new Date(Date.parse(ours as string) - CLOCK_SKEW_MS).toISOString()
}
