// The export's bytes, compared with the same rows written one csvRecord at a time (the template's writer): the
// exporter encodes cells straight into a reused byte buffer, and this checks that nothing is lost or reordered at
// buffer flushes, buffer growth, page ends, multi-byte characters and surrogate pairs.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CSV_BOM, csvRecord, exportHeaders } from '../../../shared/csv'
import { STAGE_LABELS, STAGES, type CandidateFields } from '../../../shared/domain'
import { addToJob, insertCandidate } from '../../../electron/db/candidates'
import { csvCore } from './helpers'

const HARD = ['"', ',', '\n', '\r\n', '\t', "'", "''=", '=', '-', '+', '@', ' ', '\u00a0', '\u3000', 'é', '中文', '😀', '👩‍👩‍👧', 'x']
const FIELDS: (keyof CandidateFields)[] = [
  'firstName',
  'lastName',
  'fullName',
  'email',
  'phone',
  'linkedinUrl',
  'city',
  'state',
  'country',
  'currentTitle',
  'currentCompany',
  'summary',
  'experience',
  'education',
  'skills',
  'notes'
]

describe('CSV export bytes', () => {
  it('are exactly the rows written one record at a time, across pages, flushes and a page larger than the buffer', async () => {
    const t = csvCore()
    const job = t.job()
    const now = t.core.ctx.now()
    const expected: string[] = []
    t.core.ctx.db.transaction(() => {
      for (let i = 0; i < 620; i++) {
        // Rows 0-9 hold 5 x 20,000 multi-byte characters (~1.6 MB together: more than the 1 MB buffer, in one page);
        // the rest cycle through hard values, nulls and empty cells.
        const value = (f: number): string | null => {
          if (i < 10 && f >= 11) return (i % 2 ? '中' : '😀').repeat(i % 2 ? 20_000 : 10_000)
          const k = (i * 7 + f * 3) % (HARD.length + 2)
          return k === HARD.length ? null : k === HARD.length + 1 ? '' : HARD[k] + HARD[(k + i) % HARD.length] + String(i)
        }
        const fields = Object.fromEntries(FIELDS.map((f, n) => [f, value(n)])) as unknown as CandidateFields
        fields.fullName = `Person ${i}`
        const created = insertCandidate(t.core.ctx.db, fields, now)
        const stage = STAGES[i % STAGES.length]
        addToJob(t.core.ctx.db, job, created.id, stage, now)
        const f = fields as unknown as Record<string, string | null>
        expected.push(
          csvRecord([
            f.firstName,
            f.lastName,
            f.fullName,
            f.email,
            f.phone,
            f.linkedinUrl,
            f.city,
            f.state,
            f.country,
            f.currentTitle,
            f.currentCompany,
            STAGE_LABELS[stage],
            null,
            f.summary,
            f.experience,
            f.education,
            f.skills,
            f.notes,
            'Not synced',
            null
          ])
        )
      }
    })()
    const file = join(t.dir, 'bytes.csv')
    const result = await t.core.csv.exportCsv(file, { jobId: job })
    const text = CSV_BOM + csvRecord(exportHeaders(false)) + expected.join('')
    expect(result).toMatchObject({ rows: 620, bytes: Buffer.byteLength(text) })
    expect(readFileSync(file).equals(Buffer.from(text, 'utf8'))).toBe(true)
  })
})
