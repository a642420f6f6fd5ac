// Raw HTTP helpers for the sandbox tests: plain fetch on purpose, since these tests are about the server (what
// TrackerRMS answers, per shared/docs/trackerrms-api.md), not about our client.
import { expect, onTestFinished } from 'vitest'
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../electron/sandbox'

/**
 * A sandbox on an ephemeral port, no per-minute limit unless asked, closed when the test ends. (Not the shared
 * tests/helpers one: that pulls in the app's core, and these tests must not depend on the app.)
 */
export async function testSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = await startSandbox({ requestsPerMinute: null, ...options })
  onTestFinished(() => sandbox.close())
  return sandbox
}

export async function exchange(sb: RunningSandbox, bearerToken: unknown = sb.token): Promise<Response> {
  return fetch(`${sb.restUrl}/api/Auth/ExchangeToken`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ bearerToken })
  })
}

export async function jwtFor(sb: RunningSandbox): Promise<string> {
  const res = await fetch(`${sb.restUrl}/API/auth/exchangeTOKEN`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ bearerToken: sb.token })
  })
  expect(res.status).toBe(200)
  const body = (await res.json()) as { token: string }
  expect(body.token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/)
  return body.token
}

/** A REST call with a JWT; `body` undefined = no body. */
export function rest(sb: RunningSandbox, jwt: string | null, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${sb.restUrl}${path}`, {
    method,
    headers: { ...(jwt ? { Authorization: `Bearer ${jwt}` } : {}), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
}

/** A REST call's JSON (asserting the status). */
export async function restJson(sb: RunningSandbox, jwt: string, method: string, path: string, body?: unknown, status = 200): Promise<any> {
  const res = await rest(sb, jwt, method, path, body)
  const text = await res.text()
  expect(res.status, text).toBe(status)
  return JSON.parse(text)
}

export interface WidgetResult {
  http: number
  body: any
}

/** A Widget call: `parts` is the operation's part of the envelope (credentials and blocks); `headers` e.g. Authorization. */
export async function widget(sb: RunningSandbox, operation: string, parts: unknown, headers: Record<string, string> = {}): Promise<WidgetResult> {
  return widgetRaw(sb, operation, { trackerrms: { [operation]: parts } }, headers)
}

export async function widgetRaw(sb: RunningSandbox, operation: string, envelope: unknown, headers: Record<string, string> = {}): Promise<WidgetResult> {
  const res = await fetch(`${sb.widgetUrl}/api/widget/${operation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(envelope)
  })
  const text = await res.text()
  return { http: res.status, body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text }
}

/** W4 credentials (the default profile accepts them): the first user and the Widget key. */
export const keyAndUser = (sb: RunningSandbox) => ({ username: sb.loginEmail, apikey: sb.widgetKey })

export const control = {
  get: (sb: RunningSandbox, path: string) => fetch(`${sb.controlUrl}${path}`).then((r) => r.json() as Promise<any>),
  post: (sb: RunningSandbox, path: string, body: unknown = {}) =>
    fetch(`${sb.controlUrl}${path}`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>)
}

/** n candidates with names "P1 Test" … updated one minute apart from `from`. */
export function addPeople(sb: RunningSandbox, n: number, from = Date.parse('2026-01-01T00:00:00Z')): number[] {
  return Array.from(
    { length: n },
    (_, i) =>
      sb.controls.addResource({
        firstName: `P${i + 1}`,
        surname: 'Test',
        email: `p${i + 1}@example.com`,
        linkedInUrl: `https://www.linkedin.com/in/p${i + 1}`,
        updatedAt: new Date(from + i * 60_000).toISOString()
      }).id
  )
}
