// The app-wide facts most screens need: the TrackerRMS connection, the queue as a whole, and how to link to a
// record in TrackerRMS. Each is one cached call, refreshed by push events (live.ts).
import { useCallback } from 'react'
import { trackerRecordUrl } from '../../../shared/api/links'
import { USER_SETTINGS } from '../../../shared/settings'
import { useCall } from './hooks'
import { syncStatus, type SyncStatus } from '../../../shared/sync-status'

export const useConnection = () => useCall('connection.get', {}, { staleTime: 60_000 })

/** While another process sends the queue, this page asks now and then whether it may take over (no event says so). */
export const useSyncState = () => useCall('sync.state', {}, { refetchInterval: (query) => (query.state.data?.worker.problem ? 15_000 : false) })

/** Where the read of TrackerRMS's candidate list stands (live: live.ts writes each 'index.progress' into sync.state). */
export const useIndexStatus = () => useSyncState().data?.index ?? null

/** The record's address in the user's TrackerRMS web app (the record-link template), or null when unknown. */
export function useRecordLink(): (resourceId: number) => string | null {
  const settings = useCall('settings.get', {}, { staleTime: 60_000 })
  const connection = useConnection()
  const template = settings.data?.['record-link-template'] ?? USER_SETTINGS['record-link-template'].default
  const webHost = connection.data?.webHost ?? null
  return useCallback((resourceId: number) => trackerRecordUrl(template, webHost, resourceId), [template, webHost])
}

/** Exports still to be sent (waiting, being sent, retrying, paused). */
export function activeCount(counts: Record<string, number> | undefined): number {
  if (!counts) return 0
  return (counts.pending ?? 0) + (counts.running ?? 0) + (counts.retry_wait ?? 0) + (counts.blocked_auth ?? 0) + (counts.waiting ?? 0)
}

/** The one current cause of exports not going out (shared/sync-status.ts), for the banner and the queue's rows. */
export function useSyncStatus(): SyncStatus | null {
  const connection = useConnection().data
  const sync = useSyncState().data
  if (!connection || !sync) return null
  return syncStatus({ connection, queue: sync.queue, waiting: activeCount(sync.counts) })
}
