// connect / health / tracker-jobs / disconnect end to end through the CLI (in-process) against the sandbox.
import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createKeychainStore } from '../../../electron/secrets'
import { cli } from '../../helpers/cli'
import { describeKeychain, folderEntries } from '../../helpers/keychain'
import { FAST_TRACKER, testSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]))
}

describe('CLI: connect, health, tracker-jobs, disconnect', () => {
  it('goes through the whole life of a connection, never showing or storing the token', async () => {
    const sandbox = await testSandbox({ seed: 'demo' })
    const token = sandbox.token as string
    const dir = tempDir()
    const env = { TRACKER_SYNC_TOKEN: token, TRACKER_SYNC_WIDGET_KEY: sandbox.widgetKey as string }
    const run = (args: string[], stdin?: string) => cli(['--data-dir', dir, ...args], { env, stdin, core: { tracker: FAST_TRACKER } })
    const outputs: string[] = []
    const track = async (result: Promise<Awaited<ReturnType<typeof cli>>>) => {
      const r = await result
      outputs.push(r.stdout, r.stderr)
      return r
    }

    const connected = await track(
      run(
        [
          'connect',
          '--region',
          'custom',
          '--rest-url',
          sandbox.restUrl,
          '--widget-url',
          sandbox.widgetUrl,
          '--as',
          `Jane Doe <${sandbox.loginEmail}>`,
          '--token-stdin'
        ],
        `${token}\n`
      )
    )
    expect(connected.code).toBe(0)
    expect(connected.stdout).toContain(`Connected as Jane Doe <${sandbox.loginEmail}> to TrackerRMS at ${sandbox.restUrl}`)
    expect(connected.stdout).toContain('Widget API (resumes, job lists): signed in with TrackerRMS login + the Widget API key.')

    const health = await track(run(['health']))
    expect(health).toMatchObject({ code: 0 })
    expect(health.stdout.split('\n').filter((line) => line.startsWith('ok '))).toHaveLength(7)
    const profile = (await track(run(['health', '--json']))).json().profile
    expect(profile).toMatchObject({ listing: { variant: 'L2' }, widget: { style: 'widget-key-apikey' } })
    expect(JSON.stringify(profile)).not.toContain(sandbox.widgetKey as string)

    const jobs = await track(run(['tracker-jobs', '--json']))
    expect(jobs.code).toBe(0)
    expect(jobs.json().map((j: { title: string }) => j.title)).toEqual(
      sandbox.controls
        .opportunities()
        .filter((o) => o.open)
        .map((o) => o.name)
    )
    const table = await track(run(['tracker-jobs']))
    expect(table.stdout).toContain('Senior ICU Nurse')
    const one = await track(run(['tracker-jobs', '--id', '5011', '--json']))
    expect(one.json()).toMatchObject({ id: 5011, title: 'Payroll Specialist', status: 'Filled' })
    expect((await track(run(['tracker-jobs', '--id', '999']))).code).toBe(1)

    sandbox.controls.revokeToken()
    const refused = await track(run(['health']))
    expect(refused.code).toBe(3)
    expect(refused.stdout).toContain('FAILED  Sign in with the API token')
    expect(refused.stdout).toContain('the token was revoked or regenerated, or the region is wrong')
    expect(refused.stdout).toContain('Fix: Copy the current API token in TrackerRMS')
    expect((await track(run(['tracker-jobs']))).code).toBe(3)
    const asJson = await track(run(['health', '--json']))
    expect(asJson.code).toBe(3)
    expect(asJson.json().items.find((i: { capability: string }) => i.capability === 'auth')).toMatchObject({ ok: false, errorCode: 'auth' })

    await sandbox.controls.cutNetwork()
    expect((await track(run(['health']))).code).toBe(5)
    expect((await track(run(['tracker-jobs']))).code).toBe(5)
    await sandbox.controls.restoreNetwork()

    const gone = await track(run(['disconnect']))
    expect(gone).toMatchObject({ code: 0 })
    expect(gone.stdout).toContain('Disconnected from TrackerRMS')
    expect((await track(run(['status', '--json']))).json().connection.connected).toBe(false)
    const notConnected = await track(run(['health']))
    expect(notConnected.code).toBe(1)
    expect(notConnected.stderr).toContain('Not connected to TrackerRMS')

    for (const text of outputs) expect(text).not.toContain(token)
    for (const text of outputs) expect(text).not.toContain(sandbox.widgetKey)
    for (const file of filesUnder(dir)) expect(readFileSync(file).toString('latin1'), file).not.toContain(token)
  })

  it('refuses the token as an argument without echoing it, and a wrong token connects nothing', async () => {
    const sandbox = await testSandbox()
    const dir = tempDir()
    const secret = 'f'.repeat(32)
    for (const args of [['--token', secret], [`--token=${secret}`], [secret, '--token-stdin']]) {
      const result = await cli(
        ['--data-dir', dir, 'connect', '--region', 'custom', '--rest-url', sandbox.restUrl, '--widget-url', sandbox.widgetUrl, ...args],
        { stdin: secret }
      )
      expect(result.code).toBe(2)
      expect(result.stderr + result.stdout).not.toContain(secret)
    }
    const wrong = await cli(['--data-dir', dir, 'connect', '--region', 'custom', '--rest-url', sandbox.restUrl, '--widget-url', sandbox.widgetUrl], {
      env: { TRACKER_SYNC_TOKEN: secret }
    })
    expect(wrong.code).toBe(3)
    expect(wrong.stderr).toContain('the token was revoked or regenerated, or the region is wrong')
    expect(wrong.stderr).not.toContain(secret)
    expect((await cli(['--data-dir', dir, 'status', '--json'])).json().connection.connected).toBe(false)
    const noToken = await cli(['--data-dir', dir, 'connect', '--region', 'us'])
    expect(noToken.code).toBe(2)
    expect(noToken.stderr).toContain('--token-stdin')
    const badRegion = await cli(['--data-dir', dir, 'connect', '--region', 'mars', '--token-stdin'], { stdin: secret })
    expect(badRegion.code).toBe(1)
    expect(badRegion.stderr).toContain('Unknown region "mars"')
  })
})

