// The sandbox's controls, in-process (tests, benchmarks, the sync engine's tests) and over HTTP under /__sandbox/
// (control-routes.ts maps each route to one of these). Read-backs return copies: changing them changes nothing.
import { newApiToken } from './auth'
import { mergeProfile, resolveProfile } from './profile'
import { patchFromInput } from './resource-fields'
import { addGeneratedCandidates, addInput, applySeed } from './seed'
import type { SandboxServer } from './server'
import type * as T from './types'
import { findUser } from './widget-auth'
import { makeUser } from './users'
import type { SandboxControls } from './controls-api'

export type { SandboxControls }

const copy = <V>(value: V): V => structuredClone(value)

export function createControls(server: SandboxServer): SandboxControls {
  const { store, auth, faults, limiter } = server.parts
  const check = (ok: boolean, message: string) => {
    if (!ok) throw new RangeError(message)
  }
  const account = () => store.account
  return {
    reset() {
      applySeed(store, 'empty')
      faults.clear()
      server.latencyMs = 0
      server.log.length = 0
    },
    seed(name) {
      check(name === 'demo' || name === 'empty', `Unknown seed "${String(name)}": use demo or empty.`)
      applySeed(store, name)
    },
    setLatency(ms) {
      check(Number.isFinite(ms) && ms >= 0, 'latency must be 0 or more milliseconds')
      server.latencyMs = ms
    },
    setFaults(rates) {
      const kinds = ['error5xx', 'rateLimit429', 'hang', 'reset', 'malformed', 'huge']
      for (const [kind, rate] of Object.entries(rates)) {
        check(kinds.includes(kind), `Unknown fault rate "${kind}": use ${kinds.join(', ')}.`)
        check(typeof rate === 'number' && rate >= 0 && rate <= 1, 'fault rates are probabilities from 0 to 1')
      }
      faults.rates = { ...rates }
    },
    failNext(rule) {
      check(['5xx', '429', 'hang', 'reset', 'malformed', 'huge'].includes(rule.kind), `Unknown fault "${String(rule.kind)}".`)
      faults.add(rule)
    },
    clearFaults: () => faults.clear(),
    cutNetwork: () => server.cut(),
    restoreNetwork: () => server.restore(),
    revokeToken: () => auth.revoke(),
    rotateToken: (token) => auth.rotate(token ?? newApiToken()),
    token: () => auth.token,
    setJwtLifetime(seconds) {
      check(Number.isFinite(seconds) && seconds > 0, 'the JWT lifetime must be more than 0 seconds')
      auth.jwtLifetimeSeconds = seconds
    },
    setRateLimit(requestsPerMinute, windowMs) {
      check(
        requestsPerMinute === null || (Number.isInteger(requestsPerMinute) && requestsPerMinute > 0),
        'the rate limit must be a whole number above 0, or null'
      )
      limiter.limit = requestsPerMinute
      if (windowMs !== undefined) limiter.windowMs = windowMs
    },
    profile: () => copy(store.profile),
    setProfile(change) {
      account().profile = typeof change === 'string' ? resolveProfile(change) : mergeProfile(store.profile, change)
      store.changed()
      return copy(store.profile)
    },
    widgetKey: () => account().widgetKey,
    rotateWidgetKey: (key) => auth.rotateWidgetKey(key ?? newApiToken()),
    revokeWidgetKey: () => auth.revokeWidgetKey(),
    oauthToken: () => account().oauthToken,
    users: () => copy(account().users),
    addUser(input) {
      const user = makeUser(input)
      check(!findUser(store, user.email), `There is already a user ${user.email}.`)
      account().users.push(user)
      store.changed()
      return copy(user)
    },
    setUserActive(email, active) {
      const user = findUser(store, String(email))
      check(!!user, `No user ${String(email)}.`)
      ;(user as T.SandboxUser).active = !!active
      store.changed()
      return copy(user as T.SandboxUser)
    },
    settings: () => ({
      latencyMs: server.latencyMs,
      jwtLifetimeSeconds: auth.jwtLifetimeSeconds,
      requestsPerMinute: limiter.limit,
      rateWindowMs: limiter.windowMs,
      rates: { ...faults.rates },
      pendingFaults: faults.pending(),
      networkCut: server.networkCut
    }),
    resources: () => copy(store.data.resources),
    resource: (id) => copy(store.resource(id)),
    opportunities: () => copy(store.data.opportunities),
    applications: () => store.applications(),
    requestLog: () => copy(server.log),
    clearRequestLog: () => void (server.log.length = 0),
    addResource: (input) => copy(addInput(store, input)),
    addCandidates(count, seed) {
      check(Number.isInteger(count) && count >= 0 && count <= 1_000_000, 'count must be a whole number from 0 to 1,000,000')
      check(seed === undefined || Number.isInteger(seed), 'seed must be a whole number')
      return addGeneratedCandidates(store, count, seed)
    },
    updateResource(id, patch) {
      const resource = store.resource(id)
      return resource ? copy(store.updateResource(resource, patchFromInput(patch), [], patch.updatedAt)) : null
    },
    deleteResource: (id) => store.deleteResource(id),
    addOpportunity: (input) => copy(store.addOpportunity(input))
  }
}
