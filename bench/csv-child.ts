// One measured run of a CSV benchmark, in a process of its own (so that peak RSS is this run's, and the JIT starts
// cold for the baseline and for our code alike). Started by csv-import.ts / csv-export.ts as
//   node --require tsx/cjs bench/csv-child.ts <mode> <csv file> [data folder]
// and prints one line of JSON: { ms, peakRssMb, ... }. Modes:
//   parse     the baseline of the import: papaparse streaming parse of the file, nothing done per row
//   import    core.csv.apply of the file into a new job of a fresh data folder (invalid rows skipped)
//             (or of a data folder that already holds the file's people on another job: csv-import-cross.ts)
//   unparse   the baseline of the export: Papa.unparse of the rows of an exported file, already in memory
//   floor-indexed / floor-deferred   SQLite alone storing the file's candidates (csv-floor.ts), for the floor
//   export    core.csv.exportCsv of the job imported into the data folder beforehand, to <csv file> (see csv-export.ts)
import { createReadStream, readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { createCore } from '../electron/core'
import type { SecretStore } from '../electron/secrets'
import { insertFloor } from './csv-floor'
import { peakRssMb } from './util'

const noSecrets: SecretStore = { kind: 'keychain', get: async () => null, set: async () => {}, delete: async () => false }

async function parse(file: string): Promise<Record<string, number>> {
  const start = performance.now()
  let rows = 0
  await new Promise<void>((resolve, reject) =>
    Papa.parse(createReadStream(file, { encoding: 'utf8' }) as unknown as File, {
      chunk: (results: Papa.ParseResult<unknown>) => void (rows += results.data.length),
      complete: () => resolve(),
      error: reject
    })
  )
  return { ms: performance.now() - start, rows }
}

async function importFile(file: string, dataDir: string): Promise<Record<string, number>> {
  const core = createCore({ dataDir, secrets: noSecrets })
  try {
    const jobId = core.jobs.create({ title: 'Benchmark import' }).id
    const start = performance.now()
    const outcome = await core.csv.apply(file, { jobId, skipInvalid: true })
    const ms = performance.now() - start
    if (outcome.status !== 'applied') throw new Error(`the import was ${outcome.status}: ${outcome.reason}`)
    return {
      ms,
      rows: outcome.counts.rows,
      new: outcome.counts.new,
      added: outcome.counts.added,
      skipped: outcome.counts.skipped,
      invalid: outcome.counts.invalid
    }
  } finally {
    await core.close()
  }
}

/** The rows as an export holds them, read before the clock starts: the baseline is unparse alone. */
async function unparse(file: string): Promise<Record<string, number>> {
  const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data
  const start = performance.now()
  const text = Papa.unparse(rows, { newline: '\r\n' })
  return { ms: performance.now() - start, rows: rows.length - 1, chars: text.length }
}

async function exportJob(out: string, dataDir: string): Promise<Record<string, number>> {
  const core = createCore({ dataDir, secrets: noSecrets })
  try {
    const jobId = core.jobs.list()[0].id
    const start = performance.now()
    const result = await core.csv.exportCsv(out, { jobId })
    return { ms: performance.now() - start, rows: result.rows, bytes: result.bytes }
  } finally {
    await core.close()
  }
}

async function main(): Promise<void> {
  const [mode, file, dataDir] = process.argv.slice(2)
  const result =
    mode === 'parse'
      ? await parse(file)
      : mode === 'import'
        ? await importFile(file, dataDir)
        : mode === 'unparse'
          ? await unparse(file)
          : mode === 'export'
            ? await exportJob(file, dataDir)
            : mode === 'floor-indexed' || mode === 'floor-deferred'
              ? insertFloor(file, dataDir, mode === 'floor-deferred')
              : null
  if (!result) throw new Error(`unknown mode ${mode}`)
  process.stdout.write(JSON.stringify({ ...result, peakRssMb: peakRssMb() }) + '\n')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
