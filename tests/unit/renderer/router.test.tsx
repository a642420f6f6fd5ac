// @vitest-environment happy-dom
// The hash router: what a link or the address bar means, back/forward, and filters that replace the history entry.
import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { candidatesHref, jobHref, navigate, useRoute } from '../../../renderer/src/app/router'

afterEach(() => window.history.replaceState(null, '', '/'))

/** Goes to a route as a link would; the browser announces a new hash with an asynchronous 'hashchange'. */
const go = (href: string) =>
  act(async () => {
    navigate(href)
    await new Promise((resolve) => setTimeout(resolve, 10))
  })

describe('routes', () => {
  it('reads each screen from the hash, with the candidates filters typed and bad values dropped', async () => {
    const { result } = renderHook(() => useRoute())
    expect(result.current).toEqual({ screen: 'jobs', jobId: null })
    await go('#/candidates?job=3&q=ann%20lee&stage=replied&sync=failed&sort=name&candidate=12')
    expect(result.current).toEqual({
      screen: 'candidates',
      params: { job: 3, q: 'ann lee', stage: 'replied', sync: 'failed', sort: 'name', candidate: 12 }
    })
    await go('#/candidates?job=-1&stage=hired&sync=maybe&sort=random&candidate=0x1')
    expect(result.current).toEqual({ screen: 'candidates', params: { job: null, q: '', stage: null, sync: null, sort: 'newest', candidate: null } })
    await go('#/activity')
    expect(result.current).toEqual({ screen: 'activity' })
    await go('#/somewhere/else')
    expect(result.current).toEqual({ screen: 'jobs', jobId: null })
    await go(jobHref(7))
    expect(result.current).toEqual({ screen: 'jobs', jobId: 7 })
  })

  it('builds links that read back as the same filters, leaving defaults out of the address', async () => {
    const params = { job: 4, q: 'Zoë & co', stage: 'interested', sync: 'not_synced', sort: 'name', candidate: 9 } as const
    const href = candidatesHref(params)
    const { result } = renderHook(() => useRoute())
    await go(href)
    expect(result.current).toEqual({ screen: 'candidates', params })
    expect(candidatesHref({ sort: 'newest' })).toBe('#/candidates')
    expect(jobHref(null)).toBe('#/jobs')
  })

  it('typing in a filter replaces the history entry; moving to a screen adds one, so Back returns to it', async () => {
    const { result } = renderHook(() => useRoute())
    await go('#/jobs')
    await go('#/candidates')
    const length = window.history.length
    act(() => navigate(candidatesHref({ q: 'a' }), { replace: true }))
    act(() => navigate(candidatesHref({ q: 'an' }), { replace: true }))
    expect(window.history.length).toBe(length)
    expect(result.current).toMatchObject({ screen: 'candidates', params: { q: 'an' } })
    // The query string before the hash (the browser host's key) is kept.
    window.history.replaceState(null, '', '/?key=abc#/candidates?q=an')
    act(() => navigate(candidatesHref({ q: 'ann' }), { replace: true }))
    expect(window.location.search).toBe('?key=abc')
    expect(result.current).toMatchObject({ params: { q: 'ann' } })
  })
})
