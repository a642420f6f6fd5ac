// The controls over HTTP, under /__sandbox (a path TrackerRMS does not use). JSON in, JSON out.
//   GET  /__sandbox/state                      settings, token, Widget key, OAuth token, profile, users, counts
//   GET  /__sandbox/resources | /resources/ID  | /opportunities | /applications | /requests | /profile | /users
//   POST /__sandbox/reset | /seed {seed} | /latency {ms} | /faults {error5xx,rateLimit429,hang,reset,malformed,huge}
//        /fail-next {kind,count?,path?,status?,retryAfterSeconds?,retryAfterForm?} | /clear-faults
//        /revoke-token | /rotate-token {token?} | /jwt-lifetime {seconds} | /rate-limit {requestsPerMinute,windowMs?}
//        /profile {…partial profile} or {"name": "variant[,variant…]"}  (a name starts again from the default)
//        /rotate-widget-key {key?} | /revoke-widget-key | /users {email,name?,password?,active?} | /users/active {email,active}
//        /network-cut {ms}  (answers, then refuses connections for ms — the controls go down with the network)
//        /resources {…ResourceInput} | /resources/ID {…patch} | /opportunities {…OpportunityInput} | /requests/clear
//        /candidates {count, seed?}  (adds that many generated candidates; answers {resources: how many there are})
import type { SandboxControls } from './controls-api'
import { json, text, type Reply } from './reply'
import type { SeedName } from './seed'

export interface ControlResult {
  reply: Reply
  /** Runs once the reply has gone out (the network cut). */
  after?: () => void
}

const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v)
const ok = (value: unknown = { ok: true }): ControlResult => ({ reply: json(200, value) })

export async function handleControl(controls: SandboxControls, method: string, path: string, input: unknown): Promise<ControlResult> {
  const body = isObject(input) ? input : {}
  const route = path.replace(/\/+$/, '') || '/'
  try {
    if (method === 'GET') {
      if (route === '/state') {
        return ok({
          token: controls.token(),
          widgetKey: controls.widgetKey(),
          oauthToken: controls.oauthToken(),
          profile: controls.profile(),
          users: controls.users().map(({ email, name, active }) => ({ email, name, active })),
          settings: controls.settings(),
          resources: controls.resources().length,
          opportunities: controls.opportunities().length,
          requests: controls.requestLog().length
        })
      }
      if (route === '/profile') return ok(controls.profile())
      if (route === '/users') return ok(controls.users())
      if (route === '/applications') return ok(controls.applications())
      if (route === '/resources') return ok(controls.resources())
      const one = /^\/resources\/(\d+)$/.exec(route)
      if (one) {
        const resource = controls.resource(Number(one[1]))
        return resource ? ok(resource) : { reply: text(404, `No resource ${one[1]}.`) }
      }
      if (route === '/opportunities') return ok(controls.opportunities())
      if (route === '/requests') return ok(controls.requestLog())
    }
    if (method === 'POST') {
      switch (route) {
        case '/reset':
          controls.reset()
          return ok()
        case '/seed':
          controls.seed(body.seed as SeedName)
          return ok()
        case '/latency':
          controls.setLatency(Number(body.ms))
          return ok()
        case '/faults':
          controls.setFaults(body)
          return ok()
        case '/fail-next':
          controls.failNext(body as never)
          return ok()
        case '/profile':
          return ok(controls.setProfile(typeof body.name === 'string' ? body.name : body))
        case '/rotate-widget-key':
          return ok({ widgetKey: controls.rotateWidgetKey(typeof body.key === 'string' ? body.key : undefined) })
        case '/revoke-widget-key':
          controls.revokeWidgetKey()
          return ok()
        case '/users':
          return ok(controls.addUser(body as never))
        case '/users/active':
          return ok(controls.setUserActive(String(body.email), body.active === true))
        case '/clear-faults':
          controls.clearFaults()
          return ok()
        case '/revoke-token':
          controls.revokeToken()
          return ok()
        case '/rotate-token':
          return ok({ token: controls.rotateToken(typeof body.token === 'string' ? body.token : undefined) })
        case '/jwt-lifetime':
          controls.setJwtLifetime(Number(body.seconds))
          return ok()
        case '/rate-limit':
          controls.setRateLimit(
            body.requestsPerMinute === null ? null : Number(body.requestsPerMinute),
            body.windowMs === undefined ? undefined : Number(body.windowMs)
          )
          return ok()
        case '/network-cut': {
          const ms = Number(body.ms)
          if (!Number.isFinite(ms) || ms <= 0)
            return { reply: text(400, 'network-cut needs {"ms": N} (the controls are unreachable while the network is cut).') }
          return {
            reply: json(200, { ok: true, restoresInMs: ms }),
            after: () => void controls.cutNetwork().then(() => setTimeout(() => void controls.restoreNetwork(), ms))
          }
        }
        case '/resources':
          return ok(controls.addResource(body))
        case '/opportunities':
          return ok(controls.addOpportunity(body as never))
        case '/candidates':
          return ok({ resources: controls.addCandidates(Number(body.count), body.seed === undefined ? undefined : Number(body.seed)) })
        case '/requests/clear':
          controls.clearRequestLog()
          return ok()
      }
      const one = /^\/resources\/(\d+)$/.exec(route)
      if (one) {
        const resource = controls.updateResource(Number(one[1]), body)
        return resource ? ok(resource) : { reply: text(404, `No resource ${one[1]}.`) }
      }
    }
    return { reply: text(404, `Unknown sandbox control ${method} /__sandbox${path}.`) }
  } catch (error) {
    return { reply: text(400, error instanceof Error ? error.message : String(error)) }
  }
}
