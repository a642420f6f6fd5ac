// The REST API router [reference §2, §4]. Paths match case-insensitively [observed]; the route is found first (an
// unknown path is 404 and a known path with another method 405, with or without a JWT, as ASP.NET answers), then the
// JWT is checked (401 plain text for a missing, unknown, expired or revoked one). Resource/PagedSearch exists only in
// the 'L1' profile. The swagger document is not served: whether TrackerRMS serves it is [unknown] (§1).
import { isObject } from './formats'
import type { SandboxProfile } from './profile'
import { noRoute, text, type Reply } from './reply'
import { getApplication, getOpportunity, searchApplications, searchOpportunities } from './rest-jobs'
import { pagedSearchResources, searchResources } from './rest-listing'
import { createResource, deleteResource, getResource, listDocuments, patchResource } from './rest-resources'
import type { RestContext } from './rest-context'

interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: RegExp
  run(ctx: RestContext, match: RegExpExecArray, body: unknown): Reply
  /** Only in these profiles. */
  when?: (profile: SandboxProfile) => boolean
}

const RESOURCE = /^\/api\/v1\/resource\/(\d+)$/
const ROUTES: Route[] = [
  { method: 'GET', path: /^\/api\/v1\/opportunity\/(\d+)$/, run: getOpportunity },
  { method: 'POST', path: /^\/api\/v1\/opportunity\/pagedsearch$/, run: searchOpportunities },
  { method: 'POST', path: /^\/api\/v1\/resource$/, run: createResource },
  { method: 'GET', path: RESOURCE, run: getResource },
  { method: 'PATCH', path: RESOURCE, run: patchResource },
  { method: 'DELETE', path: RESOURCE, run: deleteResource },
  { method: 'GET', path: /^\/api\/v1\/resource\/(\d+)\/documents$/, run: listDocuments },
  { method: 'POST', path: /^\/api\/v1\/resource\/pagedsearch$/, run: pagedSearchResources, when: (p) => p.listing === 'L1' },
  { method: 'POST', path: /^\/api\/v1\/resource\/search$/, run: searchResources },
  { method: 'POST', path: /^\/api\/v1\/opportunityresource\/search$/, run: searchApplications },
  { method: 'GET', path: /^\/api\/v1\/opportunityresource\/(\d+)$/, run: getApplication }
]

const wrongMethod = (method: string) => text(405, `The requested resource does not support http method '${method}'.`)

export function handleRest(ctx: RestContext, method: string, path: string, body: unknown, authorization: string | undefined): Reply {
  const route = path.toLowerCase().replace(/\/+$/, '')
  if (route === '/api/auth/exchangetoken') {
    if (method !== 'POST') return wrongMethod(method)
    return ctx.auth.exchange(isObject(body) ? body.bearerToken : undefined)
  }
  const candidates = ROUTES.filter((r) => r.path.test(route) && (!r.when || r.when(ctx.store.profile)))
  if (!candidates.length) return noRoute(path)
  const chosen = candidates.find((r) => r.method === method)
  if (!chosen) return wrongMethod(method)
  if (!ctx.auth.checkJwt(authorization)) return text(401, 'Authorization has been denied for this request.')
  return chosen.run(ctx, chosen.path.exec(route) as RegExpExecArray, body)
}
