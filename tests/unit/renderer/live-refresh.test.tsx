// @vitest-environment happy-dom
// Push events keep the screens fresh: each event refreshes only the calls whose data it touches, a burst of events
// is one refresh, and menu commands reach the shell.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CallName } from '../../../shared/api/contract'
import type { ApiEventMessage } from '../../../shared/api/events'
import { ApiProvider } from '../../../renderer/src/api/context'
import { useCall } from '../../../renderer/src/api/hooks'
import { useLiveUpdates } from '../../../renderer/src/api/live'
import type { Transport } from '../../../renderer/src/api/transport'

/** The transport's two functions, over a table of answers; counts the calls each name received. */
function transportWith(answers: Partial<Record<CallName, unknown>>) {
  const listeners = new Set<(event: ApiEventMessage) => void>()
  const calls: Record<string, number> = {}
  const transport: Transport = {
    kind: 'browser',
    call: async (name) => {
      calls[name] = (calls[name] ?? 0) + 1
      return { ok: true, value: answers[name] } as never
    },
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
  const emit = (event: ApiEventMessage) => listeners.forEach((listener) => listener(event))
  return { transport, calls, emit, listeners }
}

afterEach(() => vi.useRealTimers())

function mount(onCommand = vi.fn()) {
  const api = transportWith({ 'jobs.list': [], 'sync.state': {}, 'settings.get': {}, 'sync.queueItems': [] })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiProvider transport={api.transport}>{children}</ApiProvider>
    </QueryClientProvider>
  )
  const hook = renderHook(
    () => {
      useLiveUpdates(onCommand)
      return [useCall('jobs.list', {}), useCall('sync.state', {}), useCall('settings.get', {})]
    },
    { wrapper }
  )
  return { ...api, hook, onCommand }
}

const loaded = (calls: Record<string, number>) => waitFor(() => expect(calls).toMatchObject({ 'jobs.list': 1, 'sync.state': 1, 'settings.get': 1 }))

describe('live refresh', () => {
  it('a queue change refreshes the queue, not the jobs or the settings; a burst of them is one refresh', async () => {
    const { calls, emit, hook } = mount()
    await loaded(calls)
    act(() => {
      for (let i = 0; i < 30; i++) emit({ name: 'queue.changed', payload: { queueIds: [i + 1], candidateIds: [i + 1] } })
    })
    await waitFor(() => expect(calls['sync.state']).toBe(2))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(calls).toMatchObject({ 'jobs.list': 1, 'sync.state': 2, 'settings.get': 1 })
    // Thirty events, thirty toast look-ups of the exports they name (the toasts say which finished or failed).
    expect(calls['sync.queueItems']).toBe(30)
    hook.unmount()
  })

  it('a settings change refreshes the settings and the queue view; a jobs change the jobs', async () => {
    const { calls, emit } = mount()
    await loaded(calls)
    act(() => emit({ name: 'data.changed', payload: { what: 'settings' } }))
    await waitFor(() => expect(calls).toMatchObject({ 'settings.get': 2, 'sync.state': 2 }))
    act(() => emit({ name: 'data.changed', payload: { what: 'jobs' } }))
    await waitFor(() => expect(calls).toMatchObject({ 'jobs.list': 2, 'sync.state': 3 }))
    expect(calls['settings.get']).toBe(2)
  })

  it('hands menu commands to the shell, and stops listening when the page goes away', async () => {
    const { calls, emit, onCommand, hook, listeners } = mount()
    await loaded(calls)
    act(() => emit({ name: 'shell.command', payload: { command: 'find' } }))
    expect(onCommand).toHaveBeenCalledWith('find')
    hook.unmount()
    expect(listeners.size).toBe(0)
  })
})
