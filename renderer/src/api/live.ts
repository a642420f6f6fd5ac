// Push events -> fresh screens. Each event refreshes the calls whose data it touches (bursts are merged into one
// refresh); finished and failed exports become toasts; menu commands are handed to the shell. Components that need
// an event itself (the import wizard's progress) subscribe with useApiEvent.
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { ApiEventMessage, ApiEventName, ApiEvents, ShellCommand } from '../../../shared/api/events'
import type { SyncStateView } from '../../../shared/api/sync'
import type { IndexStatus } from '../../../shared/events'
import { useApi } from './context'
import { callKey } from './hooks'
import { createQueueToasts } from './queue-toasts'

/** Which call groups (the part of a call name before the dot) each event refreshes. */
const REFRESHES: Record<string, string[]> = {
  'data.changed:jobs': ['jobs', 'candidates', 'status', 'sync'],
  'data.changed:candidates': ['candidates', 'jobs', 'status', 'sync', 'csv'],
  'data.changed:settings': ['settings', 'status', 'sync'],
  'queue.changed': ['sync', 'candidates', 'status'],
  'queue.state': ['sync'],
  'connection.changed': ['connection', 'status', 'sync', 'tracker', 'candidates']
}
/** Refreshes wait this long for more events (a bulk export sends many). */
const MERGE_MS = 120

export function useLiveUpdates(onCommand: (command: ShellCommand) => void): void {
  const { transport, client } = useApi()
  const queryClient = useQueryClient()
  const commandRef = useRef(onCommand)
  commandRef.current = onCommand

  useEffect(() => {
    const groups = new Set<string>()
    // The read of TrackerRMS's list reports every page (about one a second, for an hour at 100,000 candidates): its
    // payload is the whole status, so it is written into the cached sync.state rather than refetching every sync.*
    // list each time. Waiting exports are released by the core with a 'queue.changed' of their own.
    let index: IndexStatus | null = null
    let timer: ReturnType<typeof setTimeout> | null = null
    const flush = () => {
      timer = null
      if (index) {
        const latest = index
        queryClient.setQueryData<SyncStateView>(callKey('sync.state', {}), (old) => (old ? { ...old, index: latest } : old))
        index = null
      }
      if (groups.size === 0) return
      const due = new Set(groups)
      groups.clear()
      void queryClient.invalidateQueries({ predicate: (query) => due.has(String(query.queryKey[0]).split('.')[0]) })
    }
    const refresh = (key: string) => {
      for (const group of REFRESHES[key] ?? []) groups.add(group)
      timer ??= setTimeout(flush, MERGE_MS)
    }
    const toasts = createQueueToasts(client)
    const off = transport.onEvent((event: ApiEventMessage) => {
      switch (event.name) {
        case 'data.changed':
          return refresh(`data.changed:${event.payload.what}`)
        case 'queue.changed':
          toasts.changed(event.payload.queueIds)
          return refresh('queue.changed')
        case 'queue.state':
        case 'connection.changed':
          return refresh(event.name)
        case 'index.progress':
          index = event.payload
          timer ??= setTimeout(flush, MERGE_MS)
          return
        case 'shell.command':
          return commandRef.current(event.payload.command)
      }
    })
    return () => {
      off()
      if (timer) clearTimeout(timer)
    }
  }, [transport, client, queryClient])
}

/** Calls `handler` for every push event of one kind while the component is shown. */
export function useApiEvent<K extends ApiEventName>(name: K, handler: (payload: ApiEvents[K]) => void): void {
  const { transport } = useApi()
  const handlerRef = useRef(handler)
  handlerRef.current = handler
  useEffect(
    () =>
      transport.onEvent((event) => {
        if (event.name === name) handlerRef.current(event.payload as ApiEvents[K])
      }),
    [transport, name]
  )
}
