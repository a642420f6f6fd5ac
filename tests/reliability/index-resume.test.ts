// The first read of a large TrackerRMS's candidate list survives being killed: `index refresh` on the command line
// (its own process) is SIGKILLed at random pages several times — mid-request or between pages, as it falls — and
// started again, then left to finish. Every TrackerRMS candidate must end up in the data folder's index exactly once,
// and a restart may re-read at most the one page that was in flight when the process died (the checkpoint is written
// with each page's rows, in one transaction).
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, onTestFinished } from 'vitest'
import { createCore } from '../../electron/core'
import { DATABASE_FILE } from '../../electron/lib/data-dir'
import { mulberry32 } from '../../electron/sandbox/prng'
import type { RequestLogEntry } from '../../electron/sandbox/types'
import { createEnvStore } from '../../electron/secrets'
import { FAST_TRACKER, testSandbox } from '../helpers/sandbox'
import { tempDir } from '../helpers/temp'

const ROOT = join(__dirname, '../..')
const KILLS = 6

/** The page a request of the candidate listing asked for (Resource/Search pageNumber, getRecords pagenum), else null. */
function listingPage(entry: RequestLogEntry): number | null {
  const body = entry.body as Record<string, any> | undefined
  const instructions = body?.trackerrms?.getRecords?.instructions
  if (instructions?.recordtype === 'R') return Number(instructions.pagenum)
  if (/\/Resource\/(Paged)?Search$/i.test(entry.path)) return Number(body?.pageNumber)
  return null
}

function startRefresh(
  dataDir: string,
  secrets: { token: string; widgetKey: string }
): { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const args = ['--import', 'tsx', join(ROOT, 'electron/cli/main.ts'), '--data-dir', dataDir, 'index', 'refresh']
  const env = { ...process.env, TRACKER_SYNC_TOKEN: secrets.token, TRACKER_SYNC_WIDGET_KEY: secrets.widgetKey }
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d) => (stderr += d))
  onTestFinished(() => void child.kill('SIGKILL'))
  return { child, exited: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr }))) }
}

describe('the first read of TrackerRMS’s list, killed at random pages and restarted', () => {
  it.each([
    { profile: 'default', candidates: 2_500, latencyMs: 8 }, // Resource/Search: 10 a page, overlapping pages (≈ 310 pages)
    { profile: 'listing-L3', candidates: 6_000, latencyMs: 25 } // getRecords: 100 a page (60 pages)
  ])(
    '$profile: resumes at the next page; every candidate indexed once; at most one page re-read per restart',
    async ({ profile, candidates, latencyMs }) => {
      const seed = Number(process.env.CRASH_SEED ?? 20261207)
      const random = mulberry32(seed)
      const sandbox = await testSandbox({ profile, latencyMs })
      sandbox.controls.addCandidates(candidates)
      const secrets = { token: sandbox.token as string, widgetKey: sandbox.widgetKey as string }
      const dataDir = tempDir('tracker-sync-index-resume-')
      const setup = createCore({ dataDir, secrets: createEnvStore(secrets.token, secrets.widgetKey), tracker: FAST_TRACKER })
      setup.settings.set('requests-per-minute', '10000') // the request limit is not what this test is about
      await setup.connection.connect({
        region: 'custom',
        restUrl: sandbox.restUrl,
        widgetUrl: sandbox.widgetUrl,
        token: secrets.token,
        widgetKey: secrets.widgetKey,
        connectedBy: `Test Owner <${sandbox.loginEmail}>`
      })
      await setup.close()
      sandbox.controls.clearRequestLog() // connect's own first look at the listing is not part of the read

      const pagesSoFar = () => sandbox.controls.requestLog().filter((r) => listingPage(r) !== null).length
      // Kill points spread over the read (as pages asked for so far), each a little later than the one before.
      const expectedPages = profile === 'listing-L3' ? Math.ceil(candidates / 100) : Math.ceil(candidates / 8)
      const targets = Array.from({ length: KILLS }, (_, i) => Math.floor(((i + 0.2 + 0.6 * random()) / (KILLS + 1)) * expectedPages))
      const schedule: string[] = []
      let kills = 0
      for (const target of targets) {
        const { child, exited } = startRefresh(dataDir, secrets)
        // Watch the sandbox's request log; at the chosen page, wait a random part of a request's latency (so some
        // kills land mid-request, others between pages) and SIGKILL.
        const watcher = setInterval(() => {
          if (pagesSoFar() < target) return
          clearInterval(watcher)
          setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * latencyMs * 1.5))
        }, 2)
        const run = await exited
        clearInterval(watcher)
        if (run.signal === 'SIGKILL') {
          kills++
          schedule.push(`killed at page ~${target}`)
        } else {
          expect(run.code, run.stderr).toBe(0)
          schedule.push(`finished before page ${target}`)
          break
        }
      }
      const final = startRefresh(dataDir, secrets)
      const last = await final.exited
      expect(last.code, last.stderr).toBe(0)

      // Every candidate TrackerRMS has is in the index, once; nothing else is.
      const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
      const indexed = (db.prepare(`SELECT resource_id FROM tracker_index ORDER BY resource_id`).raw().all() as [number][]).map((r) => r[0])
      const crawl = db.prepare('SELECT full_crawl_at FROM tracker_crawl').get() as { full_crawl_at: string | null }
      db.close()
      const ids = sandbox.controls
        .resources()
        .map((r) => r.id)
        .sort((a, b) => a - b)
      expect(indexed).toEqual(ids)
      expect(crawl.full_crawl_at).not.toBeNull()

      // Pages asked for again after they had been answered: at most one per restart (the page in flight at the kill).
      const answered = new Set<number>()
      let reread = 0
      for (const entry of sandbox.controls.requestLog()) {
        const page = listingPage(entry)
        if (page === null) continue
        if (answered.has(page)) reread++
        if (entry.status === 200) answered.add(page)
      }
      console.info(`index resume (${profile}, seed ${seed}): ${kills} kills, ${answered.size} pages, ${reread} re-read — ${schedule.join(', ')}`)
      expect(kills).toBeGreaterThanOrEqual(KILLS - 1)
      expect(reread).toBeLessThanOrEqual(kills)
    },
    60_000
  )
})
