// A long write (an import of a million rows) beside another process's small writes: the long one commits in slices,
// so the other never waits past a slice — where ONE transaction of the same work made every write of the other
// process fail with "database is locked" after the 5 s busy timeout.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/db/open'
import { SLICE_TIMING, writeInSlices } from '../../../electron/db/write-slices'
import { tempDir } from '../../helpers/temp'

const CHILD = join(__dirname, '../../fixtures/small-writer-child.ts')
const LONG_WRITE_MS = 7_000 // longer than the busy timeout

function startSmallWriter(file: string, forMs: number) {
  const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), CHILD, file, String(forMs)], { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  const ready = new Promise<void>((resolve) => child.stdout.on('data', (c: Buffer) => ((out += c.toString()), out.includes('ready') && resolve())))
  const result = new Promise<{ writes: number; maxWaitMs: number; failures: string[] }>((resolve) =>
    child.on('exit', () => resolve(JSON.parse(out.trim().split('\n').pop() as string)))
  )
  return { ready, result }
}

describe('a long write in slices', () => {
  it('lets another process write between its slices: no write fails, none waits much longer than a slice', async () => {
    const file = join(tempDir('tracker-sync-slices-'), 'tracker-sync.db')
    const db = openDatabase(file)
    db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, payload TEXT)')
    const other = startSmallWriter(file, LONG_WRITE_MS + 1_000)
    await other.ready
    const insert = db.prepare('INSERT INTO bulk (payload) VALUES (?)')
    const until = performance.now() + LONG_WRITE_MS
    let slices = 0
    await writeInSlices(db, {
      begin: () => void slices++,
      step() {
        for (let i = 0; i < 200; i++) insert.run('x'.repeat(100))
        return performance.now() < until
      },
      end: () => {}
    })
    const seen = await other.result
    db.close()
    expect(slices).toBeGreaterThan(10)
    expect(seen.failures).toEqual([])
    expect(seen.writes).toBeGreaterThan(20)
    // a slice, the pause, and the busy handler's polling; far below the 5 s after which a write fails
    expect(seen.maxWaitMs).toBeLessThan(SLICE_TIMING.sliceMs + 4 * SLICE_TIMING.pauseMs + 500)
  }, 30_000)
})
