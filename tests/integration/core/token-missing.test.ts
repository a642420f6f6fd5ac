// The settings say connected, but the token was removed from the keychain behind the app's back (by hand, by
// another program): status says so (the API, the CLI with exit code 3), the queue pauses with that reason and
// keeps the export, and reconnecting sends it. Real keychain, real sandbox TrackerRMS, real SQLite files.
import { expect, it } from 'vitest'
import { valueOf, dispatcherFor } from '../../helpers/api'
import { cli } from '../../helpers/cli'
import { describeKeychain } from '../../helpers/keychain'
import { FAST_TRACKER, connectToSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'
import { exportOne, inTracker, keychainSandbox, openFolder } from './folders'

const MISSING = 'but the token is missing from the system keychain'

describeKeychain('the token removed from the keychain behind the app’s back', () => {
  it('status says so, the queue pauses with that reason and loses nothing, and reconnecting sends the export', async () => {
    const { sandbox, secrets, removeAll } = await keychainSandbox()
    const dir = tempDir()
    const core = openFolder(dir, secrets)
    const call = valueOf(dispatcherFor(core))
    await connectToSandbox(core, sandbox)
    expect(await exportOne(core, 'Ada Lovelace')).toMatchObject({ state: 'idle', remaining: 0 })

    await removeAll()
    // The app's screens: the status and the connection the Settings screen shows.
    const status = await call('status.get')
    expect(status.connection).toMatchObject({ connected: true, tokenMissing: true, problem: expect.stringContaining(MISSING) })
    expect(status.connection.problem).toContain(`reconnect with \`connect\``)
    expect(await call('connection.get')).toMatchObject({
      connected: true,
      tokenMissing: true,
      problem: { code: 'auth', message: expect.stringContaining(MISSING) }
    })
    // The command line, another process on the same folder.
    const human = await cli(['--data-dir', dir, 'status'], { core: { secrets, tracker: FAST_TRACKER } })
    expect(human.code).toBe(3)
    expect(human.stdout).toContain(`connected to ${sandbox.restUrl}`)
    expect(human.stdout).toContain(`${MISSING}: reconnect with \`connect\``)
    const json = await cli(['--data-dir', dir, '--json', 'status'], { core: { secrets, tracker: FAST_TRACKER } })
    expect(json.code).toBe(3)
    expect(json.json().connection).toMatchObject({ connected: true, tokenMissing: true })

    // The queue: paused with that reason, the export kept (blocked, not failed), nothing sent without a token.
    const sentBefore = sandbox.controls.requestLog().length
    const paused = await exportOne(core, 'Grace Hopper')
    expect(paused).toMatchObject({ state: 'paused_auth', reason: expect.stringContaining(MISSING) })
    expect(core.status.report().queue).toMatchObject({ blocked_auth: 1, failed: 0 })
    expect(sandbox.controls.requestLog()).toHaveLength(sentBefore)

    await connectToSandbox(core, sandbox)
    expect(await core.sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 30_000 })).toMatchObject({ state: 'idle', remaining: 0 })
    expect(inTracker(sandbox, 'Grace Hopper')).toBe(true)
    expect((await call('status.get')).connection).toMatchObject({ tokenMissing: false, problem: null })
    expect((await cli(['--data-dir', dir, 'status'], { core: { secrets, tracker: FAST_TRACKER } })).code).toBe(0)
  }, 60_000)
})
