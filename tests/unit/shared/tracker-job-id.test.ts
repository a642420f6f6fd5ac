import { describe, expect, it } from 'vitest'
import { parseTrackerJobId } from '../../../shared/tracker-job-id'

describe('a TrackerRMS job id as people paste it', () => {
  it('takes the number, or the number of "JOB-1234" as TrackerRMS shows it', () => {
    for (const input of ['1234', ' 1234 ', 'JOB-1234', 'job-1234', 'JOB 1234', 'Job1234', 1234]) expect(parseTrackerJobId(input), String(input)).toBe(1234)
  })
  it('refuses anything else', () => {
    for (const input of ['', '0', 'JOB-', 'JOB-0', '12a', 'ICU nurse', '1.5', '-3', '99999999999999999', null, undefined, 0, 1.5])
      expect(parseTrackerJobId(input), String(input)).toBeNull()
  })
})
