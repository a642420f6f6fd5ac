// `npm run sandbox` as a new user runs it: prints the URLs and the token, and answers on them.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')

it('npm run sandbox prints the REST URL, the Widget URL and the token, and serves them', async () => {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['electron/sandbox/main.ts', '--port', '0', '--seed', 'demo', '--token', 'feedfacefeedfacefeedfacefeedface'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  try {
    let out = ''
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes('Ctrl+C')) resolve()
      })
      child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${out}`)))
    })
    const restUrl = /REST URL:\s+(\S+)/.exec(out)?.[1] as string
    expect(out).toMatch(/Widget URL:\s+http:\/\/127\.0\.0\.1:\d+\/widget/)
    expect(out).toContain('API token:   feedfacefeedfacefeedfacefeedface')
    expect(out).toContain('10 open jobs, 200 candidates')
    const res = await fetch(`${restUrl}/api/Auth/ExchangeToken`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ bearerToken: 'feedfacefeedfacefeedfacefeedface' }) })
    expect(res.status).toBe(200)
  } finally {
    child.kill('SIGTERM')
  }
})
