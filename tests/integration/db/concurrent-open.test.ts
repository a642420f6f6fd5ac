// Four processes (the app, the browser host, two CLI commands) opening a new data folder at the same moment: each
// waits for the one that creates the schema, none fails ("table jobs already exists" before).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations'
import { tempDir } from '../../helpers/temp'

const ROOT = join(__dirname, '../../..')
const ROUNDS = Number(process.env.OPEN_ROUNDS ?? 3)

function openIn(file: string, at: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/fixtures/open-child.ts'), file, String(at)], { cwd: ROOT })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (out += chunk))
    child.on('close', (code) => resolve({ code, out: out.trim() }))
  })
}

it('four processes opening a fresh database at once all succeed, at the latest schema', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const file = join(tempDir(), 'tracker-sync.sqlite')
    const at = Date.now() + 2500 // after every child has started
    const results = await Promise.all([0, 1, 2, 3].map(() => openIn(file, at)))
    expect(results).toEqual(Array.from({ length: 4 }, () => ({ code: 0, out: `ok ${LATEST_SCHEMA_VERSION}` })))
  }
}, 60_000)
