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

type Fixture = ReturnType<typeof writeBenchCsv>

/**
 * Our import of the file against papaparse's bare parse of it, `runs` times each, alternating which side goes first
 * so that a slow spell of a busy machine does not fall on one side only. `prepare` readies each run's fresh data
 * folder (empty by default).
 */
export async function importVsParse(file: string, runs: number, prepare: (dataDir: string) => void = () => undefined) {
  const ours: ChildResult[] = []
  const base: ChildResult[] = []
  const measureOurs = async () => {
    const data = benchDir('csv-import-data')
    try {
      prepare(data.dir)
      ours.push(await runCsvChild(['import', file, data.dir]))
    } finally {
      data.remove()
    }
  }
  const measureBase = async () => void base.push(await runCsvChild(['parse', file]))
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      await measureBase()
      await measureOurs()
    } else {
      await measureOurs()
      await measureBase()
    }
  }
  return { ours, base }
}

/** The line both import benchmarks report: the ratio to the parse, peak RSS, and what the import did. */
export function importLine(what: string, fixture: Fixture, ours: ChildResult[], base: ChildResult[], extra: Record<string, number> = {}): BenchLine {
  const figure = stats(ours.map((r) => r.ms))
  const baseline = stats(base.map((r) => r.ms))
  const ratio = figure.median / baseline.median
  const peakRss = Math.max(...ours.map((r) => r.peakRssMb))
  return {
    what,
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
      invalid: ours[0]?.invalid ?? 0,
      ...extra
    }
  }
}

/** SQLite alone storing the file's rows (bench/csv-floor.ts), median ms and its ratio to the parse. */
async function floor(mode: 'floor-indexed' | 'floor-deferred', file: string, runs: number, baselineMs: number) {
  const results: ChildResult[] = []
  for (let run = 0; run < runs; run++) {
    const data = benchDir('csv-floor-data')
    try {
      results.push(await runCsvChild([mode, file, data.dir]))
    } finally {
      data.remove()
    }
  }
  const ms = stats(results.map((r) => r.ms)).median
  return { ms: Math.round(ms), ratio: Math.round((ms / baselineMs) * 100) / 100 }
}

export async function benchCsvImport(options: { rows: number; runs: number }): Promise<BenchLine> {
  const fixture = writeBenchCsv(options.rows)
  try {
    const { ours, base } = await importVsParse(fixture.file, options.runs)
    let extra: Record<string, number> = {}
    if (process.env.BENCH_CSV_FLOOR !== '0') {
      const baselineMs = stats(base.map((r) => r.ms)).median
      const indexed = await floor('floor-indexed', fixture.file, options.runs, baselineMs)
      const deferred = await floor('floor-deferred', fixture.file, options.runs, baselineMs)
      extra = { floorIndexedMs: indexed.ms, floorIndexedRatio: indexed.ratio, floorDeferredMs: deferred.ms, floorDeferredRatio: deferred.ratio }
    }
    return importLine(`CSV import, ${options.rows.toLocaleString('en')} rows × template columns (parse, validate, dedupe, insert)`, fixture, ours, base, extra)
  } finally {
    fixture.cleanup()
  }
}

runStandalone(() => benchCsvImport({ rows: Number(process.env.BENCH_ROWS ?? 100_000), runs: Number(process.env.BENCH_RUNS ?? 3) }), 'bench/csv-import.ts')
