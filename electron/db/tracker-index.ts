import { normalizeEmail, normalizeFullName, normalizeLinkedInUrl } from '../../shared/normalize'
import type { MatchField } from '../../shared/domain'
import { nearMissKeys } from '../../shared/near-miss'
import type { Db } from './open'
import { statement } from './statements'

export type IndexSource = 'crawl' | 'created' | 'linked' | 'imported'

export interface IndexRecord {
  resourceId: number
  fullName: string | null
  email: string | null
  linkedinUrl: string | null
  updatedAt: string | null
}

/**
 * Adds or refreshes a known TrackerRMS resource, storing the duplicate-check keys. A crawl always overwrites what
 * TrackerRMS says now; other sources fill in only what is missing (TrackerRMS stays the truth).
 */
export function upsertIndexRecord(db: Db, record: IndexRecord, source: IndexSource, seenAt: string): void {
  const keys = [
    normalizeFullName(record.fullName),
    normalizeEmail(record.email),
    normalizeLinkedInUrl(record.linkedinUrl),
    nearMissKeys({ fullName: record.fullName, email: null }).surname
  ]
  if (source === 'crawl') {
    statement(
      db,
      `INSERT INTO tracker_index (resource_id, full_name, name_key, email_key, linkedin_key, surname_key, updated_at, source, seen_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'crawl', ?)
       ON CONFLICT (resource_id) DO UPDATE SET full_name = excluded.full_name, name_key = excluded.name_key,
         email_key = excluded.email_key, linkedin_key = excluded.linkedin_key, surname_key = excluded.surname_key,
         updated_at = excluded.updated_at, source = 'crawl', seen_at = excluded.seen_at`
    ).run(record.resourceId, record.fullName, ...keys, record.updatedAt, seenAt)
  } else {
    statement(
      db,
      `INSERT INTO tracker_index (resource_id, full_name, name_key, email_key, linkedin_key, surname_key, updated_at, source, seen_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (resource_id) DO UPDATE SET full_name = COALESCE(full_name, excluded.full_name),
         name_key = COALESCE(name_key, excluded.name_key), email_key = COALESCE(email_key, excluded.email_key),
         linkedin_key = COALESCE(linkedin_key, excluded.linkedin_key),
         surname_key = COALESCE(surname_key, excluded.surname_key), seen_at = excluded.seen_at`
    ).run(record.resourceId, record.fullName, ...keys, record.updatedAt, source, seenAt)
  }
}

export interface IndexMatch {
  resourceId: number
  matchedOn: MatchField
}

/**
 * The exact duplicate rule: email, then LinkedIn URL, then full name (all normalised). The first field that hits
 * decides; the lowest resource id wins among several records (the oldest one).
 */
export function findIndexMatch(db: Db, keys: { email: string | null; linkedin: string | null; name: string | null }): IndexMatch | null {
  const lookups: [MatchField, string | null][] = [
    ['email', keys.email],
    ['linkedin', keys.linkedin],
    ['name', keys.name]
  ]
  for (const [field, key] of lookups) {
    if (!key) continue
    const row = db.prepare(`SELECT resource_id FROM tracker_index WHERE ${field}_key = ? ORDER BY resource_id LIMIT 1`).get(key) as
      { resource_id: number } | undefined
    if (row) return { resourceId: row.resource_id, matchedOn: field }
  }
  return null
}

/** Records whose full name has this key, oldest first (several people may share a name). */
export function indexRecordsByName(db: Db, nameKey: string, limit = 10): number[] {
  return (
    db.prepare('SELECT resource_id FROM tracker_index WHERE name_key = ? ORDER BY resource_id LIMIT ?').all(nameKey, limit) as { resource_id: number }[]
  ).map((r) => r.resource_id)
}

/** Records with this full name key and what the index knows of their email and LinkedIn URL (keys), oldest first. */
export function indexPeopleByName(
  db: Db,
  nameKey: string,
  limit: number
): { resourceId: number; fullName: string | null; emailKey: string | null; linkedinKey: string | null }[] {
  return (
    statement(db, 'SELECT resource_id, full_name, email_key, linkedin_key FROM tracker_index WHERE name_key = ? ORDER BY resource_id LIMIT ?').all(
      nameKey,
      limit
    ) as {
      resource_id: number
      full_name: string | null
      email_key: string | null
      linkedin_key: string | null
    }[]
  ).map((r) => ({ resourceId: r.resource_id, fullName: r.full_name, emailKey: r.email_key, linkedinKey: r.linkedin_key }))
}

/** Whether a known record shares the full name, email or LinkedIn URL key with a person (a link the user may choose). */
export function indexRecordShares(db: Db, resourceId: number, keys: { email: string | null; linkedin: string | null; name: string | null }): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM tracker_index WHERE resource_id = ? AND ((? IS NOT NULL AND name_key = ?) OR (? IS NOT NULL AND email_key = ?) OR (? IS NOT NULL AND linkedin_key = ?))`
    ).get(resourceId, keys.name, keys.name, keys.email, keys.email, keys.linkedin, keys.linkedin) !== undefined
  )
}

/** Records that may be near misses of a person: same surname, or the same email name at any domain. */
export function nearMissCandidates(
  db: Db,
  keys: { surname: string | null; emailLocal: string | null },
  limit = 50
): { resourceId: number; fullName: string | null; emailKey: string | null }[] {
  const rows: { resource_id: number; full_name: string | null; email_key: string | null }[] = []
  if (keys.surname)
    rows.push(
      ...(db
        .prepare('SELECT resource_id, full_name, email_key FROM tracker_index WHERE surname_key = ? ORDER BY resource_id LIMIT ?')
        .all(keys.surname, limit) as typeof rows)
    )
  if (keys.emailLocal)
    rows.push(
      ...(db
        .prepare('SELECT resource_id, full_name, email_key FROM tracker_index WHERE email_key >= ? AND email_key < ? ORDER BY resource_id LIMIT ?')
        .all(`${keys.emailLocal}@`, `${keys.emailLocal}A`, limit) as typeof rows)
    )
  const seen = new Set<number>()
  return rows
    .filter((row) => !seen.has(row.resource_id) && seen.add(row.resource_id))
    .map((row) => ({ resourceId: row.resource_id, fullName: row.full_name, emailKey: row.email_key }))
}
