// "Read now" (a paused first read) and "Check for changes now" (a delta): ask the core to read TrackerRMS's list at
// once. A first read reports every page ('index.progress'); a delta says nothing when it ends, so while one is asked
// for, sync.state is asked again every second until its lastRefreshAt moves past the click (at most 30 s).
import { useEffect, useState } from 'react'
import { toast } from 'sonner'
import type { IndexStatus } from '../../../shared/events'
import { errorMessage } from './client'
import { useCall, useCallMutation } from './hooks'

const GIVE_UP_MS = 30_000

export function useReadIndex(status: IndexStatus) {
  const mutation = useCallMutation('sync.readIndex')
  const [since, setSince] = useState<string | null>(null)
  const checking = since !== null && !(status.lastRefreshAt !== null && status.lastRefreshAt > since)
  useCall('sync.state', {}, { refetchInterval: checking ? 1000 : false })
  useEffect(() => {
    if (!checking) return
    const timer = setTimeout(() => setSince(null), GIVE_UP_MS)
    return () => clearTimeout(timer)
  }, [checking])

  async function readNow() {
    const clickedAt = new Date().toISOString()
    try {
      const after = await mutation.mutateAsync({})
      if (after.state === 'ready') setSince(clickedAt)
    } catch (error) {
      toast.error('Could not read TrackerRMS’s candidates now', { description: errorMessage(error) })
    }
  }

  return { readNow: () => void readNow(), busy: mutation.isPending || checking }
}
