// Everything the review table needs, in one place: the scroll element and virtualizer, the windowed rows, the
// selection and the keyboard. The table component only renders what this returns.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { toast } from 'sonner'
import type { ReviewFilter } from '../../../../shared/api/candidates'
import { useApi } from '../../api/context'
import { errorMessage } from '../../api/client'
import { useReviewWindow } from './useReviewWindow'
import { useSelection } from './useSelection'

const ROW_HEIGHT = 44

export function useReviewTable(filter: ReviewFilter, onOpen: (candidateId: number) => void) {
  const { client } = useApi()
  const scrollRef = useRef<HTMLDivElement>(null)
  // Rows kept after a move (keepIds) are the same list: keeping one neither clears the selection nor scrolls.
  const filterKey = JSON.stringify({ ...filter, keepIds: undefined })

  // The count comes with the first page; until then the virtualizer keeps the last one (no height jump).
  const [count, setCount] = useState(0)
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })
  const items = virtualizer.getVirtualItems()
  const window = useReviewWindow(filter, items[0]?.index ?? 0, items.at(-1)?.index ?? 0)
  useEffect(() => {
    if (window.total !== undefined && window.total !== count) setCount(window.total)
  }, [window.total, count])
  const total = count

  const deps = {
    rowAt: window.rowAt,
    fetchIds: async (offset: number, limit: number) => (await client.call('candidates.reviewIds', { ...filter, offset, limit })).ids,
    onCapped: (capped: number) =>
      toast.info(`Selected the first ${capped.toLocaleString()} candidates`, { description: 'Stage actions work on at most that many at once.' })
  }
  const selection = useSelection(deps)

  // A new filter is a new list: start at the top with nothing selected.
  const { reset } = selection
  useEffect(() => {
    reset()
    scrollRef.current?.scrollTo({ top: 0 })
  }, [filterKey, reset])

  const focusRow = useCallback(
    (index: number, mods: { shift: boolean; toggle: boolean }) => {
      const clamped = Math.max(0, Math.min(total - 1, index))
      virtualizer.scrollToIndex(clamped, { align: 'auto' })
      void selection.moveTo(clamped, mods).catch((error) => toast.error(errorMessage(error)))
    },
    [selection, total, virtualizer]
  )

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (total === 0) return
      const mods = { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey }
      const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1)
      const active = selection.active
      const moves: Record<string, number> = {
        ArrowDown: active + 1,
        ArrowUp: active - 1,
        PageDown: active + pageRows,
        PageUp: active - pageRows,
        Home: 0,
        End: total - 1
      }
      if (event.key in moves) {
        event.preventDefault()
        return focusRow(moves[event.key], mods)
      }
      if (event.key === ' ') {
        event.preventDefault()
        return selection.toggleActive()
      }
      if (event.key === 'Enter') {
        const row = window.rowAt(active)
        if (row) {
          event.preventDefault()
          onOpen(row.id)
        }
        return
      }
      if ((event.key === 'a' || event.key === 'A') && mods.toggle) {
        event.preventDefault()
        return void selection.selectAll(total).catch((error) => toast.error(errorMessage(error)))
      }
      if (event.key === 'Escape' && selection.ids.size > 0) {
        event.preventDefault()
        selection.clear()
      }
    },
    [focusRow, onOpen, selection, total, window]
  )

  return { scrollRef, virtualizer, items, window, total, loaded: window.total !== undefined, selection, onKeyDown, filterKey }
}

export type ReviewTableModel = ReturnType<typeof useReviewTable>
