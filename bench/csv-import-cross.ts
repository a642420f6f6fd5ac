// CSV import of N generated rows whose people are ALREADY candidates of another job (export job A, import into job
// B): every row is matched against the stored candidates (electron/csv/stored-keys.ts) and added to the new job.
// The stored candidates' key tables are built before the first row, so this is the import's memory worst case; the
// same limits as a fresh import hold. The data folder is seeded once (the file imported into a first job, in a
// process of its own) and copied for each run, so every measured run starts from the same database.
import { cpSync } from 'node:fs'
import { runCsvChild, writeBenchCsv } from './csv-fixture'
import { importLine, importVsParse } from './csv-import'
import type { BenchLine } from './types'
import { benchDir, runStandalone } from './util'

export async function benchCsvImportCrossJob(options: { rows: number; runs: number }): Promise<BenchLine> {
  const fixture = writeBenchCsv(options.rows)
  const seed = benchDir('csv-cross-seed')
  try {
    await runCsvChild(['import', fixture.file, seed.dir])
    const { ours, base } = await importVsParse(fixture.file, options.runs, (dataDir) => cpSync(seed.dir, dataDir, { recursive: true }))
    return importLine(`CSV import, ${options.rows.toLocaleString('en')} rows already candidates of another job (added to the new job)`, fixture, ours, base)
  } finally {
    seed.remove()
    fixture.cleanup()
  }
}

runStandalone(
  () => benchCsvImportCrossJob({ rows: Number(process.env.BENCH_ROWS ?? 100_000), runs: Number(process.env.BENCH_RUNS ?? 3) }),
  'bench/csv-import-cross.ts'
)
