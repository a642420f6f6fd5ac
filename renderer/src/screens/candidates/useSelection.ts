// Multi-select over a virtual list: click, Ctrl/Cmd-click, Shift-click and the keyboard. The selection is a set
// of candidate ids; a range whose rows are not loaded is fetched as ids only (candidates.reviewIds).
import { useCallback, useState } from 'react'
import { REVIEW_IDS_MAX } from '../../../../shared/api/review-options'
import type { ReviewRow } from '../../../../shared/api/candidates'

export interface SelectionState {
  ids: ReadonlySet<number>
  /** Where a Shift range starts. */
  anchor: number | null
  /** The row with keyboard focus. */
  active: number
}

export interface SelectionDeps {
  rowAt(index: number): ReviewRow | undefined
  /** Ids of rows offset … offset+limit in table order (from the server). */
  fetchIds(offset: number, limit: number): Promise<number[]>
  /** Told when a range had to be cut to REVIEW_IDS_MAX. */
  onCapped(count: number): void
}

const EMPTY: SelectionState = { ids: new Set(), anchor: null, active: 0 }

export function useSelection(deps: SelectionDeps) {
  const [state, setState] = useState<SelectionState>(EMPTY)

  const idsInRange = useCallback(
    async (from: number, to: number): Promise<number[]> => {
      const start = Math.min(from, to)
      let end = Math.max(from, to)
      if (end - start + 1 > REVIEW_IDS_MAX) {
        end = start + REVIEW_IDS_MAX - 1
        deps.onCapped(REVIEW_IDS_MAX)
      }
      const loaded: number[] = []
      for (let i = start; i <= end; i++) {
        const row = deps.rowAt(i)
        if (!row) return deps.fetchIds(start, end - start + 1)
        loaded.push(row.id)
      }
      return loaded
    },
    [deps]
  )

  /** A click on row `index`: alone, toggled (Ctrl/Cmd) or as a range from the anchor (Shift). */
  const click = useCallback(
    async (index: number, id: number, mods: { shift: boolean; toggle: boolean }) => {
      if (mods.shift && state.anchor !== null) {
        const range = await idsInRange(state.anchor, index)
        setState((s) => ({ ids: new Set([...(mods.toggle ? s.ids : []), ...range]), anchor: s.anchor, active: index }))
        return
      }
      setState((s) => {
        if (!mods.toggle) return { ids: new Set([id]), anchor: index, active: index }
        const ids = new Set(s.ids)
        if (ids.has(id)) ids.delete(id)
        else ids.add(id)
        return { ids, anchor: index, active: index }
      })
    },
    [idsInRange, state.anchor]
  )

  /** Keyboard focus moves to `index`: selecting it alone, extending the range (Shift), or just moving (Ctrl/Cmd). */
  const moveTo = useCallback(
    async (index: number, mods: { shift: boolean; toggle: boolean }) => {
      if (mods.toggle) return setState((s) => ({ ...s, active: index }))
      if (mods.shift) {
        const anchor = state.anchor ?? state.active
        const range = await idsInRange(anchor, index)
        return setState({ ids: new Set(range), anchor, active: index })
      }
      const row = deps.rowAt(index)
      setState({ ids: row ? new Set([row.id]) : new Set(), anchor: index, active: index })
    },
    [deps, idsInRange, state.active, state.anchor]
  )

  const toggleActive = useCallback(() => {
    const row = deps.rowAt(state.active)
    if (!row) return
    setState((s) => {
      const ids = new Set(s.ids)
      if (ids.has(row.id)) ids.delete(row.id)
      else ids.add(row.id)
      return { ids, anchor: s.active, active: s.active }
    })
  }, [deps, state.active])

  const selectAll = useCallback(
    async (total: number) => {
      if (total === 0) return
      const ids = await idsInRange(0, total - 1)
      setState((s) => ({ ...s, ids: new Set(ids), anchor: 0 }))
    },
    [idsInRange]
  )

  const clear = useCallback(() => setState((s) => ({ ...s, ids: new Set(), anchor: null })), [])
  const reset = useCallback(() => setState(EMPTY), [])

  return { ...state, click, moveTo, toggleActive, selectAll, clear, reset }
}
