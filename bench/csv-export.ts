// CSV export of N candidates (the rows of bench/csv-fixture.ts, imported into one job beforehand) with
// core.csv.exportCsv, against Papa.unparse of the same rows (read from our export) already in memory. Each run of
// each side is a fresh process (bench/csv-child.ts).
import { join } from 'node:path'
import { runCsvChild, writeBenchCsv, type ChildResult } from './csv-fixture'
import { stats, type BenchLine } from './types'
import { benchDir, runStandalone } from './util'

const MAX_RATIO = 2

export async function benchCsvExport(options: { rows: number; runs: number }): Promise<BenchLine> {
  const fixture = writeBenchCsv(options.rows)
  const data = benchDir('csv-export-data')
  const ours: ChildResult[] = []
  const base: ChildResult[] = []
  try {
    const imported = await runCsvChild(['import', fixture.file, data.dir])
    const exported = join(data.dir, 'export.csv')
    await runCsvChild(['export', exported, data.dir]) // the rows the baseline unparses
    for (let run = 0; run < options.runs; run++) {
      const measureOurs = async () => void ours.push(await runCsvChild(['export', join(data.dir, `export-${run}.csv`), data.dir]))
      const measureBase = async () => void base.push(await runCsvChild(['unparse', exported]))
      if (run % 2 === 0) {
        await measureBase()
        await measureOurs()
      } else {
        await measureOurs()
        await measureBase()
      }
    }
    const figure = stats(ours.map((r) => r.ms))
    const baseline = stats(base.map((r) => r.ms))
    const ratio = figure.median / baseline.median
    return {
      what: `CSV export, ${imported.new.toLocaleString('en')} candidates of one job`,
      figure,
      unit: 'ms',
      baseline: { what: 'Papa.unparse of the same rows in memory', ...baseline },
      ratio,
      target: `≤ ${MAX_RATIO}× baseline`,
      pass: ratio <= MAX_RATIO,
      extra: { peakRssMb: Math.round(Math.max(...ours.map((r) => r.peakRssMb))), fileMb: Math.round((ours[0]?.bytes ?? 0) / 1e5) / 10 }
    }
  } finally {
    fixture.cleanup()
    data.remove()
  }
}

runStandalone(() => benchCsvExport({ rows: Number(process.env.BENCH_ROWS ?? 100_000), runs: Number(process.env.BENCH_RUNS ?? 3) }), 'bench/csv-export.ts')
