// Small helpers shared by the benchmarks.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function benchDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `tracker-sync-bench-${prefix}-`))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await work()
  return { ms: performance.now() - start, value }
}

/** A deterministic PRNG, so every run generates the same data (the sandbox's demo seed uses the same one). */
export { mulberry32 as prng } from '../electron/sandbox/prng'

/** Runs a benchmark module standalone: `npx tsx bench/x.ts` prints its line as JSON. */
export function runStandalone(main: () => Promise<unknown>, file: string): void {
  if (process.argv[1] && process.argv[1].endsWith(file)) {
    main()
      .then((line) => console.log(JSON.stringify(line, null, 2)))
      .catch((error) => {
        console.error(error)
        process.exit(1)
      })
  }
}

/** Peak resident set size of this process so far, in MB (Linux: VmHWM; elsewhere maxRSS). */
export function peakRssMb(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (hwm) return Number(hwm[1]) / 1024
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024
}
