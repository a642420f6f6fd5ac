import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createSourceCache } from '../../../electron/csv/source-cache'
import { openSource } from '../../../electron/csv/source'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function tempFile(name: string, bytes: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'source-cache-'))
  dirs.push(dir)
  const file = join(dir, name)
  writeFileSync(file, bytes)
  return file
}

function countingCache() {
  const opened: string[] = []
  const cache = createSourceCache(async (file) => {
    opened.push(file)
    return openSource(file)
  })
  return { cache, opened }
}

describe('the import wizard detects a file once', () => {
  it('inspect, preview and apply of an unchanged file read its encoding once', async () => {
    const file = tempFile('a.csv', 'Full name;Email\nAda Lovelace;ada@example.com\n')
    const { cache, opened } = countingCache()
    const first = await cache.open(file)
    expect(await cache.open(file)).toBe(first)
    expect(await cache.open(file)).toBe(first)
    expect(opened).toHaveLength(1)
    expect(first.format.delimiter).toBe(';')
  })

  it('detects afresh a file saved again in between (another encoding, another delimiter)', async () => {
    const file = tempFile('b.csv', 'Full name,Email\nAda Lovelace,ada@example.com\n')
    const { cache, opened } = countingCache()
    expect((await cache.open(file)).format).toMatchObject({ encoding: 'utf-8', delimiter: ',' })
    // Saved from Excel as Windows-1252 with tabs; the same size is no excuse to reuse the old answer.
    writeFileSync(file, Buffer.from('Full name\tEmail\nAda Lov\xe9lace\tada@example.com\n', 'latin1'))
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    expect((await cache.open(file)).format).toMatchObject({ encoding: 'windows-1252', delimiter: '\t' })
    expect(opened).toHaveLength(2)
  })

  it('does not remember a path that fails, so a file put there later is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'source-cache-'))
    dirs.push(dir)
    const file = join(dir, 'later.csv')
    const { cache } = countingCache()
    await expect(cache.open(file)).rejects.toMatchObject({ code: 'validation', field: 'file' })
    writeFileSync(file, 'Full name\nAda Lovelace\n')
    expect((await cache.open(file)).bytes).toBeGreaterThan(0)
  })
})
