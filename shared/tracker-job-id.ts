// TrackerRMS shows jobs as "JOB-1034 …" [reference §4.1; doc 361, 1127]; people paste that, or the bare number.

/** 1234 from "1234", "JOB-1234", "job-1234" or "JOB 1234"; null for anything else. */
export function parseTrackerJobId(input: string | number | null | undefined): number | null {
  if (typeof input === 'number') return Number.isSafeInteger(input) && input > 0 ? input : null
  const match = /^\s*(?:job[\s-]*)?(\d{1,15})\s*$/i.exec(input ?? '')
  const id = match ? Number(match[1]) : NaN
  return Number.isSafeInteger(id) && id > 0 ? id : null
}
