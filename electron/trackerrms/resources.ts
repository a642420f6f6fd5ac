// Candidate records over REST: create (then make sure the company stuck), read, and list their documents.
// The create is not safe to repeat (TrackerRMS may have applied it before an answer was lost), so it is never
// retried here; the export's state machine recognises its own record after an interruption.
import type { CandidateFields } from '../../shared/domain'
import { validationError } from '../../shared/errors'
import { TrackerError } from './errors'
import { asObject, pick, positiveId, text } from './fields'
import { parseJson, type HttpResponse } from './http'
import { toDocument, toResource, toResourceCreateBody } from './mapping'
import type { CallSpec, Pipeline } from './pipeline'
import type { ProfileState } from './profile-state'
import { CREATE_ID_FIELDS, REST_PATHS } from './shapes'
import type { TrackerDocument, TrackerResource } from './types'

export const checkId = (id: number, field: string) => {
  if (!Number.isSafeInteger(id) || id < 1) throw validationError(field, `${field} must be a positive whole number, got ${id}.`)
}

export function createResources(pipeline: Pipeline, profile: ProfileState) {
  const json = (response: HttpResponse, spec: CallSpec) => parseJson(response, spec.what, pipeline.preview)
  const unexpected = (what: string, response: HttpResponse): never => {
    throw pipeline.fail(
      new TrackerError('transient', `TrackerRMS's answer to "${what}" is not in the expected shape: ${pipeline.preview(response.text) || '(empty)'}`, {
        status: response.status
      })
    )
  }

  async function getResource(id: number): Promise<TrackerResource> {
    checkId(id, 'resourceId')
    const spec: CallSpec = { api: 'rest', method: 'GET', path: REST_PATHS.resource(id), what: `read candidate ${id}`, auth: 'jwt', idempotent: true }
    const response = await pipeline.sendOk(spec, `TrackerRMS has no candidate with id ${id}.`)
    return toResource(json(response, spec)) ?? unexpected(spec.what, response)
  }

  async function setCompany(id: number, company: string): Promise<void> {
    const spec: CallSpec = {
      api: 'rest',
      method: 'PATCH',
      path: REST_PATHS.resource(id),
      body: { currentClient: { id: -1, name: company } },
      what: `set the company of candidate ${id}`,
      auth: 'jwt',
      idempotent: true
    }
    await pipeline.sendOk(spec)
  }

  /**
   * Whether TrackerRMS keeps `currentClient` and a free-text `source` on create is [unknown] (§4.3): the first create
   * reads its record back and the profile remembers; a dropped company is PATCHed after every create from then on.
   */
  async function afterCreate(id: number, candidate: CandidateFields, source: string): Promise<string[]> {
    const company = candidate.currentCompany?.trim() || null
    const known = profile.get()
    const notes: string[] = []
    try {
      if ((company && !known?.currentClientOnCreate) || known?.sourceKept == null) {
        const record = await getResource(id)
        profile.update((p) => {
          p.sourceKept = record.source === source
          if (company) p.currentClientOnCreate = record.company ? 'kept' : 'dropped'
        })
      }
      if (company && profile.get()?.currentClientOnCreate === 'dropped') await setCompany(id, company)
    } catch (error) {
      notes.push(`The company "${company}" may be missing on the record: ${error instanceof Error ? error.message : String(error)}`)
    }
    return notes
  }

  return {
    getResource,

    async createResource(candidate: CandidateFields, options: { source: string }): Promise<{ id: number; notes: string[] }> {
      const spec: CallSpec = {
        api: 'rest',
        method: 'POST',
        path: REST_PATHS.resourceCreate,
        body: toResourceCreateBody(candidate, options.source),
        what: `create the candidate record for ${candidate.fullName}`,
        auth: 'jwt',
        idempotent: false
      }
      const response = await pipeline.sendOk(spec)
      const body = asObject(json(response, spec))
      if (body.success === false)
        throw pipeline.fail(
          new TrackerError(
            'rejected',
            `TrackerRMS refused to ${spec.what}${text(body.message) ? `: ${pipeline.preview(text(body.message) as string)}` : '.'}`,
            { status: response.status }
          )
        )
      const id = positiveId(pick(body, CREATE_ID_FIELDS))
      if (id === null)
        throw pipeline.fail(
          new TrackerError(
            'transient',
            `TrackerRMS answered the create for ${candidate.fullName} without a record id; the record may exist. The next try looks for it before creating anything.`,
            { status: response.status }
          )
        )
      return { id, notes: await afterCreate(id, candidate, options.source) }
    },

    async listDocuments(resourceId: number): Promise<TrackerDocument[]> {
      checkId(resourceId, 'resourceId')
      const spec: CallSpec = {
        api: 'rest',
        method: 'GET',
        path: REST_PATHS.resourceDocuments(resourceId),
        what: `read the documents of candidate ${resourceId}`,
        auth: 'jwt',
        idempotent: true
      }
      const response = await pipeline.sendOk(spec, `TrackerRMS has no candidate with id ${resourceId}.`)
      const body = json(response, spec)
      const rows = Array.isArray(body) ? body : (pick(asObject(body), ['documents', 'data', 'items', 'results']) as unknown)
      if (!Array.isArray(rows)) return unexpected(spec.what, response)
      return rows.map(toDocument).filter((d): d is TrackerDocument => d !== null)
    }
  }
}
