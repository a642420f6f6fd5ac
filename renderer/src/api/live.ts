// Push events -> fresh screens. A 'data.changed' refetches the calls whose data it touches; menu commands are
// handed to the shell. Phase 2 adds queue, connection and import events here.
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { ShellCommand } from '../../../shared/api/events'
import { useApi } from './context'

/** Which call groups (the part of a call name before the dot) each kind of change refreshes. */
const REFRESHES: Record<'jobs' | 'candidates' | 'settings', string[]> = {
  jobs: ['jobs', 'candidates', 'status'],
  candidates: ['candidates', 'jobs', 'status'],
  settings: ['settings', 'status']
}

export function useLiveUpdates(onCommand: (command: ShellCommand) => void): void {
  const { transport } = useApi()
  const queryClient = useQueryClient()
  const commandRef = useRef(onCommand)
  commandRef.current = onCommand

  useEffect(
    () =>
      transport.onEvent((event) => {
        if (event.name === 'data.changed') {
          const groups = REFRESHES[event.payload.what]
          void queryClient.invalidateQueries({ predicate: (query) => groups.includes(String(query.queryKey[0]).split('.')[0]) })
        } else if (event.name === 'shell.command') {
          commandRef.current(event.payload.command)
        }
      }),
    [transport, queryClient]
  )
}
