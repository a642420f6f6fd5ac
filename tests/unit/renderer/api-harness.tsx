// Renders a piece of the real renderer over a fake transport: each call answers from a table (a value, or a function
// of the input for answers that change), every call is recorded, and push events are emitted as the core would send
// them, through the app's own live updates (live.ts).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract'
import type { ApiEventMessage } from '../../../shared/api/events'
import type { QueueEntry, SyncStateView } from '../../../shared/api/sync'
import type { IndexStatus } from '../../../shared/events'
import { ApiProvider } from '../../../renderer/src/api/context'
import { useLiveUpdates } from '../../../renderer/src/api/live'
import type { Transport } from '../../../renderer/src/api/transport'

export type Answers = { [N in CallName]?: CallOutput<N> | ((input: CallInput<N>) => CallOutput<N>) }

export function fakeApi(answers: Answers) {
  const listeners = new Set<(event: ApiEventMessage) => void>()
  const calls: { name: CallName; input: unknown }[] = []
  const transport: Transport = {
    kind: 'browser',
    call: async (name, input) => {
      calls.push({ name, input })
      const answer = answers[name] as unknown
      if (answer === undefined) return { ok: false, error: { code: 'internal', message: `${name} is not answered in this test` } } as never
      return { ok: true, value: typeof answer === 'function' ? answer(input) : answer } as never
    },
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
  const emit = (event: ApiEventMessage) => listeners.forEach((listener) => listener(event))
  const count = (name: CallName) => calls.filter((c) => c.name === name).length
  return { transport, calls, count, emit }
}

function Live() {
  useLiveUpdates(() => undefined)
  return null
}

/** `ui` inside the app's providers, with live updates on; returns the fake API to answer, count calls and emit. */
export function renderWithApi(ui: ReactNode, answers: Answers) {
  const api = fakeApi(answers)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ApiProvider transport={api.transport}>
        <Live />
        {ui}
      </ApiProvider>
    </QueryClientProvider>
  )
  return { ...api, view, queryClient }
}

/** An index status: reading 34,000 of ~100,000, about 7 minutes left, unless changed. */
export const indexStatus = (change: Partial<IndexStatus> = {}): IndexStatus => ({
  state: 'reading',
  rows: 34_000,
  total: 100_000,
  percent: 34,
  ratePerMinute: 9_429,
  etaSeconds: 420,
  variant: 'L1',
  readyAt: null,
  lastRefreshAt: null,
  problem: null,
  ...change
})

/** sync.state as the core answers it, with this index status. */
export const syncState = (index: IndexStatus, counts: Partial<SyncStateView['counts']> = {}): SyncStateView => ({
  queue: { state: 'idle', reason: null, retryAt: null },
  worker: { running: true, problem: null },
  counts: { pending: 0, running: 0, retry_wait: 0, blocked_auth: 0, waiting: 0, done: 0, failed: 0, cancelled: 0, ...counts },
  delaySeconds: 30,
  index
})

/** The connection and settings TrackerLink needs to build record links (the default record-link template). */
export const linkAnswers: Answers = {
  'connection.get': { connected: true, webHost: 'https://acme.trackerrms.com' } as CallOutput<'connection.get'>,
  'settings.get': {} as CallOutput<'settings.get'>
}

/** A queue entry as sync.queue answers it: Ann Lee's export waiting for the first read, unless changed. */
export const queueEntry = (change: Partial<QueueEntry> = {}): QueueEntry => ({
  id: 1,
  candidateId: 7,
  candidateName: 'Ann Lee',
  jobTitle: 'ICU Nurse',
  jobId: 3,
  trackerJobId: 5001,
  origin: 'manual',
  state: 'waiting',
  waitingFor: 'index',
  step: 'queued',
  attempts: 0,
  lastError: null,
  trackerResourceId: null,
  checkedAt: null,
  createSentAt: null,
  listSentAt: null,
  listedAt: null,
  decision: null,
  decisionResourceId: null,
  recordHow: null,
  match: null,
  createdAt: '2026-12-07T09:00:00.000Z',
  updatedAt: '2026-12-07T09:00:00.000Z',
  nextRunAt: '2026-12-07T09:00:00.000Z',
  ...change
})
