// Forwards the core's push events to one window or one event stream. Bursts are coalesced: moving 5,000 candidates
// emits 5,000 'data.changed' and a bulk export as many 'queue.changed'; the page needs one of each per moment, so
// 'data.changed' is merged per kind and 'queue.changed' into one event carrying every id (capped; past the cap the
// page simply refetches what it shows). Other events go out at once, in order.
import type { ApiEventMessage } from '../../shared/api'
import type { CoreEventBus } from '../lib/events'

type What = 'jobs' | 'candidates' | 'settings'
/** Most ids one coalesced 'queue.changed' carries. */
const MAX_IDS = 1000

export function forwardEvents(bus: CoreEventBus, send: (message: ApiEventMessage) => void, coalesceMs = 50): () => void {
  const pending = new Set<What>()
  const queueIds = new Set<number>()
  const candidateIds = new Set<number>()
  let queueDirty = false
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    timer = null
    if (queueDirty) send({ name: 'queue.changed', payload: { queueIds: [...queueIds], candidateIds: [...candidateIds] } })
    for (const what of pending) send({ name: 'data.changed', payload: { what } })
    pending.clear()
    queueIds.clear()
    candidateIds.clear()
    queueDirty = false
  }
  const later = () => void (timer ??= setTimeout(flush, coalesceMs))
  const off = bus.onAny((name, payload) => {
    if (name === 'data.changed') {
      pending.add((payload as { what: What }).what)
      return later()
    }
    if (name === 'queue.changed') {
      const change = payload as { queueIds: number[]; candidateIds: number[] }
      queueDirty = true
      for (const id of change.queueIds) if (queueIds.size < MAX_IDS) queueIds.add(id)
      for (const id of change.candidateIds) if (candidateIds.size < MAX_IDS) candidateIds.add(id)
      return later()
    }
    send({ name, payload } as ApiEventMessage)
  })
  return () => {
    off()
    if (timer) clearTimeout(timer)
    timer = null
    pending.clear()
  }
}
