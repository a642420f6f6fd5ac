// A core on a temp data folder for the CSV tests, plus file and database helpers.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, onTestFinished } from 'vitest'
import iconv from 'iconv-lite'
import { createCore, type Core } from '../../../electron/core'
import type { SecretStore } from '../../../electron/secrets'
import { manualClock } from '../../helpers/clock'
import { tempDir } from '../../helpers/temp'

export const FIXTURES = join(__dirname, '../../fixtures/csv')

const noSecrets: SecretStore = { kind: 'keychain', get: async () => null, set: async () => {}, delete: async () => false }

/** `slices`: write imports and undos in tiny slices, so that a small file takes several (as a big one does). */
export function csvCore(options: { slices?: boolean } = {}) {
  const dir = tempDir('tracker-sync-csv-')
  const clock = manualClock()
  const core = createCore({ dataDir: dir, secrets: noSecrets, clock, writeSlices: options.slices ? { sliceMs: 2, pauseMs: 0 } : undefined })
  onTestFinished(() => core.close())
  return {
    core,
    dir,
    clock,
    job: (title = 'Senior Staff Nurse') => core.jobs.create({ title }).id,
    /** Writes a file into the temp folder (text as UTF-8, or bytes as given) and returns its path. */
    file: (name: string, content: string | Buffer) => {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    },
    dump: () => dumpDatabase(core)
  }
}

/** Applies a file that must be refused as a whole (invalid rows skipped even); returns the error. The database must not change. */
export async function refusedWhole(t: ReturnType<typeof csvCore>, file: string, what = file): Promise<Error> {
  const job = t.job()
  const before = t.dump()
  const error = await t.core.csv.apply(file, { jobId: job, skipInvalid: true }).then(
    () => null,
    (e: Error) => e
  )
  expect(error, `${what} was not refused`).toBeInstanceOf(Error)
  expect(t.dump()).toEqual(before)
  return error as Error
}

/**
 * A core on a data folder of its own that the caller closes: a second installation, which has never seen the
 * candidates of the first (an import there creates every row, where the same database would add known people).
 */
export function separateCore(): Core {
  return createCore({ dataDir: tempDir('tracker-sync-csv-'), secrets: noSecrets, clock: manualClock() })
}

/** Every row of every table, in a stable order: "the database is unchanged" means this is equal. */
export function dumpDatabase(core: Core): Record<string, unknown[]> {
  const tables = core.ctx.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as {
    name: string
  }[]
  return Object.fromEntries(tables.map(({ name }) => [name, core.ctx.db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()]))
}

/** Text in a code page (every character must exist in it: iconv-lite would write "?" for one that does not). */
export function codePage(text: string, encoding = 'windows-1252'): Buffer {
  const bytes = iconv.encode(text, encoding)
  if (iconv.decode(bytes, encoding) !== text) throw new Error(`${JSON.stringify(text)} has characters ${encoding} does not have`)
  return bytes
}

/** Text as Windows-1252 bytes (every character must exist in Windows-1252). */
export const windows1252 = (text: string): Buffer => codePage(text)

/** Candidate fields of a job, in id order, without ids and times. */
export function jobFields(core: Core, jobId: number) {
  return core.candidates
    .listForJob(jobId)
    .map(({ id: _id, createdAt: _c, updatedAt: _u, stageChangedAt: _s, jobId: _j, duplicateWarning: _d, ...rest }) => rest)
}
