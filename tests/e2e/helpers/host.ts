// Starts the browser host exactly as `npm run web` does (tsx electron/web/main.ts), on a temp data folder, and
// reads the address it prints.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = join(__dirname, '../../..')

export interface RunningHost {
  /** The printed address, with ?key=… */
  url: string
  /** http://127.0.0.1:PORT */
  base: string
  key: string
  dataDir: string
  output(): string
  stop(): Promise<void>
}

export interface HostOptions {
  /** Extra arguments (e.g. --demo). */
  args?: string[]
  /** Extra environment (e.g. a keychain service of the test's own). */
  env?: Record<string, string>
  /** An existing data folder (a restart); it is then left in place by stop(). */
  dataDir?: string
}

export async function startHost(options: HostOptions = {}): Promise<RunningHost> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'tracker-sync-e2e-'))
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'electron/web/main.ts'), '--data-dir', dataDir, '--port', '0', ...(options.args ?? [])],
    {
      cwd: ROOT,
      // Never the user's token: the tests that connect use the keychain service named in options.env.
      env: { ...process.env, TRACKER_SYNC_TOKEN: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the browser host did not print its address:\n${output}`)), 30_000)
    const check = () => {
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?key=[A-Za-z0-9_-]+/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[0])
      }
    }
    child.stdout!.on('data', check)
    child.once('exit', (code) => reject(new Error(`the browser host exited (${code}):\n${output}`)))
  })
  return {
    url,
    base: url.slice(0, url.indexOf('/?')),
    key: url.slice(url.indexOf('key=') + 4),
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** Calls the API the way the page does (for seeding larger data quickly). */
export async function apiCall<T = any>(host: RunningHost, name: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.base}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-tracker-sync-key': host.key },
    body: JSON.stringify(input)
  })
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`)
  return result.value
}
