// .xlsx import of N generated rows against the CSV import of the same rows (csv-fixture.ts's rows, in a workbook:
// xlsx-fixture.ts), each run in a fresh process (csv-child.ts), alternating which goes first. The figure is the
// time of core.csv.apply; the target is memory (peak RSS), and both imports must end with the same counts.
import { runCsvChild, writeBenchCsv, type ChildResult } from './csv-fixture'
import { stats, type BenchLine } from './types'
import { benchDir, runStandalone } from './util'
import { writeBenchXlsx } from './xlsx-fixture'

const MAX_RSS_MB = 250

async function importOnce(file: string): Promise<ChildResult> {
  const data = benchDir('xlsx-import-data')
  try {
    return await runCsvChild(['import', file, data.dir])
  } finally {
    data.remove()
  }
}

const outcome = (r: ChildResult) => [r.rows, r.new, r.added, r.skipped, r.invalid].join('/')

export async function benchXlsxImport(options: { rows: number; runs: number }): Promise<BenchLine> {
  const csv = writeBenchCsv(options.rows)
  try {
    const xlsx = await writeBenchXlsx(options.rows, csv.dir)
    const ours: ChildResult[] = []
    const base: ChildResult[] = []
    for (let run = 0; run < options.runs; run++) {
      if (run % 2 === 0) base.push(await importOnce(csv.file))
      ours.push(await importOnce(xlsx.file))
      if (run % 2 === 1) base.push(await importOnce(csv.file))
    }
    const figure = stats(ours.map((r) => r.ms))
    const baseline = stats(base.map((r) => r.ms))
    const peakRss = Math.max(...ours.map((r) => r.peakRssMb))
    const same = ours.every((r) => outcome(r) === outcome(base[0]))
    return {
      what: `.xlsx import, ${options.rows.toLocaleString('en')} rows × template columns (the CSV line's rows in a workbook)`,
      figure,
      unit: 'ms',
      baseline: { what: 'CSV import of the same rows', ...baseline },
      ratio: figure.median / baseline.median,
      target: `peak RSS ≤ ${MAX_RSS_MB} MB; the same rows imported as from the CSV (time: reported)`,
      pass: peakRss <= MAX_RSS_MB && same,
      extra: {
        peakRssMb: Math.round(peakRss),
        csvPeakRssMb: Math.round(Math.max(...base.map((r) => r.peakRssMb))),
        fileMb: Math.round(xlsx.bytes / 1e5) / 10,
        csvFileMb: Math.round(csv.bytes / 1e5) / 10,
        outcome: outcome(ours[0]),
        csvOutcome: outcome(base[0])
      }
    }
  } finally {
    csv.cleanup()
  }
}

runStandalone(() => benchXlsxImport({ rows: Number(process.env.BENCH_ROWS ?? 100_000), runs: Number(process.env.BENCH_RUNS ?? 3) }), 'bench/xlsx-import.ts')
