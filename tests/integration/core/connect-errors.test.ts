// Why connecting failed, in words a recruiter can act on, against real sockets: an address that does not exist, a
// port nobody listens on, a token TrackerRMS refuses. The code (ENOTFOUND…) comes last, as the detail; no
// mention of queued exports (there are none yet); no "exchange the API token for a session".
import { createServer } from 'node:net'
import { expect, it } from 'vitest'
import { createCore } from '../../../electron/core'
import { createKeychainStore, KEYCHAIN_SERVICE } from '../../../electron/secrets'
import { dispatcherFor } from '../../helpers/api'
import { describeKeychain } from '../../helpers/keychain'
import { FAST_TRACKER, testSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'

/** A port that was free a moment ago and has nobody listening now. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function connectError(restUrl: string, token = 'a'.repeat(32)) {
  const core = createCore({ dataDir: tempDir(), secrets: createKeychainStore(`${KEYCHAIN_SERVICE} test ${process.pid}`), tracker: FAST_TRACKER })
  const result = await dispatcherFor(core)('connection.connect', { region: 'custom', restUrl, widgetUrl: restUrl, token })
  expect(core.connection.isConnected()).toBe(false)
  if (result.ok) throw new Error('connected')
  return result.error
}

const notJargon = (message: string) => {
  expect(message).not.toMatch(/exchange the API token|session/)
  expect(message).not.toMatch(/queued exports/i)
}

describeKeychain('connect errors in plain words', () => {
  it('an address that does not resolve: can’t find the host, the code last', async () => {
    const error = await connectError('https://tracker-sync-test.invalid')
    expect(error.code).toBe('offline')
    expect(error.message).toMatch(
      /^Can’t find tracker-sync-test\.invalid: check the address \(the region or URL\) and your internet connection\. \((ENOTFOUND|EAI_AGAIN)/
    )
    notJargon(error.message)
  })

  it('a port nobody listens on: the host is not answering', async () => {
    const port = await closedPort()
    const error = await connectError(`http://127.0.0.1:${port}`)
    expect(error.code).toBe('offline')
    expect(error.message).toMatch(new RegExp(`^127\\.0\\.0\\.1:${port} is not answering: TrackerRMS may be down, or the address .*\\(ECONNREFUSED`))
    notJargon(error.message)
  })

  it('a token TrackerRMS refuses: it refused this API token, and how to get the current one', async () => {
    const sandbox = await testSandbox()
    const error = await connectError(sandbox.restUrl)
    expect(error.code).toBe('auth')
    expect(error.message).toMatch(
      /^TrackerRMS refused this API token: the token was revoked or regenerated, or the region is wrong\. Copy the current API token/
    )
    notJargon(error.message)
  })
})
