// `npm run bench` (through main.ts): every performance target of the project, each against a baseline measured in the same run.
// Prints a table and writes bench/results.json.   Options: --quick (smaller data, fewer runs), --only a,b
// (BENCH_INDEX_CANDIDATES sets how many candidates index-read's TrackerRMS holds: 100,000, or 10,000 with --quick.)
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { benchCsvExport } from './csv-export'
import { benchCsvImport } from './csv-import'
import { benchCsvImportCrossJob } from './csv-import-cross'
import { benchIndexRead } from './index-read'
import { benchResume } from './resume'
import { benchReview } from './review'
import { benchSync } from './sync'
import type { BenchLine } from './types'
import { benchXlsxImport } from './xlsx-import'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const onlyArg = args.indexOf('--only')
const only = onlyArg >= 0 ? (args[onlyArg + 1] ?? '').split(',') : null

const BENCHES: { name: string; run: () => Promise<BenchLine | BenchLine[]> }[] = [
  { name: 'csv-import', run: () => benchCsvImport({ rows: quick ? 20_000 : 100_000, runs: quick ? 2 : 3 }) },
  { name: 'xlsx-import', run: () => benchXlsxImport({ rows: quick ? 20_000 : 100_000, runs: quick ? 2 : 3 }) },
  { name: 'csv-import-cross-job', run: () => benchCsvImportCrossJob({ rows: quick ? 20_000 : 100_000, runs: quick ? 2 : 3 }) },
  { name: 'csv-export', run: () => benchCsvExport({ rows: quick ? 20_000 : 100_000, runs: quick ? 2 : 3 }) },
  { name: 'sync', run: () => benchSync({ candidates: quick ? 200 : 1000, runs: quick ? 1 : 2 }) },
  { name: 'index-read', run: () => benchIndexRead({ candidates: Number(process.env.BENCH_INDEX_CANDIDATES ?? (quick ? 10_000 : 100_000)) }) },
  { name: 'resume', run: () => benchResume({ renders: 20, runs: quick ? 1 : 3 }) },
  { name: 'review', run: () => benchReview({ rows: quick ? 20_000 : 100_000, runs: 5 }) }
]

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? '—' : n.toLocaleString('en', { maximumFractionDigits: digits }))

function print(lines: BenchLine[]): void {
  const rows = lines.map((l) => [
    l.pass ? 'ok  ' : 'MISS',
    l.what,
    `${fmt(l.figure.median)} ${l.unit} (min ${fmt(l.figure.min)}, max ${fmt(l.figure.max)})`,
    l.baseline ? `${fmt(l.baseline.median)} (${l.baseline.what})` : '—',
    l.ratio === null ? '—' : `${fmt(l.ratio, 2)}×`,
    l.target +
      (l.extra
        ? `  [${Object.entries(l.extra)
            .map(([k, v]) => `${k}: ${v}`)
            .join('; ')}]`
        : '')
  ])
  const head = ['', 'what', 'ours (median)', 'baseline (median)', 'ratio', 'target']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ')
  console.log(line(head))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const r of rows) console.log(line(r))
}

async function main(): Promise<void> {
  const lines: BenchLine[] = []
  for (const bench of BENCHES) {
    if (only && !only.includes(bench.name)) continue
    process.stderr.write(`running ${bench.name}…\n`)
    const result = await bench.run()
    lines.push(...(Array.isArray(result) ? result : [result]))
  }
  print(lines)
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30) }
  writeFileSync(join(__dirname, 'results.json'), JSON.stringify({ at: new Date().toISOString(), quick, machine, lines }, null, 2) + '\n')
  const missed = lines.filter((l) => !l.pass).length
  console.log(
    `\n${lines.length - missed} of ${lines.length} targets hold.${quick ? ' (--quick: smaller data than the targets speak of)' : ''} Written to bench/results.json.`
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
