// The core's connection service: verify before storing, one client and one throttle per core, the connection
// state the sync engine follows, and the token kept out of every file in the data folder.
import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../../electron/core'
import { createEnvStore, createKeychainStore } from '../../../electron/secrets'
import { describeKeychain, folderEntries } from '../../helpers/keychain'
import { FAST_TRACKER, connectedCore, testSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]))
}
/** Every byte of every file in the data folder (database, WAL, logs) as text. */
const everything = (dir: string) =>
  filesUnder(dir)
    .map((file) => readFileSync(file).toString('latin1'))
    .join('\n')

describe('connection service', () => {
  it('verifies the token before storing anything: a refused token leaves no trace', async () => {
    const home = await testSandbox()
    const elsewhere = await testSandbox()
    const core = createCore({ dataDir: tempDir(), secrets: createEnvStore(home.token as string), tracker: FAST_TRACKER })
    const events: unknown[] = []
    core.events.on('connection.changed', (e) => events.push(e))
    const error = await core.connection
      .connect({ region: 'custom', restUrl: elsewhere.restUrl, widgetUrl: elsewhere.widgetUrl, token: home.token as string })
      .catch((e) => e)
    expect(error).toMatchObject({ code: 'auth', message: expect.stringContaining('the token was revoked or regenerated, or the region is wrong') })
    expect(core.settings.raw()).toEqual({})
    expect(core.connection.info().connected).toBe(false)
    expect(events).toEqual([])
    expect(() => core.connection.client()).toThrow(/Not connected to TrackerRMS/)
    await expect(core.connection.health()).rejects.toMatchObject({ code: 'conflict' })
    await core.close()
  })

  it('connects: stores the hosts, who and when; one client per connection; the owner is never the OS user (none given, no login: none)', async () => {
    const sandbox = await testSandbox({ seed: 'demo' })
    const core = createCore({ dataDir: tempDir(), secrets: createEnvStore(sandbox.token as string), tracker: FAST_TRACKER })
    const events: unknown[] = []
    const changes: unknown[] = []
    core.events.on('connection.changed', (e) => events.push(e))
    core.connection.onChange((info) => changes.push(info.connected))
    const info = await core.connection.connect({ region: 'custom', restUrl: `${sandbox.restUrl}/`, widgetUrl: sandbox.widgetUrl, token: ` ${sandbox.token}\n` })
    expect(info).toMatchObject({
      connected: true,
      region: 'custom',
      restUrl: sandbox.restUrl,
      widgetUrl: sandbox.widgetUrl,
      webHost: sandbox.webHost,
      connectedBy: null,
      tokenStore: 'environment',
      problem: null
    })
    expect(Date.parse(info.connectedAt as string)).toBeGreaterThan(Date.now() - 60_000)
    expect(events).toEqual([{ connected: true, problem: null }])
    expect(changes).toEqual([true])
    expect(core.connection.client()).toBe(core.connection.client())
    expect((await core.connection.client().listOpenOpportunities()).length).toBe(10)
    // No login email and no Widget API key: the REST token is not accepted by the Widget (the documented default).
    const health = await core.connection.health()
    expect(health.ok).toBe(false)
    expect(health.items.filter((i) => !i.ok).map((i) => i.capability)).toEqual(['duplicates', 'widget'])
    expect(health.items.find((i) => i.capability === 'widget')).toMatchObject({ errorCode: 'widget_auth', fix: expect.stringContaining('Widget API key') })
    expect(health.items.find((i) => i.capability === 'widget')?.reason).toContain("Resumes can't be attached")
    expect(core.status.report().connection).toMatchObject({ connected: true, restUrl: sandbox.restUrl, connectedBy: null })
    // Given the TrackerRMS login, that is who sends (not "root").
    const again = await core.connection.connect({
      region: 'custom',
      restUrl: sandbox.restUrl,
      widgetUrl: sandbox.widgetUrl,
      token: sandbox.token!,
      loginEmail: 'rita@agency.com'
    })
    expect(again.connectedBy).toBe('rita@agency.com')
    expect(again.connectedBy).not.toBe(userInfo().username)
    await core.close()
  })

  it('learns the account at connect (listing, Widget sign-in, web host) and keeps it as the profile; no secret in it', async () => {
    const sandbox = await testSandbox({ seed: 'demo' })
    const core = createCore({ dataDir: tempDir(), secrets: createEnvStore(sandbox.token as string, sandbox.widgetKey), tracker: FAST_TRACKER })
    const info = await core.connection.connect({
      region: 'custom',
      restUrl: sandbox.restUrl,
      widgetUrl: sandbox.widgetUrl,
      connectedBy: `Rita <${sandbox.loginEmail}>`,
      widgetKey: sandbox.widgetKey,
      token: sandbox.token as string
    })
    expect(info).toMatchObject({ loginEmail: sandbox.loginEmail, hasWidgetKey: true, webHost: sandbox.webHost })
    expect(info.profile).toMatchObject({ listing: { variant: 'L2' }, widget: { style: 'widget-key-apikey' }, webHost: sandbox.webHost })
    const stored = core.settings.raw()['connection-profile']
    expect(stored).not.toContain(sandbox.token as string)
    expect(stored).not.toContain(sandbox.widgetKey as string)
    expect((await core.connection.health()).ok).toBe(true)
    await core.close()
  })

  it('connect refuses a login that is not an email, and reads it from "Name <email>"', async () => {
    const sandbox = await testSandbox()
    const core = createCore({ dataDir: tempDir(), secrets: createEnvStore(sandbox.token as string), tracker: FAST_TRACKER })
    const base = { region: 'custom', restUrl: sandbox.restUrl, widgetUrl: sandbox.widgetUrl, token: sandbox.token as string }
    await expect(core.connection.connect({ ...base, loginEmail: 'rita' })).rejects.toMatchObject({ code: 'validation', field: 'loginEmail' })
    expect(core.settings.raw()).toEqual({})
    expect((await core.connection.connect({ ...base, connectedBy: 'Rita Recruiter <rita@agency.com>' })).loginEmail).toBe('rita@agency.com')
    await core.close()
  })

  it('tells the sync engine when TrackerRMS refuses the token, and disconnect keeps local data', async () => {
    const { core, sandbox } = await connectedCore()
    core.jobs.create({ title: 'Welder' })
    sandbox.controls.addOpportunity({ name: 'Nurse' })
    const events: { connected: boolean; problem: { code: string } | null }[] = []
    core.events.on('connection.changed', (e) => events.push(e as never))
    sandbox.controls.revokeToken()
    await expect(core.connection.client().getOpportunity(5001)).rejects.toMatchObject({ code: 'auth' })
    await expect(core.connection.client().getOpportunity(5001)).rejects.toMatchObject({ code: 'auth' })
    expect(events).toEqual([{ connected: true, problem: expect.objectContaining({ code: 'auth' }) }])
    expect(core.connection.info().problem?.message).toContain('revoked or regenerated')

    const before = core.connection.info()
    const after = await core.connection.disconnect()
    expect(after).toMatchObject({ connected: false, connectedAt: null, problem: null, region: 'custom', restUrl: before.restUrl })
    expect(events.at(-1)).toEqual({ connected: false, problem: null })
    expect(() => core.connection.client()).toThrow(expect.objectContaining({ code: 'conflict' }))
    expect(core.jobs.list()).toHaveLength(1)
    expect(await core.connection.disconnect()).toMatchObject({ connected: false })
    expect(events).toHaveLength(2) // a second disconnect changes nothing and says nothing
  })

  it('reads request-timeout-seconds live', async () => {
    const { core, sandbox } = await connectedCore({ tracker: { client: { retry: { retries: 0 } } } })
    sandbox.controls.addOpportunity({ name: 'Nurse' })
    await core.connection.client().exchange()
    core.settings.set('request-timeout-seconds', '1')
    sandbox.controls.failNext({ kind: 'hang', path: '/Opportunity/' })
    await expect(core.connection.client().getOpportunity(5001)).rejects.toMatchObject({ code: 'transient', message: expect.stringContaining('within 1 s') })
  })

  it('never writes the token or a JWT to the database or the logs', async () => {
    const { core, sandbox, dataDir, token } = await connectedCore({ sandbox: { seed: 'demo' } })
    await core.connection.health()
    for await (const page of core.connection.client().crawlResources()) expect(page.rows.length).toBeGreaterThan(0)
    sandbox.controls.revokeToken()
    await core.connection.health()
    await core.connection
      .client()
      .listOpenOpportunities()
      .catch(() => {})
    core.ctx.log.error('test.probe', { headers: { Authorization: 'Bearer whatever' }, note: `token ${token}` })
    await core.close()
    const text = everything(dataDir)
    expect(text).toContain('connection.connected') // the log was written
    expect(text).not.toContain(token)
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\./)
  })
})

