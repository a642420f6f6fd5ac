// `npm run sandbox` as a new user runs it: prints the URLs, the secrets, the login and the connect command, applies
// --profile, and answers on what it printed.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')
const TOKEN = 'feedfacefeedfacefeedfacefeedface'
const KEY = 'c0ffeec0ffeec0ffeec0ffeec0ffee00'

/** Runs the sandbox with `args`; resolves with its output once it is ready (or rejects with it when it exits). */
function run(args: string[]): { ready: Promise<string>; exited: Promise<{ code: number | null; out: string }>; stop: () => void } {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['electron/sandbox/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  const exited = new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out })))
  const ready = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('Ctrl+C')) resolve(out)
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    void exited.then(({ code }) => reject(new Error(`sandbox exited with ${code}: ${out}`)))
  })
  ready.catch(() => undefined) // a run that is expected to fail is awaited through `exited` instead
  return { ready, exited, stop: () => child.kill('SIGTERM') }
}

it('npm run sandbox prints the URLs, the token, the Widget key, the login and the connect command, and serves them', async () => {
  const sandbox = run(['--port', '0', '--seed', 'demo', '--token', TOKEN, '--widget-key', KEY])
  try {
    const out = await sandbox.ready
    const restUrl = /REST URL:\s+(\S+)/.exec(out)?.[1] as string
    const widgetUrl = /Widget URL:\s+(\S+)/.exec(out)?.[1] as string
    expect(widgetUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/widget$/)
    expect(out).toContain(`API token:   ${TOKEN}`)
    expect(out).toContain(`Widget key:  ${KEY}`)
    expect(out).toContain('Login:       Test Owner <owner@example.com>')
    expect(out).toContain('Profile:     default (least friendly)')
    expect(out).toContain('10 open jobs, 200 candidates')
    expect(out).toContain(
      `printf '%s\\n%s\\n' ${TOKEN} ${KEY} | npm run cli -- connect --region custom --rest-url ${restUrl} --widget-url ${widgetUrl} --as "Test Owner <owner@example.com>" --token-stdin --widget-key-stdin`
    )
    const res = await fetch(`${restUrl}/api/Auth/ExchangeToken`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ bearerToken: TOKEN })
    })
    expect(res.status).toBe(200)
    const check = await fetch(`${widgetUrl}/api/widget/checkLogon`, {
      method: 'POST',
      body: JSON.stringify({ trackerrms: { checkLogon: { credentials: { username: 'owner@example.com', apikey: KEY } } } })
    })
    expect(await check.json()).toMatchObject({ status: 0 })
  } finally {
    sandbox.stop()
  }
})

it('npm run sandbox --profile applies the named variants in order, and refuses an unknown name', async () => {
  const sandbox = run(['--port', '0', '--seed', 'demo', '--token', TOKEN, '--profile', 'listing-L1-items,row-contacts'])
  try {
    const out = await sandbox.ready
    expect(out).toContain('Profile:     listing="L1" listingKey="items" rowContacts=true')
    const restUrl = /REST URL:\s+(\S+)/.exec(out)?.[1] as string
    const exchange = await fetch(`${restUrl}/api/Auth/ExchangeToken`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ bearerToken: TOKEN })
    })
    const { token } = (await exchange.json()) as { token: string }
    const page = await fetch(`${restUrl}/api/v1/Resource/PagedSearch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ pageNumber: 1 })
    })
    const body = (await page.json()) as { items: Record<string, unknown>[]; totalRecords: number }
    expect(body.totalRecords).toBe(200)
    expect(body.items[0]).toHaveProperty('email')
  } finally {
    sandbox.stop()
  }
  const wrong = run(['--port', '0', '--profile', 'friendly'])
  const { code, out } = await wrong.exited
  expect(code).toBe(2)
  expect(out).toMatch(/--profile: Unknown sandbox profile "friendly"/)
})
