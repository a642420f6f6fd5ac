// The app side of the index-read benchmark (bench/index-read.ts), in a process of its own so that its peak RSS is
// the app's alone (the sandbox with its 100,000 candidates runs in another child). It does what the desktop app
// does: the queue runner starts the worker, the user connects, the worker reads TrackerRMS's candidate list in the
// background, and exports go out once it is read. Default settings throughout (90 requests a minute, the 120 s
// grace delay, the reader's default timings).
//   node --require tsx/cjs bench/index-read-child.ts '<json IndexReadChildInput>'
// Prints one line of JSON (IndexReadChildResult) on stdout; progress on stderr.
import { peakRssMb } from './util'
import { createCore } from '../electron/core'
import { createEnvStore } from '../electron/secrets'
import type { RequestLogEntry } from '../electron/sandbox/types'

export interface IndexReadChildInput {
  dataDir: string
  restUrl: string
  widgetUrl: string
  controlUrl: string
  token: string
  widgetKey: string
  loginEmail: string
  /** 'full': the read, a reply during it, then the calls per new candidate; 'calls': only the last. */
  mode: 'full' | 'calls'
  /** The reply is recorded at this share of the read or this long after connect, whichever comes first. */
  replyAtShare: number
  replyAtMs: number
  /** New candidates exported at once after the read, to count the API calls each costs. */
  exportCount: number
}

interface CallsResult {
  candidates: number
  requests: number
  perCandidate: number
  /** Requests by what they did (the Widget operation, or REST method and path with ids as N). */
  byKind: Record<string, number>
  status429: number
  seconds: number
}

