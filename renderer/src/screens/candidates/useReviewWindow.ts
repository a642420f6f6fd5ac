// Server-side windowing for the review table: only the pages (100 rows) that the visible rows fall in are
// fetched, each cached under its own key, so scrolling through 100,000 rows never loads them all.
import { keepPreviousData, useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ReviewFilter, ReviewRow } from '../../../../shared/api/candidates'
import { useApi } from '../../api/context'
import { callKey } from '../../api/hooks'

const PAGE_SIZE = 100

export interface ReviewWindow {
  /** Rows matching the filter; undefined until the first page arrived. */
  total: number | undefined
  /** The row at a position, if its page is loaded (for the current filter). */
  rowAt(index: number): ReviewRow | undefined
  isError: boolean
  error: Error | null
}

export function useReviewWindow(filter: ReviewFilter, firstIndex: number, lastIndex: number): ReviewWindow {
  const { client } = useApi()
  const firstPage = Math.floor(Math.max(0, firstIndex) / PAGE_SIZE)
  const lastPage = Math.max(firstPage, Math.floor(Math.max(0, lastIndex) / PAGE_SIZE))
  const pages = useMemo(() => Array.from({ length: lastPage - firstPage + 1 }, (_, i) => firstPage + i), [firstPage, lastPage])

  const results = useQueries({
    queries: pages.map((page) => {
      const input = { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE }
      return {
        queryKey: callKey('candidates.review', input),
        queryFn: () => client.call('candidates.review', input),
        // While a new filter's page loads, the old total keeps the scroll height steady (no jump).
        placeholderData: keepPreviousData
      }
    })
  })

  const fresh = results.filter((r) => r.data && !r.isPlaceholderData)
  const total = (fresh[0] ?? results.find((r) => r.data))?.data?.total
  const failed = results.find((r) => r.isError)

  // A few pages at most: rebuilt on every render, cheaply.
  const byPage = new Map<number, ReviewRow[]>()
  results.forEach((result, i) => {
    // Placeholder rows belong to another page or filter: never show or select them as this position's row.
    if (result.data && !result.isPlaceholderData && result.data.offset === pages[i] * PAGE_SIZE) byPage.set(pages[i], result.data.rows)
  })

  const rowAt = (index: number) => byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]
  return { total, rowAt, isError: !!failed, error: failed?.error ?? null }
}
