// `npm run web --port P` when another program listens on P: it stops at once with a sentence and a non-zero exit
// code, and leaves the data folder free (no queue worker lock held, the database closed) for the next one.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeAll, expect, it } from 'vitest'
import { createCore } from '../../../electron/core'
import { readSetting } from '../../../electron/db/settings'
import { createEnvStore } from '../../../electron/secrets'
import { WorkerLock } from '../../../electron/sync/worker-lock'
import buildRenderer from '../../e2e/global-setup'
import { tempDir } from '../../helpers/temp'

const ROOT = join(__dirname, '../../..')

// The browser host serves the built pages and refuses to start without them: build them as the e2e tests do.
beforeAll(() => buildRenderer(), 120_000)

let occupier: Server | null = null
afterEach(() => new Promise<void>((done) => (occupier ? occupier.close(() => done()) : done())))

/** Listens on a free port of 127.0.0.1 (as another program would) and returns it. */
async function occupyPort(): Promise<number> {
  const server = createServer()
  occupier = server
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return (server.address() as { port: number }).port
}

it('exits non-zero within seconds, says the port is taken, and releases the data folder', async () => {
  const port = await occupyPort()
  const dataDir = tempDir()
  const started = Date.now()
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'electron/web/main.ts'), '--data-dir', dataDir, '--port', String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, TRACKER_SYNC_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve(null)
    }, 15_000)
    child.once('exit', (exitCode) => {
      clearTimeout(timer)
      resolve(exitCode)
    })
  })
  expect(code, `still running after 15 s:\n${output}`).not.toBeNull()
  expect(code).not.toBe(0)
  expect(Date.now() - started).toBeLessThan(15_000)
  expect(output).toContain(`port ${port} is in use by another program; choose another with --port`)
  expect(output).not.toMatch(/EADDRINUSE/)
  expect(output).not.toContain('Tracker Sync is running')

  // Closed cleanly: the last connection's close folds the WAL into the database and removes it.
  expect(existsSync(join(dataDir, 'tracker-sync.sqlite-wal'))).toBe(false)
  // Another process (this one) takes the sender lock at once.
  const core = createCore({ dataDir, secrets: createEnvStore('unused-token', null) })
  try {
    expect(readSetting(core.ctx.db, 'sync-worker-lock')).toBeNull()
    const lock = new WorkerLock(core.ctx)
    expect(() => lock.acquire()).not.toThrow()
    lock.release()
  } finally {
    await core.close()
  }
})
