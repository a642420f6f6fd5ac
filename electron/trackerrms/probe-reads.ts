// The report's read-only steps (reference §8 items 2–4, 6, 11, 13): swagger, both REST candidate listings with
// their paging and updatedAfter, every Widget sign-in style the user has secrets for, getRecords, and jobs.
import { WIDGET_AUTH_STYLES } from '../../shared/api/connection'
import { asObject, pick, presentKey } from './fields'
import { changeTimeField, toOpportunity, toResourceSummary } from './mapping'
import { readListPage } from './pages'
import type { ProbeContext } from './probe-context'
import { keysOf, rest, widgetAs, workingStyle } from './probe-calls'
import { EMAIL_FIELDS, HEALTH_PROBE_EMAIL, LINKEDIN_FIELDS, LIST_ENVELOPE_KEYS, OPPORTUNITY_ENVELOPE_KEYS, REST_PATHS } from './shapes'
import { checkPersonBlocks, getRecordsBlocks } from './widget'

const ids = (rows: unknown[]) => rows.map((row) => toResourceSummary(row)?.id ?? null)

export async function probeReads(ctx: ProbeContext): Promise<void> {
  const { step } = ctx
  await step('swagger', 'The API description (swagger.json and its page)', async (findings) => {
    const json = await rest(ctx, 'GET', REST_PATHS.swagger, undefined, 'none')
    findings.swaggerJson = json.status
    if (json.status === 200) {
      const doc = asObject(json.body)
      findings.paths = Object.keys(asObject(doc.paths))
        .filter((p) => /resource|opportunity|document/i.test(p))
        .sort()
      findings.schemas = Object.keys(asObject(asObject(doc.components).schemas))
        .filter((p) => /resource|opportunity|document|contact|address/i.test(p))
        .sort()
    }
    findings.swaggerPage = (await rest(ctx, 'GET', '/swagger/index.html', undefined, 'none')).status
  })

  for (const [variant, path] of [
    ['L1', REST_PATHS.resourcePagedSearch],
    ['L2', REST_PATHS.resourceSearch]
  ] as const) {
    await step(`listing-${variant}`, `Candidate listing ${variant} (${path}): pages 1 and 2 with pageSize 50, and past the end`, async (findings) => {
      const one = await rest(ctx, 'POST', path, { pageNumber: 1, pageSize: 50 })
      findings.status = one.status
      const page1 = readListPage(one.body, LIST_ENVELOPE_KEYS)
      if (!page1) return
      const row = page1.rows[0]
      Object.assign(findings, {
        envelopeKey: page1.envelopeKey ?? '(bare array)',
        rowsPerPage: page1.rows.length,
        total: page1.total,
        totalPages: page1.totalPages,
        rowKeys: keysOf(row),
        firstNameSpelled: presentKey(asObject(row), ['firstName']),
        emailInRows: presentKey(asObject(row), EMAIL_FIELDS) !== null,
        linkedInInRows: presentKey(asObject(row), LINKEDIN_FIELDS) !== null,
        changeTimeField: changeTimeField(row),
        changeTimeSample: row ? (pick(asObject(row), [changeTimeField(row) ?? '']) ?? null) : null
      })
      const page2 = readListPage((await rest(ctx, 'POST', path, { pageNumber: 2, pageSize: 50 })).body, LIST_ENVELOPE_KEYS)
      findings.page2Rows = page2?.rows.length ?? null
      findings.page2RepeatsPage1 = page2 ? ids(page2.rows).filter((id) => ids(page1.rows).includes(id)).length : null
      const last = page1.totalPages ?? (page1.total !== null ? Math.ceil(page1.total / Math.max(1, page1.rows.length)) : null)
      if (last !== null) {
        const beyond = readListPage((await rest(ctx, 'POST', path, { pageNumber: last + 1, pageSize: 50 })).body, LIST_ENVELOPE_KEYS)
        findings.pastTheEnd = beyond ? { rows: beyond.rows.length, repeatsPage1: ids(beyond.rows).filter((id) => ids(page1.rows).includes(id)).length } : null
      }
      const tomorrow = new Date(ctx.parts.now() + 24 * 3600 * 1000)
      for (const [label, value] of [
        ['date', tomorrow.toISOString().slice(0, 10)],
        ['timestamp', tomorrow.toISOString()]
      ] as const) {
        const filtered = await rest(ctx, 'POST', path, { pageNumber: 1, pageSize: 50, updatedAfter: value })
        findings[`updatedAfterTomorrowAs_${label}`] = { status: filtered.status, rows: readListPage(filtered.body, LIST_ENVELOPE_KEYS)?.rows.length ?? null }
      }
    })
  }

  await step('widget-auth', 'checkLogon and checkPerson (your own login) with every Widget sign-in style there is a secret for', async (findings) => {
    for (const style of WIDGET_AUTH_STYLES) {
      const logon = await widgetAs(ctx, style, 'checkLogon', {})
      if (!logon) {
        findings[style] = 'not tried: its secret was not given'
        continue
      }
      const person = await widgetAs(ctx, style, 'checkPerson', checkPersonBlocks({ email: ctx.parts.loginEmail ?? HEALTH_PROBE_EMAIL }))
      findings[style] = {
        checkLogon: { http: logon.status, status: logon.reply?.status ?? null, message: logon.reply?.message ?? null },
        checkPerson: { http: person?.status ?? null, status: person?.reply?.status ?? null, replyKeys: keysOf(person?.body) }
      }
    }
  })

  const style = workingStyle(ctx)
  await step('get-records', 'Widget getRecords for candidates (R), numrecords 100, pagenum 0 then 1', async (findings) => {
    if (!style) return void (findings.skipped = 'no Widget sign-in works')
    for (const pagenum of [0, 1]) {
      const answer = await widgetAs(ctx, style, 'getRecords', getRecordsBlocks(pagenum, null))
      const rows = answer?.reply ? pick(answer.reply.body, ['results']) : null
      findings[`pagenum${pagenum}`] = {
        status: answer?.reply?.status ?? null,
        count: answer?.reply?.count ?? null,
        rows: Array.isArray(rows) ? rows.length : null,
        rowKeys: Array.isArray(rows) ? keysOf(rows[0]) : null,
        firstIds: Array.isArray(rows) ? ids(rows.slice(0, 3)) : null
      }
    }
  })

  await step('jobs', 'Open jobs (Opportunity/PagedSearch page 1) and one job by id', async (findings) => {
    const page = readListPage((await rest(ctx, 'POST', REST_PATHS.opportunitySearch, { state: 'open', pageNumber: 1 })).body, OPPORTUNITY_ENVELOPE_KEYS)
    findings.envelopeKey = page?.envelopeKey ?? null
    findings.rowKeys = keysOf(page?.rows[0])
    const id = ctx.options.trackerJobId ?? toOpportunity(page?.rows[0])?.id
    if (id) findings.jobKeys = keysOf((await rest(ctx, 'GET', REST_PATHS.opportunity(id))).body)
  })
}
