// @vitest-environment happy-dom
// Selecting candidates in the review table: click, Ctrl/Cmd-click, Shift-click, the keyboard and "select all",
// over a virtual list where rows far away are not loaded (their ids come from the server instead).
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ReviewRow } from '../../../shared/api/candidates'
import { REVIEW_IDS_MAX } from '../../../shared/api/review-options'
import { useSelection, type SelectionDeps } from '../../../renderer/src/screens/candidates/useSelection'

/** A table of `total` rows (row i is candidate 1000 + i) of which only the first `loaded` are in memory. */
function table(total: number, loaded: number) {
  const fetched: [number, number][] = []
  const capped: number[] = []
  const row = (index: number) => ({ id: 1000 + index, fullName: `Person ${index}` }) as ReviewRow
  const deps: SelectionDeps = {
    rowAt: (index) => (index < loaded && index < total ? row(index) : undefined),
    fetchIds: async (offset, limit) => {
      fetched.push([offset, limit])
      return Array.from({ length: Math.min(limit, total - offset) }, (_, i) => 1000 + offset + i)
    },
    onCapped: (count) => void capped.push(count)
  }
  const hook = renderHook(() => useSelection(deps))
  const ids = () => [...hook.result.current.ids].sort((a, b) => a - b)
  return { hook, ids, fetched, capped }
}

const plain = { shift: false, toggle: false }
const toggle = { shift: false, toggle: true }
const shift = { shift: true, toggle: false }

describe('selecting rows', () => {
  it('a click selects one row, Ctrl/Cmd-click adds or removes, Shift-click selects the range from the last click', async () => {
    const { hook, ids, fetched } = table(50, 50)
    await act(() => hook.result.current.click(2, 1002, plain))
    expect(ids()).toEqual([1002])
    await act(() => hook.result.current.click(5, 1005, toggle))
    await act(() => hook.result.current.click(7, 1007, toggle))
    await act(() => hook.result.current.click(5, 1005, toggle))
    expect(ids()).toEqual([1002, 1007])
    // The anchor is the last click (row 5): Shift-click on row 3 selects rows 3–5 only.
    await act(() => hook.result.current.click(3, 1003, shift))
    expect(ids()).toEqual([1003, 1004, 1005])
    // Ctrl+Shift adds the range to what was selected.
    await act(() => hook.result.current.click(9, 1009, { shift: true, toggle: true }))
    expect(ids()).toEqual([1003, 1004, 1005, 1006, 1007, 1008, 1009])
    expect(fetched).toEqual([])
  })

  it('asks the server for the ids of a range whose rows are not loaded, and caps a huge range with a notice', async () => {
    const { hook, ids, fetched, capped } = table(30_000, 100)
    await act(() => hook.result.current.click(10, 1010, plain))
    await act(() => hook.result.current.click(250, 1250, shift))
    expect(fetched).toEqual([[10, 241]])
    expect(ids()).toHaveLength(241)
    expect(ids()[0]).toBe(1010)
    await act(() => hook.result.current.selectAll(30_000))
    expect(capped).toEqual([REVIEW_IDS_MAX])
    expect(hook.result.current.ids.size).toBe(REVIEW_IDS_MAX)
    act(() => hook.result.current.clear())
    expect(hook.result.current.ids.size).toBe(0)
  })

  it('the keyboard moves the focus (selecting that row), extends with Shift, moves alone with Ctrl, and Space toggles', async () => {
    const { hook, ids } = table(20, 20)
    await act(() => hook.result.current.moveTo(4, plain))
    expect(ids()).toEqual([1004])
    await act(() => hook.result.current.moveTo(6, shift))
    expect(ids()).toEqual([1004, 1005, 1006])
    await act(() => hook.result.current.moveTo(9, toggle))
    expect(hook.result.current.active).toBe(9)
    expect(ids()).toEqual([1004, 1005, 1006])
    act(() => hook.result.current.toggleActive())
    expect(ids()).toEqual([1004, 1005, 1006, 1009])
    act(() => hook.result.current.toggleActive())
    expect(ids()).toEqual([1004, 1005, 1006])
    act(() => hook.result.current.reset())
    expect(hook.result.current).toMatchObject({ anchor: null, active: 0 })
  })
})
