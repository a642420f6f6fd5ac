import { EventEmitter } from 'node:events'
import type { CoreEventName, CoreEvents } from '../../shared/events'

/** A typed event bus owned by the core. Listener errors are contained so one bad listener cannot stop the sync. */
export class CoreEventBus {
  private readonly emitter = new EventEmitter()

  constructor() {
    this.emitter.setMaxListeners(100)
  }

  emit<K extends CoreEventName>(name: K, payload: CoreEvents[K]): void {
    for (const listener of this.emitter.listeners(name)) {
      try {
        ;(listener as (p: CoreEvents[K]) => void)(payload)
      } catch {
        // a listener's failure is its own problem; the emitter carries on
      }
    }
  }

  on<K extends CoreEventName>(name: K, listener: (payload: CoreEvents[K]) => void): () => void {
    this.emitter.on(name, listener)
    return () => this.emitter.off(name, listener)
  }

  /** Every event, for forwarding (IPC, server-sent events). */
  onAny(listener: <K extends CoreEventName>(name: K, payload: CoreEvents[K]) => void): () => void {
    const names: CoreEventName[] = ['queue.changed', 'queue.state', 'connection.changed', 'import.progress', 'index.progress', 'data.changed']
    const offs = names.map((name) => this.on(name, (payload) => listener(name, payload as never)))
    return () => offs.forEach((off) => off())
  }
}
