// For the crash tests and the reliability suite: a queue worker in a child process (tests/fixtures/sync-child.ts),
// and checks on what TrackerRMS (the sandbox) ended up holding.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import type { StepBoundary } from '../../electron/sync/export-steps'
import type { SandboxResource } from '../../electron/sandbox/types'

const ROOT = join(__dirname, '../..')

export const BOUNDARIES: StepBoundary[] = [
  'index_refreshed',
  'checked',
  'create_sent',
  'created',
  'attach_sent',
  'resume_attached',
  'list_sent',
  'listed',
  'linked'
]

/** The secrets a worker signs in with: the API token, and the Widget API key when there is one. */
export interface WorkerSecrets {
  token: string
  widgetKey: string | null
}

/** The queue worker in its own process, killed with SIGKILL the nth time it reaches `boundary` (if it does). */
export function runWorker(dataDir: string, secrets: WorkerSecrets, boundary?: StepBoundary, nth = 1) {
  const args = ['--import', 'tsx', join(ROOT, 'tests/fixtures/sync-child.ts'), dataDir, ...(boundary ? [boundary, String(nth)] : [])]
  const env = { ...process.env, TRACKER_SYNC_TOKEN: secrets.token, TRACKER_SYNC_WIDGET_KEY: secrets.widgetKey ?? '' }
  const child = spawn(process.execPath, args, { cwd: ROOT, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  return new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }))
  )
}

/** Records that share an email or a full name: duplicates the app should never have created. */
export function duplicates(resources: SandboxResource[]): string[] {
  const seen = new Map<string, number>()
  for (const r of resources) {
    for (const key of [r.contactDetails.email?.toLowerCase(), `${r.firstName} ${r.surname}`.toLowerCase()]) {
      if (!key) continue
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
  }
  return [...seen.entries()].filter(([, n]) => n > 1).map(([key, n]) => `${key} ×${n}`)
}

/** Largest number of requests the sandbox saw in any rolling window. */
export function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let start = 0
  let most = 0
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end] - sorted[start] >= windowMs) start++
    most = Math.max(most, end - start + 1)
  }
  return most
}
