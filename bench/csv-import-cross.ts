// CSV import of N generated rows whose people are ALREADY candidates of another job (export job A, import into job
// B): every row is matched against the stored candidates (electron/csv/stored-keys.ts) and added to the new job.
// The stored candidates' key tables are built before the first row, so this is the import's memory worst case; the
// same limits as a fresh import hold. The data folder is seeded once (the file imported into a first job, in a
// process of its own) and copied for each run, so every measured run starts from the same database.
import { cpSync } from 'node:fs'
import { runCsvChild, writeBenchCsv, type ChildResult } from './csv-fixture'
import { stats, type BenchLine } from './types'
import { benchDir, runStandalone } from './util'

const MAX_RATIO = 2.5
const MAX_RSS_MB = 150

export async function benchCsvImportCrossJob(options: { rows: number; runs: number }): Promise<BenchLine> {
  const fixture = writeBenchCsv(options.rows)
  const seed = benchDir('csv-cross-seed')
  const ours: ChildResult[] = []
  const base: ChildResult[] = []
  try {
    await runCsvChild(['import', fixture.file, seed.dir])
    for (let run = 0; run < options.runs; run++) {
      const measureOurs = async () => {
        const data = benchDir('csv-cross-data')
        try {
          cpSync(seed.dir, data.dir, { recursive: true })
          ours.push(await runCsvChild(['import', fixture.file, data.dir]))
        } finally {
          data.remove()
        }
      }
      const measureBase = async () => void base.push(await runCsvChild(['parse', fixture.file]))
      if (run % 2 === 0) (await measureBase(), await measureOurs())
      else (await measureOurs(), await measureBase())
    }
  } finally {
    seed.remove()
    fixture.cleanup()
  }
  const figure = stats(ours.map((r) => r.ms))
  const baseline = stats(base.map((r) => r.ms))
  const ratio = figure.median / baseline.median
  const peakRss = Math.max(...ours.map((r) => r.peakRssMb))
  return {
    what: `CSV import, ${options.rows.toLocaleString('en')} rows already candidates of another job (added to the new job)`,
    figure,
    unit: 'ms',
    baseline: { what: 'papaparse streaming parse, nothing per row', ...baseline },
    ratio,
    target: `≤ ${MAX_RATIO}× baseline; peak RSS ≤ ${MAX_RSS_MB} MB`,
    pass: ratio <= MAX_RATIO && peakRss <= MAX_RSS_MB,
    extra: {
      peakRssMb: Math.round(peakRss),
      baselinePeakRssMb: Math.round(Math.max(...base.map((r) => r.peakRssMb))),
      fileMb: Math.round(fixture.bytes / 1e5) / 10,
      new: ours[0]?.new ?? 0,
      added: ours[0]?.added ?? 0,
      skipped: ours[0]?.skipped ?? 0,
      invalid: ours[0]?.invalid ?? 0
    }
  }
}

runStandalone(
  () => benchCsvImportCrossJob({ rows: Number(process.env.BENCH_ROWS ?? 100_000), runs: Number(process.env.BENCH_RUNS ?? 3) }),
  'bench/csv-import-cross.ts'
)