describeKeychain('CLI connect with the real keychain', () => {
  it('stores the token in the keychain, and disconnect removes it', async () => {
    const sandbox = await testSandbox({ seed: 'demo' })
    const token = sandbox.token as string
    const secrets = createKeychainStore(`Tracker Sync test ${randomUUID()}`)
    const dir = tempDir()
    const run = (args: string[], stdin?: string) => cli(['--data-dir', dir, ...args], { stdin, core: { secrets, tracker: FAST_TRACKER } })
    const connect = [
      'connect',
      '--region',
      'custom',
      '--rest-url',
      sandbox.restUrl,
      '--widget-url',
      sandbox.widgetUrl,
      '--as',
      `Jane <${sandbox.loginEmail}>`,
      '--token-stdin'
    ]
    // Without a Widget key: connected; the Widget says what to get, and health fails only its own items.
    const bare = await run(connect, token)
    expect(bare.code).toBe(0)
    expect(bare.stdout).toContain('The token is kept in the system keychain.')
    expect(bare.stdout).toContain('Ask TrackerRMS support for a Widget API key and connect again with --widget-key-stdin')
    const entries = folderEntries(dir, sandbox.restUrl)
    expect(await secrets.get(entries.token)).toBe(token)
    const unhealthy = await run(['health'])
    expect(unhealthy.code).toBe(1)
    expect(unhealthy.stdout).toContain('FAILED  Widget API (resumes, job lists, person check)')
    expect(unhealthy.stdout).not.toMatch(/regenerat/i)
    // The key on stdin's second line.
    expect((await run([...connect, '--widget-key-stdin'], `${token}\n${sandbox.widgetKey}\n`)).code).toBe(0)
    expect(await secrets.get(entries.widgetKey)).toBe(sandbox.widgetKey)
    expect((await run(['health'])).code).toBe(0)
    expect((await run([...connect, '--widget-key-stdin'], `${token}\n`)).code).toBe(2)
    expect((await run(['disconnect'])).code).toBe(0)
    expect(await secrets.get(entries.token)).toBeNull()
    expect(await secrets.get(entries.widgetKey)).toBeNull()
    for (const file of filesUnder(dir)) expect(readFileSync(file).toString('latin1')).not.toContain(token)
    for (const file of filesUnder(dir)) expect(readFileSync(file).toString('latin1')).not.toContain(sandbox.widgetKey)
  })
})
