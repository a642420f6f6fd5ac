// The token stays home: a TrackerRMS address that answers with a redirect is a connection problem naming where it
// pointed, and nothing is sent there (fetch would otherwise re-send the token exchange, token included, to it).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, it, onTestFinished } from 'vitest'
import { createCore } from '../../../electron/core'
import { createEnvStore } from '../../../electron/secrets'
import { tempDir } from '../../helpers/temp'

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

it('a redirect on the token exchange is refused, names the host it pointed to, and the token never reaches it', async () => {
  const received: string[] = []
  const elsewhere = await listen((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push(`${req.method} ${req.url} ${body}`)
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
    })
  })
  const tracker = await listen((req, res) => {
    req.resume()
    res.writeHead(307, { Location: `${elsewhere.url.replace('127.0.0.1', 'localhost')}/steal${req.url}` }).end()
  })
  const token = 'a'.repeat(32)
  const core = createCore({ dataDir: tempDir(), secrets: createEnvStore(token, null) })
  onTestFinished(() => core.close())
  const connecting = core.connection.connect({ region: 'custom', restUrl: tracker.url, widgetUrl: `${tracker.url}/widget`, token })
  await expect(connecting).rejects.toThrow(
    new RegExp(`answered ".*" with a redirect \\(HTTP 307\\) to localhost:${new URL(elsewhere.url).port}\\. Tracker Sync does not follow redirects`)
  )
  expect(received).toEqual([])
  expect(core.connection.isConnected()).toBe(false)
})
