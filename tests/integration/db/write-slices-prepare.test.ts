// A long write whose input can only be read asynchronously (an .xlsx sheet): it reads in prepare(), which runs before
// each slice and outside it, and ends a slice early with 'wait' when it has nothing more in hand. No await ever
// happens inside a slice's transaction.
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/db/open'
import { writeInSlices } from '../../../electron/db/write-slices'
import { tempDir } from '../../helpers/temp'

describe('a sliced write that reads ahead between its slices', () => {
  it('reads outside any transaction, and each slice it ends with "wait" is committed', async () => {
    const file = join(tempDir('tracker-sync-slices-'), 'tracker-sync.db')
    const db = openDatabase(file)
    const reader = openDatabase(file)
    db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY)')
    const insert = db.prepare('INSERT INTO bulk (id) VALUES (?)')
    const buffer: number[] = []
    let read = 0
    const prepares: boolean[] = []
    const committedRows: number[] = []
    await writeInSlices(
      db,
      {
        async prepare() {
          prepares.push(db.inTransaction)
          await sleep(1)
          for (let i = 0; i < 10 && read < 35; i++) buffer.push(++read)
        },
        step() {
          const next = buffer.shift()
          if (next === undefined) return read < 35 ? 'wait' : false
          insert.run(next)
          return true
        },
        end: () => {},
        committed: () => void committedRows.push((reader.prepare('SELECT COUNT(*) AS n FROM bulk').get() as { n: number }).n)
      },
      { sliceMs: 10_000, pauseMs: 0 }
    )
    reader.close()
    db.close()
    // once before the first slice, then between slices; never inside one
    expect(prepares).toEqual([false, false, false, false])
    expect(committedRows).toEqual([10, 20, 30, 35])
  })
})
