// The report's write steps (reference §8 items 5, 7–10, 12), run only with the user's consent: one candidate named
// "Tracker Sync probe" is created, read back, checked, given a small document, put on a job's long list (when the
// user named a job), created again through the Widget (to see how it answers an existing person) and given an
// activity; every record made is deleted at the end.
import { randomBytes } from 'node:crypto'
import { asObject, pick, positiveId } from './fields'
import { readListPage } from './pages'
import type { ProbeContext } from './probe-context'
import { keysOf, rest, widgetAs, workingStyle } from './probe-calls'
import { CREATE_ID_FIELDS, LIST_ENVELOPE_KEYS, REST_PATHS } from './shapes'
import { attachDocumentBlocks, checkPersonBlocks, resourceApplicationBlocks } from './widget'

/** A one-page PDF that says what it is. */
const PROBE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 100]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj 4 0 obj<</Length 55>>stream\nBT /F1 12 Tf 20 50 Td (Tracker Sync probe document) Tj ET\nendstream endobj 5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
)

export async function probeWrites(ctx: ProbeContext): Promise<void> {
  const { step } = ctx
  const tag = randomBytes(4).toString('hex')
  const email = `tracker-sync-probe-${tag}@example.com`
  const created: number[] = []
  let id: number | null = null
  const sent = {
    firstName: 'Tracker Sync',
    surname: 'probe',
    jobTitle: 'Connection check',
    source: 'Tracker Sync',
    linkedInUrl: `https://www.linkedin.com/in/tracker-sync-probe-${tag}`,
    note: 'Created by the Tracker Sync connection report; it deletes this record when it finishes.',
    tagText: 'Tracker Sync probe',
    contactDetails: { email },
    address: { town: 'Probetown', county: 'Probe County', country: 'United Kingdom' },
    currentClient: { id: -1, name: 'Tracker Sync Probe Ltd' }
  }

  await step('create', 'Create a candidate (POST /Resource) and read it back: which fields stuck', async (findings) => {
    const answer = await rest(ctx, 'POST', REST_PATHS.resourceCreate, sent)
    const body = asObject(answer.body)
    id = positiveId(pick(body, CREATE_ID_FIELDS))
    Object.assign(findings, { status: answer.status, replyKeys: keysOf(body), idKey: CREATE_ID_FIELDS.find((k) => pick(body, [k]) !== undefined) ?? null })
    if (id === null) return
    created.push(id)
    const record = asObject((await rest(ctx, 'GET', REST_PATHS.resource(id))).body)
    const address = asObject(pick(record, ['address']))
    findings.recordKeys = keysOf(record)
    findings.kept = {
      town: pick(address, ['town']) === sent.address.town,
      county: pick(address, ['county']) === sent.address.county,
      currentClient: pick(asObject(pick(record, ['currentClient'])), ['name']) === sent.currentClient.name,
      note: pick(record, ['note']) === sent.note,
      tagText: pick(record, ['tagText']) === sent.tagText,
      source: pick(record, ['source']) === sent.source,
      email: pick(asObject(pick(record, ['contactDetails'])), ['email']) === email
    }
  })
  const style = workingStyle(ctx)
  if (id !== null && style) {
    const resourceId: number = id
    await step('check-person-probe', "checkPerson with the probe candidate's email", async (findings) => {
      const answer = await widgetAs(ctx, style, 'checkPerson', checkPersonBlocks({ email }))
      const body = asObject(answer?.body)
      Object.assign(findings, {
        status: answer?.reply?.status ?? null,
        recordTypes: pick(body, ['recordTypes']) ?? null,
        count: pick(body, ['count']) ?? null,
        firstRecordKeys: keysOf(pick(body, ['firstRecord']))
      })
    })
    await step('attach', 'attachDocument with the documented file block, then the record’s documents', async (findings) => {
      const answer = await widgetAs(ctx, style, 'attachDocument', attachDocumentBlocks(resourceId, PROBE_PDF, 'Tracker Sync probe.pdf'))
      findings.attach = { status: answer?.reply?.status ?? null, message: answer?.reply?.message ?? null }
      const documents = await rest(ctx, 'GET', REST_PATHS.resourceDocuments(resourceId))
      findings.documents = { status: documents.status, rowKeys: keysOf(Array.isArray(documents.body) ? documents.body[0] : documents.body) }
    })
    const jobId = ctx.options.trackerJobId
    if (jobId) {
      await step('job-list', `resourceApplication twice on job ${jobId}, then the job lists read back`, async (findings) => {
        for (const n of [1, 2]) {
          const answer = await widgetAs(ctx, style, 'resourceApplication', resourceApplicationBlocks(resourceId, jobId, 'long', 'Tracker Sync'))
          findings[`application${n}`] = { status: answer?.reply?.status ?? null, message: answer?.reply?.message ?? null }
        }
        for (let page = 1; page <= 10; page++) {
          const list = readListPage(
            (await rest(ctx, 'POST', REST_PATHS.opportunityResourceSearch, { searchText: '', pageSize: 10, pageNumber: page })).body,
            LIST_ENVELOPE_KEYS
          )
          if (!list || list.rows.length === 0) break
          findings.listRowKeys = keysOf(list.rows[0])
          const ours = list.rows.filter(
            (row) => positiveId(pick(asObject(row), ['resourceId'])) === resourceId && positiveId(pick(asObject(row), ['opportunityId'])) === jobId
          )
          if (ours.length) {
            findings.foundOnPage = page
            findings.entriesForProbe = ours.length
            break
          }
        }
        const job = await widgetAs(ctx, style, 'getIndividualRecord', { instructions: { recordtype: 'O', recordid: jobId } })
        findings.getIndividualRecord = { status: job?.reply?.status ?? null, replyKeys: keysOf(job?.body) }
      })
    } else ctx.notes.push('The job-list step was skipped: no TrackerRMS job was named for it.')
    await step('widget-create', 'Widget createResource (overwriteresource false) with the probe’s email', async (findings) => {
      const answer = await widgetAs(ctx, style, 'createResource', {
        instructions: { overwriteresource: false, assigntoopportunity: 0, assigntolist: '', shortlistedby: 'user' },
        resource: { firstname: 'Tracker Sync', lastname: 'probe', fullname: 'Tracker Sync probe', email, source: 'Tracker Sync' }
      })
      const recordId = positiveId(pick(asObject(answer?.body), ['recordId', 'recordid', 'id']))
      Object.assign(findings, {
        status: answer?.reply?.status ?? null,
        message: answer?.reply?.message ?? null,
        recordIdIsTheProbe: recordId === null ? null : recordId === resourceId
      })
      if (recordId !== null && recordId !== resourceId) created.push(recordId)
    })
    await step('activity', 'createActivity on the probe candidate', async (findings) => {
      const now = new Date(ctx.parts.now())
      const answer = await widgetAs(ctx, style, 'createActivity', {
        instructions: {},
        activity: {
          subject: 'Tracker Sync probe',
          type: 'Note',
          date: now.toISOString().slice(0, 10),
          time: '11:34 AM',
          status: 'Completed',
          priority: 'Normal',
          contactType: '',
          note: 'Connection check',
          linkRecordType: 'R',
          linkRecordId: resourceId
        },
        customfields: []
      })
      Object.assign(findings, { status: answer?.reply?.status ?? null, message: answer?.reply?.message ?? null })
    })
  } else if (id !== null) ctx.notes.push('The Widget steps on the probe candidate were skipped: no Widget sign-in works.')

  await step('cleanup', 'Delete every record the report created', async (findings) => {
    for (const resourceId of created) findings[`delete_${resourceId}`] = (await rest(ctx, 'DELETE', REST_PATHS.resource(resourceId))).status
    const failed = created.filter((resourceId) => findings[`delete_${resourceId}`] !== 200 && findings[`delete_${resourceId}`] !== 204)
    if (failed.length) ctx.notes.push(`Delete these test records by hand in TrackerRMS: ${failed.map((r) => `#${r}`).join(', ')} (named "Tracker Sync probe").`)
  })
}
