// Jobs and job lists over REST: Opportunity/{id} and Opportunity/PagedSearch (§4.1–4.2), OpportunityResource/Search
// and OpportunityResource/{id} (§4.13). Clean pages of 10 here: overlapping pages were seen on Resource/Search only.
import { isObject, restTime } from './formats'
import { json, text, type Reply } from './reply'
import type { RestContext } from './rest-context'
import { pageNumberOf, pageOf, SANDBOX_PAGE_SIZE, updatedAfterFilter } from './rest-listing'
import { listStatusName } from './data'
import type { SandboxApplication, SandboxOpportunity } from './types'

const opportunityJson = (o: SandboxOpportunity) => ({
  opportunityId: o.id,
  opportunityName: o.name,
  clientName: o.clientName,
  opportunityStatusDesc: o.status,
  locationCity: o.city,
  locationState: o.state,
  lastUpdatedDateTime: restTime(o.updatedAt)
})

export function getOpportunity(ctx: RestContext, match: RegExpExecArray): Reply {
  const opportunity = ctx.store.opportunity(Number(match[1]))
  return opportunity ? json(200, opportunityJson(opportunity)) : text(404, `Opportunity ${match[1]} not found.`)
}

/** {state, pageNumber, updatedAfter?: "YYYY-MM-DD", publishOnline?}: those three honoured, pageSize and sorting ignored [observed]. */
export function searchOpportunities(ctx: RestContext, _match: RegExpExecArray, input: unknown): Reply {
  const body = isObject(input) ? input : {}
  const keep = updatedAfterFilter(body.updatedAfter, 'date')
  if (typeof keep !== 'function') return keep
  const state = typeof body.state === 'string' ? body.state.toLowerCase() : 'all'
  const rows = ctx.store.data.opportunities.filter(
    (o) =>
      (state === 'open' ? o.open : state === 'closed' ? !o.open : true) &&
      (typeof body.publishOnline === 'boolean' ? o.publishOnline === body.publishOnline : true) &&
      keep(o.updatedAt)
  )
  const pageNumber = pageNumberOf(body)
  const { slice, totalPages } = pageOf(rows, pageNumber, 'clean')
  return json(200, { opportunities: slice.map(opportunityJson), totalCount: rows.length, totalPages, hasNextPage: pageNumber < totalPages })
}

const applicationJson = (a: SandboxApplication) => ({
  opportunityResourceId: a.opportunityResourceId,
  opportunityId: a.opportunityId,
  resourceId: a.resourceId,
  opportunityResourceStatusName: a.status
})

/** {searchText, pageSize, pageNumber}: searchText ignored (whether it filters is [unknown]; the least friendly answer). */
export function searchApplications(ctx: RestContext, _match: RegExpExecArray, input: unknown): Reply {
  const body = isObject(input) ? input : {}
  const rows = ctx.store.applications()
  const pageNumber = pageNumberOf(body)
  const { slice } = pageOf(rows, pageNumber, 'clean')
  return json(200, { data: slice.map(applicationJson), totalRecords: rows.length, pageNumber, pageSize: SANDBOX_PAGE_SIZE })
}

export function getApplication(ctx: RestContext, match: RegExpExecArray): Reply {
  const id = Number(match[1])
  for (const resource of ctx.store.data.resources) {
    const entry = resource.jobLists.find((e) => e.opportunityResourceId === id)
    if (entry) return json(200, applicationJson({ ...entry, resourceId: resource.id, status: listStatusName(entry) }))
  }
  return text(404, `OpportunityResource ${id} not found.`)
}
