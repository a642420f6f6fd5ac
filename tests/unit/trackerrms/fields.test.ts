import { describe, expect, it } from 'vitest'
import { hasOffset, pick, presentKey, toIsoUtc } from '../../../electron/trackerrms/fields'

describe('reading TrackerRMS fields tolerantly', () => {
  it('matches names case-insensitively and takes the first one that holds a value', () => {
    const row = { FirstName: '', firstname: 'Amara', lastupdateddatetime: '2026-01-01 10:00:00' }
    expect(pick(row, ['firstName'])).toBe('Amara')
    expect(presentKey(row, ['lastUpdatedDateTime', 'lastUpdated'])).toBe('lastupdateddatetime')
    expect(pick(row, ['surname', 'lastName'])).toBeUndefined()
  })

  it('reads times without a zone as UTC (never as local time), and those with one as given', () => {
    expect(toIsoUtc('2026-01-02')).toBe('2026-01-02T00:00:00.000Z')
    expect(toIsoUtc('2026-12-14T17:27:20')).toBe('2026-12-14T17:27:20.000Z')
    expect(toIsoUtc('2026-12-14 17:27:20')).toBe('2026-12-14T17:27:20.000Z')
    expect(toIsoUtc('2026-01-02T10:00:00+02:00')).toBe('2026-01-02T08:00:00.000Z')
    expect(toIsoUtc('yesterday')).toBeNull()
    expect(toIsoUtc(null)).toBeNull()
    expect(hasOffset('2026-12-14T17:27:20')).toBe(false)
    expect(hasOffset('2026-12-14T17:27:20+00:00')).toBe(true)
    expect(hasOffset('2026-12-14T17:27:20Z')).toBe(true)
  })
})
