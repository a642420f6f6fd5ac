// Background results as toasts: an export that finished (created or linked, with the record number), failed (with
// TrackerRMS's reason and a way to Activity) or is held for the user's decision. Only changes this page saw happen,
// or that happened moments ago. The exports of one "Export to ATS" are one batch: one summary toast when all of
// them have settled, not one per candidate (the dialog lists each already).
import { toast } from 'sonner'
import type { QueueEntry } from '../../../shared/api/sync'
import { plural } from '../../../shared/plural'
import type { QueueState } from '../../../shared/domain'
import type { ApiClient } from './client'

const TERMINAL: QueueState[] = ['done', 'failed', 'cancelled']
/** An export first seen already finished counts as news if it finished this recently. */
const FRESH_MS = 20_000
const MAX_LOOKUP = 200

/** The batches of "Export to ATS" not announced yet (shared by the dialog that sends them and the toasts). */
const batches: Set<number>[] = []

/** The exports of one "Export to ATS": announced together once every one has settled. */
export function announceAsBatch(queueIds: number[]): void {
  if (queueIds.length) batches.push(new Set(queueIds))
}

const held = (e: QueueEntry) => e.state === 'waiting' && e.waitingFor === 'decision'
/** Nothing more happens to it without the user (a resume waiting for the Widget API is in TrackerRMS already). */
const settled = (e: QueueEntry) => TERMINAL.includes(e.state) || e.state === 'waiting'
const goToActivity = { label: 'Activity', onClick: () => void (window.location.hash = '#/activity') }

/** "Created #10202", "Linked to #10011". */
export function recordWords(entry: Pick<QueueEntry, 'recordHow' | 'trackerResourceId'>): string {
  const id = entry.trackerResourceId
  if (id === null) return 'Sent'
  if (entry.recordHow === 'created') return `Created #${id}`
  if (entry.recordHow === 'linked') return `Linked to #${id}`
  return `Record #${id}`
}

/** "2 created, 1 linked, 1 needs your decision, 1 failed". */
function summary(entries: QueueEntry[]): string {
  const done = entries.filter((e) => e.state === 'done')
  const parts: [number, string][] = [
    [done.filter((e) => e.recordHow === 'created').length, 'created'],
    [done.filter((e) => e.recordHow === 'linked').length, 'linked'],
    [done.filter((e) => e.recordHow !== 'created' && e.recordHow !== 'linked').length, 'in TrackerRMS'],
    [entries.filter(held).length, 'waiting for your decision'],
    [entries.filter((e) => e.state === 'waiting' && !held(e)).length, 'on hold'],
    [entries.filter((e) => e.state === 'failed').length, 'failed'],
    [entries.filter((e) => e.state === 'cancelled').length, 'cancelled']
  ]
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join(', ')
}

function announceBatch(entries: QueueEntry[]): void {
  const needsUser = entries.some((e) => e.state === 'failed' || held(e))
  const title = `Export to ATS: ${plural(entries.length, 'candidate')}`
  if (needsUser) toast.warning(title, { description: `${summary(entries)}.`, action: goToActivity })
  else toast.success(title, { description: `${summary(entries)}.` })
}

function announce(entries: QueueEntry[]): void {
  const done = entries.filter((e) => e.state === 'done')
  const failed = entries.filter((e) => e.state === 'failed')
  if (done.length === 1) {
    const [entry] = done
    toast.success(`${entry.candidateName} is in TrackerRMS`, {
      description: `${recordWords(entry)}${entry.trackerJobId ? `, on job ${entry.trackerJobId}’s long list` : ''}.`
    })
  } else if (done.length > 1) {
    toast.success(`${done.length} candidates are in TrackerRMS`, {
      description: `${summary(done)}: ${done
        .map((e) => e.candidateName)
        .slice(0, 3)
        .join(', ')}${done.length > 3 ? '…' : ''}`
    })
  }
  for (const entry of entries.filter(held).slice(0, 3))
    toast.warning(`${entry.candidateName} needs your decision`, { description: entry.lastError ?? undefined, action: goToActivity })
  for (const entry of failed.slice(0, 3))
    toast.error(`Export of ${entry.candidateName} failed`, { description: entry.lastError ?? undefined, action: goToActivity })
  if (failed.length > 3) toast.error(`${failed.length - 3} more exports failed`, { description: 'See Activity.' })
}

export function createQueueToasts(client: ApiClient) {
  const known = new Map<number, QueueEntry>()
  const isNews = (entry: QueueEntry, before: QueueEntry | undefined) => {
    if (entry.state !== 'done' && entry.state !== 'failed' && !held(entry)) return false
    if (before === undefined) return Date.now() - Date.parse(entry.updatedAt) < FRESH_MS
    return before.state !== entry.state && !TERMINAL.includes(before.state)
  }

  return {
    changed(queueIds: number[]): void {
      // A batch is looked up whole when one of its exports changes: it is announced when the last one settles.
      const touched = batches.filter((batch) => queueIds.some((id) => batch.has(id)))
      const ids = [...new Set([...queueIds, ...touched.flatMap((batch) => [...batch])])].slice(0, MAX_LOOKUP)
      if (ids.length === 0) return
      client
        .call('sync.queueItems', { queueIds: ids })
        .then((entries) => {
          const news = entries.filter((entry) => {
            const before = known.get(entry.id)
            known.set(entry.id, entry)
            return isNews(entry, before) && !batches.some((batch) => batch.has(entry.id))
          })
          if (news.length) announce(news)
          for (const batch of touched) {
            const members = [...batch].map((id) => known.get(id))
            if (!members.every((e) => e && settled(e)) || !batches.includes(batch)) continue
            batches.splice(batches.indexOf(batch), 1)
            announceBatch(members as QueueEntry[])
          }
        })
        .catch(() => undefined)
    }
  }
}