describeKeychain('connection service with the real keychain', () => {
  const keychain = () => createKeychainStore(`Tracker Sync test ${randomUUID()}`)

  it('keeps the token in the keychain; a refused token stores nothing', async () => {
    const sandbox = await testSandbox()
    const secrets = keychain()
    const core = createCore({ dataDir: tempDir(), secrets, tracker: FAST_TRACKER })
    await expect(
      core.connection.connect({ region: 'custom', restUrl: sandbox.restUrl, widgetUrl: sandbox.widgetUrl, token: '0'.repeat(32) })
    ).rejects.toMatchObject({ code: 'auth' })
    expect(core.settings.raw()).toEqual({})
    await core.connection.connect({
      region: 'custom',
      restUrl: sandbox.restUrl,
      widgetUrl: sandbox.widgetUrl,
      token: sandbox.token as string,
      connectedBy: 'Jane Doe <jane@example.com>'
    })
    const account = folderEntries(core.ctx.dataDir, sandbox.restUrl).token
    expect(await secrets.get(account)).toBe(sandbox.token)
    expect(core.connection.info().tokenStore).toBe('keychain')
    await core.connection.disconnect()
    expect(await secrets.get(account)).toBeNull()
    await core.close()
  })

  it('a rotated token on the same host keeps connected-at and the owner; after a disconnect a new connect starts afresh', async () => {
    const sandbox = await testSandbox()
    sandbox.controls.addOpportunity({ name: 'Nurse' })
    const secrets = keychain()
    const core = createCore({ dataDir: tempDir(), secrets, tracker: FAST_TRACKER })
    const connect = (token: string, connectedBy?: string) =>
      core.connection.connect({ region: 'custom', restUrl: sandbox.restUrl, widgetUrl: sandbox.widgetUrl, token, connectedBy })
    const first = await connect(sandbox.token as string, 'Jane Doe <jane@example.com>')
    const events: unknown[] = []
    core.events.on('connection.changed', (e) => events.push(e))

    const rotated = sandbox.controls.rotateToken()
    await expect(core.connection.client().getOpportunity(5001)).rejects.toMatchObject({ code: 'auth' })
    const again = await connect(rotated)
    expect(again.connectedAt).toBe(first.connectedAt)
    expect(again.connectedBy).toBe('Jane Doe <jane@example.com>')
    expect(events).toEqual([
      { connected: true, problem: expect.objectContaining({ code: 'auth' }) },
      { connected: true, problem: null }
    ])
    expect(await secrets.get(folderEntries(core.ctx.dataDir, sandbox.restUrl).token)).toBe(rotated)
    expect(await core.connection.client().getOpportunity(5001)).toMatchObject({ id: 5001 })

    await core.connection.disconnect()
    await new Promise((resolve) => setTimeout(resolve, 5))
    const fresh = await connect(rotated)
    expect(Date.parse(fresh.connectedAt as string)).toBeGreaterThan(Date.parse(first.connectedAt as string))
    await core.connection.disconnect()
    await core.close()
  })

  it('keeps the Widget API key in the keychain beside the token: kept on a reconnect without one, removed on request and on disconnect', async () => {
    const sandbox = await testSandbox()
    const secrets = keychain()
    const core = createCore({ dataDir: tempDir(), secrets, tracker: FAST_TRACKER })
    const base = { region: 'custom', restUrl: sandbox.restUrl, widgetUrl: sandbox.widgetUrl, connectedBy: `Jane <${sandbox.loginEmail}>` }
    expect((await core.connection.connect({ ...base, token: sandbox.token as string, widgetKey: sandbox.widgetKey })).profile?.widget.style).toBe(
      'widget-key-apikey'
    )
    const keyAccount = folderEntries(core.ctx.dataDir, sandbox.restUrl).widgetKey
    expect(await secrets.get(keyAccount)).toBe(sandbox.widgetKey)
    // A new REST token, no key given: the key stays, and the Widget still signs in with it.
    const rotated = sandbox.controls.rotateToken()
    const again = await core.connection.connect({ ...base, token: rotated })
    expect(again).toMatchObject({ hasWidgetKey: true, profile: { widget: { style: 'widget-key-apikey' } } })
    expect(await secrets.get(keyAccount)).toBe(sandbox.widgetKey)
    expect(JSON.stringify(core.settings.raw())).not.toContain(sandbox.widgetKey as string)
    expect((await core.connection.connect({ ...base, token: rotated, widgetKey: null })).profile?.widget.style).toBeNull()
    expect(await secrets.get(keyAccount)).toBeNull()
    await core.connection.connect({ ...base, token: rotated, widgetKey: sandbox.widgetKey })
    await core.connection.disconnect()
    expect(await secrets.get(keyAccount)).toBeNull()
    await core.close()
  })

  it('health says so in plain words when the keychain has lost the token', async () => {
    const sandbox = await testSandbox()
    const secrets = keychain()
    const core = createCore({ dataDir: tempDir(), secrets, tracker: FAST_TRACKER })
    await core.connection.connect({ region: 'custom', restUrl: sandbox.restUrl, widgetUrl: sandbox.widgetUrl, token: sandbox.token as string })
    await secrets.delete(folderEntries(core.ctx.dataDir, sandbox.restUrl).token)
    const sentAtConnect = sandbox.controls.requestLog().length
    const fresh = createCore({ dataDir: core.ctx.dataDir, secrets, tracker: FAST_TRACKER })
    const report = await fresh.connection.health()
    expect(report.items.find((i) => i.capability === 'auth')).toMatchObject({
      ok: false,
      errorCode: 'auth',
      reason: expect.stringContaining('but the token is missing from the system keychain')
    })
    expect(report.items.find((i) => i.capability === 'widget')).toMatchObject({ ok: false, reason: 'Not checked: signing in failed.' })
    expect(sandbox.controls.requestLog()).toHaveLength(sentAtConnect) // nothing was sent without a token
    await fresh.close()
    await core.close()
  })

  it("moving to another TrackerRMS removes the old host's token", async () => {
    const one = await testSandbox()
    const two = await testSandbox()
    const secrets = keychain()
    const core = createCore({ dataDir: tempDir(), secrets, tracker: FAST_TRACKER })
    await core.connection.connect({ region: 'custom', restUrl: one.restUrl, widgetUrl: one.widgetUrl, token: one.token as string })
    const first = core.connection.info().connectedAt
    await new Promise((resolve) => setTimeout(resolve, 5))
    await core.connection.connect({ region: 'custom', restUrl: two.restUrl, widgetUrl: two.widgetUrl, token: two.token as string })
    expect(await secrets.get(folderEntries(core.ctx.dataDir, one.restUrl).token)).toBeNull()
    expect(await secrets.get(folderEntries(core.ctx.dataDir, two.restUrl).token)).toBe(two.token)
    expect(core.connection.info().connectedAt).not.toBe(first)
    await core.connection.disconnect()
    await core.close()
  })
})
