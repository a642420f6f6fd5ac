// Forwards the core's push events to one window or one event stream. 'data.changed' is coalesced per kind:
// moving 5,000 candidates emits 5,000 of them, and the page needs to refetch once, not 5,000 times.
import type { ApiEventMessage } from '../../shared/api'
import type { CoreEventBus } from '../core/events'

export function forwardEvents(bus: CoreEventBus, send: (message: ApiEventMessage) => void, coalesceMs = 50): () => void {
  const pending = new Set<'jobs' | 'candidates' | 'settings'>()
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    timer = null
    for (const what of pending) send({ name: 'data.changed', payload: { what } })
    pending.clear()
  }
  const off = bus.onAny((name, payload) => {
    if (name === 'data.changed') {
      pending.add((payload as { what: 'jobs' | 'candidates' | 'settings' }).what)
      timer ??= setTimeout(flush, coalesceMs)
      return
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
