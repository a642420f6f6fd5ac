import { describe, expect, it } from 'vitest'
import { parseWebArgs, WebUsageError } from '../../../electron/web/args'

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
})