export interface IndexReadChildResult {
  /** connect() itself (exchange, discovery), ms. */
  connectMs: number
  /** From the start of connect until the index is ready, ms. */
  readyMs: number
  indexedRows: number
  /** Requests the sandbox saw from the start of connect until the index was ready, listing pages among them. */
  readRequests: number
  listingPages: number
  /** Listing pages asked for more than once during the first read (after connect's discovery). */
  pagesReread: number
  status429: number
  reply: { atMs: number; atPercent: number | null; toDoneMs: number; graceSeconds: number } | null
  calls: CallsResult
  /** VmHWM (Linux) or maxRSS, and the largest process.memoryUsage().rss sampled every 250 ms, MB. */
  peakRssMb: number
  /** VmHWM when the read was done (before the exports and their resume PDFs), MB. */
  readPeakRssMb: number
  sampledPeakRssMb: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const note = (text: string) => process.stderr.write(`  index-read: ${text}\n`)

async function control<T>(input: IndexReadChildInput, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${input.controlUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  if (!res.ok) throw new Error(`sandbox control ${method} ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** What a logged request did: the Widget operation, or the REST method and path with ids as N. */
function kindOf(entry: RequestLogEntry): string {
  if (entry.api === 'widget') return entry.path.split('/').pop() ?? entry.path
  return `${entry.method} ${entry.path.replace(/\/\d+/g, '/N').replace(/^\/api\/v1/i, '')}`
}

/** The page a listing request asked for (getRecords pagenum, REST pageNumber), or null for other requests. */
function listingPage(entry: RequestLogEntry): string | null {
  const body = entry.body as Record<string, any> | undefined
  const instructions = body?.trackerrms?.getRecords?.instructions
  if (instructions?.recordtype === 'R') return `L3:${instructions.pagenum}:${instructions.updatedafter ?? ''}`
  if (/\/Resource\/(Paged)?Search$/i.test(entry.path)) return `REST:${body?.pageNumber}:${body?.updatedAfter ?? ''}`
  return null
}

async function waitFor(what: string, check: () => boolean, timeoutMs: number, everyMs = 250): Promise<void> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await sleep(everyMs)
  }
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2]) as IndexReadChildInput
  let sampledPeak = 0
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss / 2 ** 20)), 250)
  const core = createCore({ dataDir: input.dataDir, secrets: createEnvStore(input.token, input.widgetKey) })
  const db = core.ctx.db
  try {
    const stateOf = (candidateId: number) =>
      (db.prepare('SELECT state FROM sync_queue WHERE candidate_id = ? ORDER BY id DESC LIMIT 1').get(candidateId) as { state: string } | undefined)?.state
    const job = core.jobs.create({ title: 'Senior ICU Nurse' })
    const replier = core.candidates.create({
      jobId: job.id,
      fullName: 'Rosalind Benchmark-Reply',
      email: 'rosalind.reply@example.org',
      currentTitle: 'ICU Nurse',
      currentCompany: 'Leeds General'
    })
    const opportunity = await control<{ id: number }>(input, 'POST', '/opportunities', { name: 'Senior ICU Nurse', clientName: 'St Mary’s Hospital' })
    await control(input, 'POST', '/requests/clear')

    // As the desktop app: the queue runner has started the worker; then the user connects.
    core.sync.start()
    const connectStart = Date.now()
    await core.connection.connect({
      region: 'custom',
      restUrl: input.restUrl,
      widgetUrl: input.widgetUrl,
      token: input.token,
      widgetKey: input.widgetKey,
      connectedBy: `Bench Recruiter <${input.loginEmail}>`
    })
    const connectMs = Date.now() - connectStart
    await core.jobs.setSync(job.id, { trigger: 'replied', trackerJobId: opportunity.id })

    let reply: { atMs: number; atPercent: number | null; at: number } | null = null
    let lastNote = 0
    await waitFor(
      'the first read of the candidate list',
      () => {
        const status = core.sync.indexStatus()
        const elapsed = Date.now() - connectStart
        if (Date.now() - lastNote > 30_000) {
          lastNote = Date.now()
          note(`${status.state} ${status.rows.toLocaleString('en')}/${status.total?.toLocaleString('en') ?? '?'} after ${Math.round(elapsed / 1000)} s`)
        }
        const share = status.total ? status.rows / status.total : 0
        if (input.mode === 'full' && !reply && status.state !== 'ready' && (share >= input.replyAtShare || elapsed >= input.replyAtMs)) {
          core.outreach.recordStage({ jobId: job.id, candidateId: replier.id, stage: 'replied' })
          reply = { atMs: elapsed, atPercent: status.percent, at: Date.now() }
          note(`reply recorded ${Math.round(elapsed / 1000)} s after connect, at ${status.percent ?? '?'} % of the read`)
        }
        return status.state === 'ready'
      },
      60 * 60_000,
      100
    )
    const readyMs = Date.now() - connectStart
    const readPeakRssMb = peakRssMb()
    const indexedRows = core.sync.indexStatus().rows
    note(`ready after ${(readyMs / 60_000).toFixed(2)} min (${indexedRows.toLocaleString('en')} candidates)`)
    const readLog = (await control<RequestLogEntry[]>(input, 'GET', '/requests')).filter((r) => r.atMs <= connectStart + readyMs)
    // Connect's discovery reads a first page too: the read's own pages are those after it.
    const pages = readLog
      .filter((r) => r.atMs >= connectStart + connectMs)
      .map(listingPage)
      .filter((p): p is string => p !== null)
    const graceSeconds = Number(core.settings.get('sync-delay-seconds'))

    let replyResult: IndexReadChildResult['reply'] = null
    if (reply) {
      const replied = reply as { atMs: number; atPercent: number | null; at: number }
      await waitFor('the reply’s export', () => stateOf(replier.id) === 'done', graceSeconds * 1000 + 10 * 60_000)
      replyResult = { atMs: replied.atMs, atPercent: replied.atPercent, toDoneMs: Date.now() - replied.at, graceSeconds }
      note(`the reply was done in TrackerRMS ${(replyResult.toDoneMs / 1000).toFixed(1)} s after it was recorded`)
      // Its follow-up delta (a create's) runs before the next part is counted.
      await sleep(35_000)
    }

    // Calls per new candidate once the list is read: the guard (checkPerson) and the deltas included.
    const ids = core.ctx.db.transaction(() =>
      Array.from(
        { length: input.exportCount },
        (_, i) =>
          core.candidates.create({
            jobId: job.id,
            fullName: `Calla Newperson${i}`,
            email: `calla.newperson${i}@example.org`,
            currentTitle: 'Staff Nurse',
            currentCompany: 'Harrogate District Hospital',
            city: 'Harrogate'
          }).id
      )
    )()
    await control(input, 'POST', '/requests/clear')
    const exportStart = Date.now()
    core.sync.exportCandidates({ candidateIds: ids, trackerJobId: opportunity.id, jobId: job.id })
    await waitFor('the exports', () => ids.every((id) => stateOf(id) === 'done'), 20 * 60_000)
    const exportSeconds = (Date.now() - exportStart) / 1000
    // The follow-up delta after the last create belongs to the cost of creating.
    await sleep(35_000)
    const log = await control<RequestLogEntry[]>(input, 'GET', '/requests')
    const byKind: Record<string, number> = {}
    for (const entry of log) byKind[kindOf(entry)] = (byKind[kindOf(entry)] ?? 0) + 1
    note(`${log.length} requests for ${ids.length} new candidates in ${exportSeconds.toFixed(0)} s: ${JSON.stringify(byKind)}`)

    const result: IndexReadChildResult = {
      connectMs,
      readyMs,
      indexedRows,
      readRequests: readLog.length,
      listingPages: pages.length,
      pagesReread: pages.length - new Set(pages).size,
      status429: readLog.filter((r) => r.status === 429).length,
      reply: replyResult,
      calls: {
        candidates: ids.length,
        requests: log.length,
        perCandidate: log.length / ids.length,
        byKind,
        status429: log.filter((r) => r.status === 429).length,
        seconds: exportSeconds
      },
      peakRssMb: peakRssMb(),
      readPeakRssMb,
      sampledPeakRssMb: sampledPeak
    }
    process.stdout.write(JSON.stringify(result) + '\n')
  } finally {
    clearInterval(sampler)
    await core.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
