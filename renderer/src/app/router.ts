// Hash routes (#/jobs/3, #/candidates?job=3&q=ann), so back/forward work and screens can link to each other.
// The query string before the hash is left alone: it carries the browser host's key.
import { useSyncExternalStore } from 'react'
import { REVIEW_SORTS, type ReviewSort } from '../../../shared/api/review-options'
import { STAGES, SYNC_STATUSES, type Stage, type SyncStatus } from '../../../shared/domain'

export type Screen = 'jobs' | 'candidates' | 'activity' | 'settings'

export interface CandidateParams {
  job: number | null
  q: string
  stage: Stage | null
  sync: SyncStatus | null
  sort: ReviewSort
  /** The candidate whose profile is open. */
  candidate: number | null
}

export type Route =
  { screen: 'jobs'; jobId: number | null } | { screen: 'candidates'; params: CandidateParams } | { screen: 'activity' } | { screen: 'settings' }

const positive = (value: string | null) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null)
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null => (list.includes(value as T) ? (value as T) : null)

function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?')
  const parts = path.split('/').filter(Boolean)
  const params = new URLSearchParams(query)
  switch (parts[0]) {
    case 'candidates':
      return {
        screen: 'candidates',
        params: {
          job: positive(params.get('job')),
          q: params.get('q') ?? '',
          stage: oneOf(STAGES, params.get('stage')),
          sync: oneOf(SYNC_STATUSES, params.get('sync')),
          sort: oneOf(REVIEW_SORTS, params.get('sort')) ?? 'newest',
          candidate: positive(params.get('candidate'))
        }
      }
    case 'activity':
      return { screen: 'activity' }
    case 'settings':
      return { screen: 'settings' }
    default:
      return { screen: 'jobs', jobId: positive(parts[1] ?? null) }
  }
}

export function candidatesHref(params: Partial<CandidateParams>): string {
  const query = new URLSearchParams()
  if (params.job) query.set('job', String(params.job))
  if (params.q) query.set('q', params.q)
  if (params.stage) query.set('stage', params.stage)
  if (params.sync) query.set('sync', params.sync)
  if (params.sort && params.sort !== 'newest') query.set('sort', params.sort)
  if (params.candidate) query.set('candidate', String(params.candidate))
  const text = query.toString()
  return `#/candidates${text ? `?${text}` : ''}`
}

export const jobHref = (jobId: number | null) => (jobId ? `#/jobs/${jobId}` : '#/jobs')

const listeners = new Set<() => void>()
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  window.addEventListener('hashchange', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('hashchange', listener)
  }
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return parseRoute(hash)
}

/** Goes to a hash route. `replace` rewrites the current history entry (typing in a search box, filters). */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (window.location.hash === href) return
  if (options.replace) {
    const url = new URL(window.location.href)
    url.hash = href
    window.history.replaceState(window.history.state, '', url)
    for (const listener of listeners) listener()
  } else {
    window.location.hash = href
  }
}
