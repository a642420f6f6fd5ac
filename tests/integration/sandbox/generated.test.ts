// A large TrackerRMS for benchmarks and the resumable-read tests: N generated, plausible candidates (shared names,
// unique emails, updated times spread over the days before now at about 100 a day), in-process, over HTTP and with
// `npm run sandbox -- --candidates N`.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { control, testSandbox } from './http'

const DAY = 24 * 3600 * 1000
const NOW = Date.parse('2026-12-07T12:00:00Z')

it('adds N plausible candidates: deterministic, names shared, emails unique, updated about 100 a day up to now', async () => {
  const one = await testSandbox({ seed: 'demo', now: () => NOW })
  const two = await testSandbox({ seed: 'empty', now: () => NOW })
  expect(one.controls.addCandidates(5_000)).toBe(5_200) // after the demo's 200
  expect(two.controls.addCandidates(5_000)).toBe(5_000)
  const generated = one.controls.resources().slice(200)
  // The same people (ids and TrackerRMS's company ids follow what the store held before).
  const strip = (r: (typeof generated)[number]) => ({ ...r, id: 0, currentClient: r.currentClient?.name ?? null })
  expect(generated.map(strip)).toEqual(two.controls.resources().map(strip))
  const ids = generated.map((r) => r.id)
  expect(ids).toEqual([...ids].sort((a, b) => a - b))
  const created = generated.map((r) => Date.parse(r.createdAt))
  expect(created).toEqual([...created].sort((a, b) => a - b)) // ids in creation order
  const names = new Set(generated.map((r) => `${r.firstName} ${r.surname}`))
  expect(names.size).toBeLessThan(2_000)
  const emails = generated.map((r) => r.contactDetails.email).filter((e): e is string => !!e)
  expect(emails.length).toBeGreaterThan(3_500)
  expect(new Set(emails.map((e) => e.toLowerCase())).size).toBe(emails.length)
  const updated = generated.map((r) => Date.parse(r.updatedAt))
  expect(Math.max(...updated)).toBeLessThan(NOW)
  expect(Math.min(...updated)).toBeGreaterThanOrEqual(NOW - 50 * DAY - 60_000) // 5,000 ÷ 100 a day
  const lastDay = updated.filter((t) => t > NOW - DAY).length
  expect(lastDay).toBeGreaterThan(60)
  expect(lastDay).toBeLessThan(140)

  // Over HTTP; a bad count is refused.
  expect(await control.post(two, '/candidates', { count: 10 })).toEqual({ resources: 5_010 })
  const refused = await fetch(`${two.controlUrl}/candidates`, { method: 'POST', body: JSON.stringify({ count: -1 }) })
  expect(refused.status).toBe(400)
})

it('npm run sandbox --candidates N adds them to the seed', async () => {
  const child = spawn(
    join(__dirname, '../../../node_modules/.bin/tsx'),
    ['electron/sandbox/main.ts', '--port', '0', '--seed', 'empty', '--candidates', '1234'],
    {
      cwd: join(__dirname, '../../..'),
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  try {
    const out = await new Promise<string>((resolve, reject) => {
      let text = ''
      const read = (chunk: Buffer) => {
        text += chunk.toString()
        if (text.includes('Ctrl+C')) resolve(text)
      }
      child.stdout.on('data', read)
      child.stderr.on('data', read)
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${text}`)))
    })
    expect(out).toContain('0 open jobs, 1234 candidates')
  } finally {
    child.kill('SIGTERM')
  }
})
