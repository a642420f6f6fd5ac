import { dispatcherFor } from '../helpers/api'
import { createHash } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { API, type CallName } from '../../shared/api'
import { createCore } from '../../electron/core'
import { createEnvStore } from '../../electron/secrets'
import { tempDir } from '../helpers/temp'

// Every call of the API contract (what Electron's IPC and the browser host both dispatch), fed malformed
// arguments: wrong types, missing fields, huge strings, prototype-pollution keys. Each must get a clear
// validation error, nothing may crash, and nothing may be written.
const HUGE = 'x'.repeat(1_000_001)
const WRONG_VALUES: unknown[] = [{}, [], HUGE, -1.5, true, null, 'not-a-number', 1e308, { nested: { deeper: [1, 2, 3] } }]
const WHOLE_INPUTS: unknown[] = [undefined, null, 42, 'text', [], true, HUGE, [{ jobId: 1 }]]
const POISONED = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"jobId":1,"filter":{"__proto__":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}'
].map((json) => JSON.parse(json) as unknown)

function shapeKeys(name: CallName): string[] {
  const schema = API[name].input as unknown as { shape?: Record<string, unknown> }
  return schema.shape ? Object.keys(schema.shape) : []
}

describe('malformed arguments for every API call', () => {
  const dir = tempDir()
  const core = createCore({ dataDir: dir, secrets: createEnvStore('bad-input-token-0000') })
  const dispatch = dispatcherFor(core)
  afterAll(() => core.close())
  const job = core.jobs.create({ title: 'Nurse' })
  core.candidates.create({ jobId: job.id, fullName: 'Ann Lee', email: 'ann@example.com' })

  /** Everything the database holds, as one hash: if it changes, something was written. */
  const snapshot = () => {
    const tables = (core.ctx.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((t) => t.name)
    const hash = createHash('sha256')
    for (const table of tables) hash.update(table + JSON.stringify(core.ctx.db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()))
    return hash.digest('hex')
  }

  it('refuses each with a validation error naming the problem, writes nothing, and keeps running', async () => {
    const before = snapshot()
    let refused = 0
    for (const name of Object.keys(API) as CallName[]) {
      const schema = API[name].input
      const inputs: unknown[] = [...WHOLE_INPUTS, ...POISONED]
      for (const key of shapeKeys(name)) for (const value of WRONG_VALUES) inputs.push({ [key]: value })
      inputs.push({ unexpectedField: 1 })
      for (const input of inputs) {
        const poisoned = POISONED.includes(input)
        if (!poisoned && schema.safeParse(input).success) continue // a valid input is not the subject here
        const result = await dispatch(name, input)
        expect(result.ok, `${name} accepted ${JSON.stringify(input)?.slice(0, 80)}`).toBe(false)
        if (!result.ok) {
          expect(result.error.code, `${name}: ${result.error.message}`).toBe('validation')
          expect(result.error.message.length).toBeGreaterThan(5)
          expect(result.error.message.length).toBeLessThan(500) // a huge input is never echoed back whole
        }
        refused++
      }
    }
    expect(snapshot()).toBe(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    console.info(`${refused} malformed calls refused across ${Object.keys(API).length} API calls`)
  })

  it('answers unknown and inherited call names with not_found, running nothing', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'jobs.list.x', '', 42, null]) {
      const result = await dispatch(name, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    }
  })
})
