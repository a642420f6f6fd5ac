// CSV import of N generated rows (bench/csv-fixture.ts): read, check, dedupe and write them with core.csv.apply into
// a new job of a fresh data folder, against papaparse streaming the same file and doing nothing per row. Each run of
// each side is a fresh process (bench/csv-child.ts), so peak RSS is per run and neither side has a warm JIT.
// Beside them, the floor (bench/csv-floor.ts): SQLite alone storing the same candidates, rows read before the clock,
// with every index kept row by row ("indexed") and with the importer's deferred indexes ("deferred"). It shows how
// much of our figure the database writes take on this machine (BENCH_CSV_FLOOR=0 leaves it out).
import { runCsvChild, writeBenchCsv, type ChildResult } from './csv-fixture'
import { stats, type BenchLine } from './types'
import { benchDir, runStandalone } from './util'

const MAX_RATIO = 2.5
const MAX_RSS_MB = 150

export async function benchCsvImport(options: { rows: number; runs: number }): Promise<BenchLine> {
  const fixture = writeBenchCsv(options.rows)
  const ours: ChildResult[] = []
  const base: ChildResult[] = []
  const floorIndexed: ChildResult[] = []
  const floorDeferred: ChildResult[] = []
  const withFloor = process.env.BENCH_CSV_FLOOR !== '0'
  try {
    for (let run = 0; run < options.runs; run++) {
      // alternate which side goes first, so that a slow spell of a busy machine does not fall on one side only
      const measureOurs = async () => {
        const data = benchDir('csv-import-data')
        try {
          ours.push(await runCsvChild(['import', fixture.file, data.dir]))
        } finally {
          data.remove()
        }
      }
      const measureBase = async () => void base.push(await runCsvChild(['parse', fixture.file]))
      if (run % 2 === 0) (await measureBase(), await measureOurs())
      else (await measureOurs(), await measureBase())
      if (withFloor) {
        for (const [mode, into] of [['floor-indexed', floorIndexed], ['floor-deferred', floorDeferred]] as const) {
          const data = benchDir('csv-floor-data')
          try {
            into.push(await runCsvChild([mode, fixture.file, data.dir]))
          } finally {
            data.remove()
          }
        }
      }
    }
  } finally {
    fixture.cleanup()
  }
  const figure = stats(ours.map((r) => r.ms))
  const baseline = stats(base.map((r) => r.ms))
  const ratio = figure.median / baseline.median
  const peakRss = Math.max(...ours.map((r) => r.peakRssMb))
  return {
    what: `CSV import, ${options.rows.toLocaleString('en')} rows × template columns (parse, validate, dedupe, insert)`,
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
      skipped: ours[0]?.skipped ?? 0,
      invalid: ours[0]?.invalid ?? 0,
      ...(withFloor
        ? {
            floorIndexedMs: Math.round(stats(floorIndexed.map((r) => r.ms)).median),
            floorIndexedRatio: Math.round((stats(floorIndexed.map((r) => r.ms)).median / baseline.median) * 100) / 100,
            floorDeferredMs: Math.round(stats(floorDeferred.map((r) => r.ms)).median),
            floorDeferredRatio: Math.round((stats(floorDeferred.map((r) => r.ms)).median / baseline.median) * 100) / 100
          }
        : {})
    }
  }
}

runStandalone(() => benchCsvImport({ rows: Number(process.env.BENCH_ROWS ?? 100_000), runs: Number(process.env.BENCH_RUNS ?? 3) }), 'bench/csv-import.ts')
