// The connection report (`probe --out FILE`, Settings > "Save a connection report"): the first-contact calls of the
// reference's §8, each request and raw reply recorded with secrets and personal data removed (report-redact.ts).
// It is the file a user sends to support, and the one that settles our [unknown]s. By default it only reads; with
// `writes` (the user's consent) it also creates one candidate named "Tracker Sync probe", exercises the write calls
// on it (attach, job list, Widget create, activity) and deletes it again at the end.
import type { ConnectionProfile } from '../../shared/api/connection'
import { REGIONS } from '../../shared/domain'
import { Redactor } from '../lib/redact'
import { createTrackerParts } from './client'
import { discoverProfile } from './discover'
import type { Exchange } from './pipeline'
import { probeReads } from './probe-reads'
import { probeWrites } from './probe-writes'
import { REGION_HOSTS } from './regions'
import { redactForReport, redactText, reportHeaders } from './report-redact'
import type { ProbeOptions, StepRunner, ProbeContext } from './probe-context'

/** One request and its answer as the report keeps them: the reply parsed (or its text), redacted. */
type ReportExchange = Omit<Exchange, 'responseText'> & { response: unknown }

interface ReportStep {
  id: string
  title: string
  findings: Record<string, unknown>
  error: string | null
  exchanges: ReportExchange[]
}

export interface ConnectionReport {
  report: 'Tracker Sync connection report'
  version: 1
  createdAt: string
  connection: { region: string | null; restUrl: string; widgetUrl: string; loginEmailGiven: boolean; widgetKeyGiven: boolean }
  createdTestRecords: boolean
  profile: ConnectionProfile | null
  steps: ReportStep[]
  /** What to do by hand, and what could not be done. */
  notes: string[]
}

export async function runConnectionProbe(options: ProbeOptions): Promise<ConnectionReport> {
  const redactor = new Redactor()
  const raw: { step: ReportStep; exchanges: Exchange[] }[] = []
  let current: Exchange[] = []
  const observe = (exchange: Exchange) => current.push(exchange)
  const parts = createTrackerParts({ ...options, redactor, observe, retry: { retries: 0, offlineRetries: 0, ...options.retry } })
  const notes: string[] = []

  const step: StepRunner = async (id, title, run) => {
    current = []
    const entry: ReportStep = { id, title, findings: {}, error: null, exchanges: [] }
    raw.push({ step: entry, exchanges: current })
    try {
      await run(entry.findings)
    } catch (error) {
      entry.error = error instanceof Error ? error.message : String(error)
    }
  }
  const ctx: ProbeContext = { parts, options, step, notes }

  let profile: ConnectionProfile | null = null
  await step('discover', 'What connecting learns (the connection profile)', async (findings) => {
    profile = await discoverProfile({
      pipeline: parts.pipeline,
      widget: parts.widget,
      profile: parts.profile,
      log: options.log,
      session: parts.session,
      loginEmail: parts.loginEmail,
      hasWidgetKey: async () => !!(await parts.widgetKey()),
      now: parts.now
    })
    findings.listing = profile.listing.variant
    findings.widgetStyle = profile.widget.style
  })
  await wrongRegion(ctx, observe)
  await probeReads(ctx)
  if (options.writes) await probeWrites(ctx)
  else notes.push('No test record was created (run again with test records allowed to learn how creates, attachments and job lists answer).')
  notes.push(
    `By hand: open ${profile ? ((profile as ConnectionProfile).webHost ?? '{web host}') : '{web host}'}/Resource/View/{a candidate id} in a browser where you are logged in to TrackerRMS, and tell support whether it shows the record.`
  )

  // Redacted last: by now the redactor knows every secret that went out or came back (each JWT included).
  await parts.apiToken().catch(() => '')
  await parts.widgetKey().catch(() => null)
  const steps = raw.map(({ step: entry, exchanges }) => ({
    ...entry,
    findings: redactForReport(entry.findings, redactor) as Record<string, unknown>,
    error: entry.error && redactText(entry.error, redactor),
    exchanges: exchanges.map((e) => redactExchange(e, redactor))
  }))
  return {
    report: 'Tracker Sync connection report',
    version: 1,
    createdAt: new Date(parts.now()).toISOString(),
    connection: {
      region: options.region,
      restUrl: options.restUrl,
      widgetUrl: options.widgetUrl,
      loginEmailGiven: !!parts.loginEmail,
      widgetKeyGiven: !!(await parts.widgetKey().catch(() => null))
    },
    createdTestRecords: options.writes,
    profile: redactForReport(profile, redactor) as ConnectionProfile | null,
    steps,
    notes
  }
}

function redactExchange(exchange: Exchange, redactor: Redactor): ReportExchange {
  let response: unknown = null
  if (exchange.responseText !== null) {
    try {
      response = exchange.responseText.trim() === '' ? '' : redactForReport(JSON.parse(exchange.responseText), redactor)
    } catch {
      response = redactText(exchange.responseText, redactor)
    }
  }
  const headers = Object.fromEntries(
    Object.entries(exchange.requestHeaders).map(([k, v]) => [k, /authorization/i.test(k) ? v.replace(/\s.*$/, ' [redacted]') : redactor.text(v)])
  )
  return {
    api: exchange.api,
    method: exchange.method,
    url: exchange.url,
    requestHeaders: headers,
    requestBody: redactForReport(exchange.requestBody, redactor),
    status: exchange.status,
    responseHeaders: reportHeaders(exchange.responseHeaders),
    response,
    error: exchange.error && redactText(exchange.error, redactor),
    ms: exchange.ms
  }
}

/** §8.1: the same exchange on another region's host — what a wrong region answers (401? 404?). */
async function wrongRegion(ctx: ProbeContext, observe: (e: Exchange) => void): Promise<void> {
  const { options } = ctx
  const other = REGIONS.find((r): r is Exclude<typeof r, 'custom'> => r !== 'custom' && r !== options.region && REGION_HOSTS[r].restUrl !== options.restUrl)
  if (!options.region || options.region === 'custom' || !other) {
    ctx.notes.push("The exchange on another region's host was not tried (custom addresses).")
    return
  }
  await ctx.step('wrong-region', `The exchange on the ${other} host (what a wrong region answers)`, async (findings) => {
    const elsewhere = createTrackerParts({
      ...options,
      restUrl: REGION_HOSTS[other].restUrl,
      widgetUrl: REGION_HOSTS[other].widgetUrl,
      observe,
      retry: { retries: 0, offlineRetries: 0 }
    })
    try {
      await elsewhere.session.refresh()
      findings.answered = 'accepted (the token works there too)'
    } catch (error) {
      findings.answered = error instanceof Error ? error.message : String(error)
    }
  })
}
