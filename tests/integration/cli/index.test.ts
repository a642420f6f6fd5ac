// `index status|refresh`: how far the read of TrackerRMS's candidate list is, and reading it from the command line
// (progress on stderr, carrying on where it stopped).
import { expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { testSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'

it('index status before and after index refresh, with progress on stderr; a second refresh reads only a delta', async () => {
  const sandbox = await testSandbox({ seed: 'empty' })
  for (let i = 0; i < 45; i++) sandbox.controls.addResource({ firstName: 'Cli', surname: `Person${i}`, email: `cli${i}@example.com` })
  const d = ['--data-dir', tempDir()]
  const env = { TRACKER_SYNC_TOKEN: sandbox.token as string, TRACKER_SYNC_WIDGET_KEY: sandbox.widgetKey as string }
  const connect = [...d, 'connect', '--region', 'custom', '--rest-url', sandbox.restUrl, '--widget-url', sandbox.widgetUrl, '--token-stdin']
  expect((await cli(connect, { env, stdin: sandbox.token as string })).code).toBe(0)

  const before = await cli([...d, 'index', 'status', '--json'], { env })
  expect(before.json()).toMatchObject({ state: 'reading', rows: 0, readyAt: null })

  const refresh = await cli([...d, 'index', 'refresh'], { env })
  expect(refresh.code).toBe(0)
  expect(refresh.stderr).toMatch(/Reading your TrackerRMS candidates: \d+/)
  expect(refresh.stdout).toMatch(/Tracker Sync knows your 45 TrackerRMS candidates/)

  const after = await cli([...d, 'index', '--json'], { env })
  expect(after.json()).toMatchObject({ state: 'ready', rows: 45, readyAt: expect.any(String) })

  sandbox.controls.clearRequestLog()
  expect((await cli([...d, 'index', 'refresh'], { env })).code).toBe(0)
  // Not a second first read: a refresh (this profile ignores updatedAfter, so it re-reads the list once).
  expect(sandbox.controls.requestLog().filter((r) => r.path.endsWith('/Resource/Search')).length).toBeLessThanOrEqual(6)

  const wrong = await cli([...d, 'index', 'rebuild'], { env })
  expect(wrong.code).toBe(2)
  expect(wrong.stderr).toMatch(/Unknown action "rebuild": use status or refresh/)
})
