// The shape every benchmark returns; bench/run.ts prints them as one table and writes bench/results.json.
// Machines are noisy, so each figure is measured several times (min / median / max) next to a baseline measured in
// the same run, and the target is usually a ratio to that baseline.

export interface Stats {
  min: number
  median: number
  max: number
  runs: number[]
}

export interface BenchLine {
  /** What was measured, e.g. "CSV import, 100,000 rows". */
  what: string
  /** Our figure (median of the runs) with its unit. */
  figure: Stats
  unit: string
  /** The baseline measured in the same run (null when the target is absolute). */
  baseline: (Stats & { what: string }) | null
  /** figure.median / baseline.median (null when there is no baseline). */
  ratio: number | null
  /** The target in words, e.g. "≤ 2.5× baseline; peak RSS ≤ 150 MB". */
  target: string
  /** Whether the target holds. */
  pass: boolean
  /** Anything else worth knowing (peak RSS, calls per candidate, 429s …). */
  extra?: Record<string, number | string>
}

export function stats(runs: number[]): Stats {
  const sorted = [...runs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { min: sorted[0], median, max: sorted[sorted.length - 1], runs }
}
