import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseWebArgs, WebUsageError } from '../../../electron/web/args'
import { tempDir } from '../../helpers/temp'

describe('npm run web arguments', () => {
  const env = { TRACKER_SYNC_DATA_DIR: '/data/Tracker Sync' }

  it('uses the usual data folder, and a folder of its own for --demo unless one is given', () => {
    expect(parseWebArgs([], env)).toEqual({ dataDir: '/data/Tracker Sync', port: 0, demo: false, help: false })
    expect(parseWebArgs(['--demo'], env)).toMatchObject({ dataDir: '/data/Tracker Sync Demo', demo: true })
    expect(parseWebArgs(['--demo', '--data-dir', '/tmp/d', '--port=4000'], env)).toEqual({ dataDir: '/tmp/d', port: 4000, demo: true, help: false })
  })

  it('refuses what it does not know, with the option named', () => {
    expect(() => parseWebArgs(['--demo=yes'], env)).toThrow(WebUsageError)
    expect(() => parseWebArgs(['--port', '70000'], env)).toThrow(/--port/)
    expect(() => parseWebArgs(['--token', 'abc'], env)).toThrow(/Unknown option "--token"/)
  })

  it('refuses a data folder path that is empty or a file, in a sentence (exit code 2)', () => {
    expect(() => parseWebArgs(['--data-dir', ''], env)).toThrow(/^The data folder's path is empty/)
    expect(() => parseWebArgs(['--data-dir='], env)).toThrow(WebUsageError)
    const file = join(tempDir(), 'notes.txt')
    writeFileSync(file, 'x')
    expect(() => parseWebArgs(['--data-dir', file], env)).toThrow(`${file} is a file, not a folder.`)
    expect(() => parseWebArgs([], { TRACKER_SYNC_DATA_DIR: file })).toThrow(WebUsageError)
  })
})
