import { normalizeEmail, normalizeFullName, normalizeLinkedInUrl } from '../../shared/normalize'
import type { MatchField } from '../../shared/domain'
import type { Db } from './open'

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
  const keys = [normalizeFullName(record.fullName), normalizeEmail(record.email), normalizeLinkedInUrl(record.linkedinUrl)]
  if (source === 'crawl') {
    db.prepare(
      `INSERT INTO tracker_index (resource_id, full_name, name_key, email_key, linkedin_key, updated_at, source, seen_at)
       VALUES (?, ?, ?, ?, ?, ?, 'crawl', ?)
       ON CONFLICT (resource_id) DO UPDATE SET full_name = excluded.full_name, name_key = excluded.name_key,
         email_key = excluded.email_key, linkedin_key = excluded.linkedin_key, updated_at = excluded.updated_at,
         source = 'crawl', seen_at = excluded.seen_at`
    ).run(record.resourceId, record.fullName, ...keys, record.updatedAt, seenAt)
  } else {
    db.prepare(
      `INSERT INTO tracker_index (resource_id, full_name, name_key, email_key, linkedin_key, updated_at, source, seen_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (resource_id) DO UPDATE SET full_name = COALESCE(full_name, excluded.full_name),
         name_key = COALESCE(name_key, excluded.name_key), email_key = COALESCE(email_key, excluded.email_key),
         linkedin_key = COALESCE(linkedin_key, excluded.linkedin_key), seen_at = excluded.seen_at`
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
      | { resource_id: number }
      | undefined
    if (row) return { resourceId: row.resource_id, matchedOn: field }
  }
  return null
}

export function deleteIndexRecord(db: Db, resourceId: number): void {
  db.prepare('DELETE FROM tracker_index WHERE resource_id = ?').run(resourceId)
}

export function indexSize(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM tracker_index').get() as { n: number }).n
}
