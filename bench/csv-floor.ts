// The floor under the CSV import's figure: what SQLite alone costs to store the file's candidates, measured like the
// import (a fresh process, a fresh data folder, one transaction, committed with the app's pragmas). The rows are
// read, checked and keyed BEFORE the clock starts, with the importer's own row reader, so the clock sees only the
// inserts: each candidate row (same columns and keys as the importer writes), its job membership, the commit.
//   indexed   every index kept up to date row by row (what any row-by-row insert pays)
//   deferred  the candidates' secondary indexes built once at the end, with the importer's page cache (what the
//             importer does for a big file)
// Started by csv-child.ts (`floor-indexed` / `floor-deferred`).
import { createCore } from '../electron/core'
import { DeferredIndexes } from './deferred-indexes'
import { readCsvSync } from '../electron/csv/reader'
import { addManyToJob, CANDIDATE_COLUMNS, candidateKeys } from '../electron/db/candidates'
import type { SecretStore } from '../electron/secrets'
import { resolveMapping, RowReader, rowPlan } from '../shared/csv'
import type { CandidateFields, Stage } from '../shared/domain'

const noSecrets: SecretStore = { kind: 'keychain', get: async () => null, set: async () => {}, delete: async () => false }
const FIELD_NAMES = Object.keys(CANDIDATE_COLUMNS) as (keyof CandidateFields)[]

export function insertFloor(file: string, dataDir: string, deferred: boolean): Record<string, number> {
  const now = new Date().toISOString()
  const rows: { values: unknown[]; stage: Stage }[] = []
  let reader: RowReader | null = null
  readCsvSync(
    file,
    { encoding: 'utf-8', bomBytes: 3, delimiter: ',' },
    {
      onHeader: (headers) => void (reader = new RowReader(rowPlan(resolveMapping(headers, {}).columns), headers.length)),
      onRows: (batch) => {
        for (const { row, cells } of batch) {
          const read = (reader as RowReader).read(cells, row)
          if (!read.fields) continue
          const keys = candidateKeys(read.fields)
          const values = FIELD_NAMES.map((f) => read.fields?.[f] ?? null)
          values.push(keys.name_key, keys.email_key, keys.linkedin_key, now, now)
          rows.push({ values, stage: read.stage ?? 'sourced' })
        }
      }
    }
  )
  const core = createCore({ dataDir, secrets: noSecrets })
  try {
    const jobId = core.jobs.create({ title: 'Benchmark floor' }).id
    const db = core.ctx.db
    const insert = db.prepare(
      `INSERT INTO candidates (${FIELD_NAMES.map((f) => CANDIDATE_COLUMNS[f]).join(', ')}, name_key, email_key, linkedin_key, created_at, updated_at)
       VALUES (${FIELD_NAMES.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`
    )
    const start = performance.now()
    const store = db.transaction(() => {
      const indexes = deferred ? new DeferredIndexes(db, 'candidates', 0) : null
      const members: [number, Stage][] = []
      for (const row of rows) {
        members.push([Number(insert.run(row.values).lastInsertRowid), row.stage])
        indexes?.add()
        if (members.length === 1000) addManyToJob(db, jobId, members.splice(0), now)
      }
      addManyToJob(db, jobId, members, now)
      indexes?.finish()
    })
    if (deferred) db.pragma('cache_size = -4000') // the importer's page cache
    store()
    return { ms: performance.now() - start, rows: rows.length }
  } finally {
    void core.close()
  }
}
