// A long write (an import of a million rows, the undo of one) shared fairly with other processes on the same data
// folder. SQLite lets one writer at a time; another process's write waits for it only up to the busy timeout (5 s),
// then fails. So a long writer commits in slices of about SLICE_MS each and pauses between them.
//
// The pause is sized to SQLite's busy handler: a process that has been waiting a while polls the lock every 100 ms
// (sqlite3_busy_timeout's delays are 1, 2, 5 … 50, 50, 100, 100 … ms), so a pause of a little more than 100 ms is
// always seen by one of its polls, and no waiter waits much longer than one slice. The cost is the pause over the
// slice: about a quarter of a long write's time, bought for the other process never failing.
//
// Each slice is ONE synchronous IMMEDIATE transaction: nothing awaits inside it, so no other code of this process
// joins it, and a failure rolls back that slice only. The pauses are where this process's event loop runs (the
// browser host answers requests between slices of an import it runs). A writer whose input can only be read
// asynchronously (an .xlsx sheet) reads it in prepare(), awaited before each slice and outside it, during the pause.
import type { Db } from './open'

export interface SliceTiming {
  sliceMs: number
  pauseMs: number
}

export const SLICE_TIMING: SliceTiming = { sliceMs: 250, pauseMs: 110 }

export interface SlicedWrite {
  /** Before each slice, outside its transaction (before the first, and during each pause): may await. */
  prepare?(): Promise<void>
  /** Runs first in each slice's transaction. */
  begin?(slice: number): void
  /** One small unit of work; false when there is nothing left; 'wait': nothing more until prepare() runs (ends the slice). */
  step(): boolean | 'wait'
  /** Runs last in each slice's transaction (`done`: the last slice). */
  end(done: boolean): void
  /** After a slice committed. */
  committed?(slice: number): void
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Runs the write to its end in slices; a failure rolls back the slice it happened in (earlier ones stay) and rethrows. */
export async function writeInSlices(db: Db, write: SlicedWrite, timing: SliceTiming = SLICE_TIMING): Promise<void> {
  await write.prepare?.()
  for (let slice = 1; ; slice++) {
    let done = false
    db.transaction(() => {
      write.begin?.(slice)
      const deadline = performance.now() + timing.sliceMs
      for (let more = write.step(); more !== 'wait'; more = write.step()) {
        done = !more
        if (done || performance.now() >= deadline) break
      }
      write.end(done)
    }).immediate()
    write.committed?.(slice)
    if (done) return
    await Promise.all([sleep(timing.pauseMs), write.prepare?.()])
  }
}
