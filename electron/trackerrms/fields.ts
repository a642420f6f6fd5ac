// Reading TrackerRMS JSON tolerantly. TrackerRMS spells one field differently in different places (`firstname` in
// list rows, `firstName` in a record [reference §4.6]; `lastUpdatedDateTime` vs `lastupdateddatetime` [§4.7]), so
// every read goes through here: names are matched case-insensitively, and the first present value wins.

export type Json = Record<string, unknown>

export const asObject = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {})

const present = (value: unknown) => value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')

/** The record's keys by lower-case name (several spellings may be present), built once per record. */
const keyMaps = new WeakMap<Json, Map<string, string[]>>()
function keyMap(record: Json): Map<string, string[]> {
  let map = keyMaps.get(record)
  if (!map) {
    map = new Map()
    for (const key of Object.keys(record)) {
      const lower = key.toLowerCase()
      map.set(lower, [...(map.get(lower) ?? []), key])
    }
    keyMaps.set(record, map)
  }
  return map
}

/** The key (as spelled in the record) of the first of `names` that holds a value, matched case-insensitively. */
export function presentKey(record: Json, names: readonly string[]): string | null {
  const map = keyMap(record)
  for (const name of names) for (const key of map.get(name.toLowerCase()) ?? []) if (present(record[key])) return key
  return null
}

/** The first of `names` that holds a value (case-insensitive), or undefined. */
export function pick(record: Json, names: readonly string[]): unknown {
  const key = presentKey(record, names)
  return key === null ? undefined : record[key]
}

/** A nested object by any of its names, e.g. `contactDetails`. */
export const pickObject = (record: Json, names: readonly string[]): Json => asObject(pick(record, names))

/** Trimmed text (numbers become text), or null for nothing. */
export function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

/** A positive whole id from a number or a digit string [reference §4.3: "the id may be a number or a digit string"]. */
export function positiveId(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null
}

/**
 * A TrackerRMS time as ISO-8601 UTC, or null. TrackerRMS writes times without a zone ("2026-12-07T17:27:20.123",
 * the Widget's "2026-12-07 17:27:20"); whether they are UTC is [unknown] (reference §2, §4.9), so a value without an
 * offset is read as UTC — never as this machine's local time, which JavaScript's Date.parse would do.
 */
export function toIsoUtc(value: unknown): string | null {
  const raw = text(value)
  if (!raw) return null
  let iso = raw.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2')
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) iso += 'T00:00:00'
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso)) iso += 'Z'
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/** True when a TrackerRMS time string carries its own zone (Z or ±hh:mm). */
export const hasOffset = (value: string): boolean => /(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())
