import type Database from 'better-sqlite3'
import type { Db } from './open'

// Compiling a statement costs more than running it (about 50–120 µs for an insert with RETURNING on this schema,
// against a few µs to run), so functions called once per row of a 100,000-row import keep theirs. One cache per
// connection; only for fixed SQL text used with run/get/all (never with pluck/raw/expand, which change a statement).
const caches = new WeakMap<Db, Map<string, Database.Statement>>()

export function statement(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  let prepared = cache.get(sql)
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)))
  return prepared
}
