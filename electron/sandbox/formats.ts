// Small readers and writers shared by the REST and Widget routes: the time formats each API uses (§5) and ids that
// may come as numbers or digit strings (§4.12).

export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/** REST times: UTC wall time with milliseconds and no offset, e.g. "2026-01-15T09:00:00.000" [observed]. */
export const restTime = (iso: string): string => new Date(iso).toISOString().slice(0, 23)

/** Widget date-times: "2026-01-15 09:00:00" (§5), UTC. */
export const widgetTime = (iso: string): string => new Date(iso).toISOString().slice(0, 19).replace('T', ' ')

/** Widget dates: "2026-01-15". */
export const widgetDate = (iso: string): string => new Date(iso).toISOString().slice(0, 10)

/** A positive id given as a number or a digit string; null for anything else. */
export function readId(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null
}

/** A whole number ≥ 0 given as a number or a digit string; null for anything else. */
export function readCount(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null
}

/** A trimmed string, null when empty; undefined when the value is not a string or null (the caller decides). */
export function readText(value: unknown): string | null | undefined {
  if (value === null) return null
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  return text === '' ? null : text
}

/** Keys of `block` outside `allowed`, for "unexpected field" answers. */
export const unexpectedKeys = (block: Record<string, unknown>, allowed: readonly string[]): string[] => Object.keys(block).filter((k) => !allowed.includes(k))
