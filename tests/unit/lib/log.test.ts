import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileLogger } from '../../../electron/lib/log'
import { Redactor } from '../../../electron/lib/redact'
import { tempDir } from '../../helpers/temp'

const TOKEN = '0123456789abcdef0123456789abcdef'
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlLXBhcnQ'

describe('the log file', () => {
  it('writes one JSON line per event with time, level and data', () => {
    const log = createFileLogger({ dir: tempDir() })
    log.info('job.created', { jobId: 7 })
    const [line] = readFileSync(log.path, 'utf8').trim().split('\n')
    expect(JSON.parse(line)).toMatchObject({ level: 'info', event: 'job.created', jobId: 7 })
  })

  it('never writes a known secret, a bearer header or a JWT', () => {
    const log = createFileLogger({ dir: tempDir() })
    log.redactor.add(TOKEN)
    log.error('request.failed', {
      url: 'https://x/api/Auth/ExchangeToken',
      body: `{"bearerToken":"${TOKEN}"}`,
      headers: { Authorization: `Bearer ${JWT}` },
      message: `got ${JWT} back`,
      token: 'anything'
    })
    log.warn(`a message with ${TOKEN} inside`)
    const text = readFileSync(log.path, 'utf8')
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain(JWT)
    expect(text).not.toContain('anything')
    expect(text).toContain('[redacted]')
  })

  it('rotates by size and keeps a bounded number of files', () => {
    const dir = tempDir()
    const log = createFileLogger({ dir, maxBytes: 2_000, keep: 2 })
    for (let i = 0; i < 200; i++) log.info('tick', { i, padding: 'x'.repeat(50) })
    const files = readdirSync(dir).sort()
    expect(files).toEqual(['tracker-sync.log', 'tracker-sync.log.1', 'tracker-sync.log.2'])
    const last = readFileSync(log.path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).i)
    expect(last[last.length - 1]).toBe(199)
  })

  it("two writers on one file (the app and the command line) rotate by the file's own size", () => {
    const dir = tempDir()
    const app = createFileLogger({ dir, maxBytes: 2_000, keep: 5 })
    const cli = createFileLogger({ dir, maxBytes: 2_000, keep: 5 })
    for (let i = 0; i < 100; i++) (i % 2 ? cli : app).info('tick', { i, padding: 'x'.repeat(50) })
    for (const file of readdirSync(dir)) expect(statSync(join(dir, file)).size, file).toBeLessThanOrEqual(2_000)
    const lines = readdirSync(dir).flatMap((file) => readFileSync(join(dir, file), 'utf8').trim().split('\n'))
    expect(lines.map((l) => JSON.parse(l).i).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i).slice(100 - lines.length))
  })

  it('never throws into the caller: a rotation that fails, or a folder that is gone, loses lines, not the work', () => {
    const dir = tempDir()
    const log = createFileLogger({ dir, maxBytes: 500, keep: 2 })
    // Something is in the way of the rotation: renaming the log onto a non-empty folder fails.
    mkdirSync(join(dir, 'tracker-sync.log.1'))
    writeFileSync(join(dir, 'tracker-sync.log.1', 'x'), 'x')
    for (let i = 0; i < 50; i++) expect(() => log.info('tick', { i, padding: 'x'.repeat(50) })).not.toThrow()
    expect(readFileSync(log.path, 'utf8')).toContain('"i":49')
    rmSync(dir, { recursive: true, force: true })
    expect(() => log.error('after.removal', {})).not.toThrow()
  })
})

describe('Redactor', () => {
  it('scrubs nested values and leaves ordinary text alone', () => {
    const redactor = new Redactor()
    redactor.add(TOKEN)
    expect(redactor.value({ a: [{ b: `x${TOKEN}y` }], name: 'Ann Lee' })).toEqual({ a: [{ b: 'x[redacted]y' }], name: 'Ann Lee' })
    expect(redactor.text('Bearer abc.def-ghi')).toBe('Bearer [redacted]')
  })
})
