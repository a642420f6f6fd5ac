// The connection report (probe): the first-contact calls with each request and raw reply, redacted; read-only unless
// test records are allowed, and then everything it created is gone again.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { connectedCore } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'

describe('the connection report', () => {
  it('reads only by default, records each exchange and what it settles, and holds no secret and no personal data', async () => {
    const { core, sandbox, token, widgetKey } = await connectedCore({ sandbox: { seed: 'demo' } })
    const before = sandbox.controls.resources().length
    sandbox.controls.clearRequestLog()
    const report = await core.connection.report({ writes: false })
    expect(
      sandbox.controls.requestLog().filter((r) => !['GET', 'POST'].includes(r.method) || /\/Resource$|attachDocument|resourceApplication/i.test(r.path))
    ).toEqual([])
    expect(sandbox.controls.resources()).toHaveLength(before)
    expect(report.steps.map((s) => s.id)).toEqual(['discover', 'swagger', 'listing-L1', 'listing-L2', 'widget-auth', 'get-records', 'jobs'])
    const listing = report.steps.find((s) => s.id === 'listing-L2')!.findings
    expect(listing).toMatchObject({
      status: 200,
      envelopeKey: '(bare array)',
      rowsPerPage: 10,
      firstNameSpelled: 'firstname',
      emailInRows: false,
      changeTimeField: 'lastUpdatedDateTime',
      page2RepeatsPage1: 2
    })
    expect(report.steps.find((s) => s.id === 'listing-L1')!.findings).toEqual({ status: 404 })
    expect((report.steps.find((s) => s.id === 'widget-auth')!.findings as any)['widget-key-apikey'].checkPerson).toMatchObject({ status: 0 })
    expect(report.steps.reduce((n, s) => n + s.exchanges.length, 0)).toBeGreaterThan(15)

    const text = JSON.stringify(report)
    for (const secret of [token, widgetKey as string, sandbox.loginEmail]) expect(text).not.toContain(secret)
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{5,}\./)
    // The demo's candidates: neither names nor emails reach the file.
    for (const r of sandbox.controls.resources().slice(0, 30)) {
      if (r.surname && r.surname.length > 3) expect(text, r.surname).not.toContain(`"${r.surname}"`)
      if (r.contactDetails.email) expect(text).not.toContain(r.contactDetails.email)
    }
    expect(text).toContain('[text, ') // what a redacted value looked like
    expect(text).toContain('"Authorization":"Bearer [redacted]"')
  })

  it('with test records: creates the probe candidate, tries every write call on it, and deletes what it made', async () => {
    const { core, sandbox } = await connectedCore({ sandbox: { seed: 'demo', profile: 'repeated-application-0' } })
    const before = sandbox.controls.resources().map((r) => r.id)
    const [job] = sandbox.controls.opportunities()
    const report = await core.connection.report({ writes: true, trackerJobId: job.id })
    const find = (id: string) => report.steps.find((s) => s.id === id)!
    expect(find('create').findings).toMatchObject({ status: 201, idKey: 'id', kept: { town: true, county: true, currentClient: false, source: true } })
    expect(find('check-person-probe').findings).toMatchObject({ recordTypes: 'R' })
    expect(find('attach').findings).toMatchObject({ attach: { status: 0 }, documents: { status: 200 } })
    // Repeated applications answer 0 here and add a second entry: exactly what the report must show.
    expect(find('job-list').findings).toMatchObject({ application1: { status: 0 }, application2: { status: 0 }, entriesForProbe: 2 })
    expect(find('cleanup').error).toBeNull()
    expect(sandbox.controls.resources().map((r) => r.id)).toEqual(before)
  })

  it('probe --out writes the report for this user only, and never overwrites a file', async () => {
    const { sandbox, token, widgetKey, dataDir } = await connectedCore()
    const out = join(tempDir(), 'report.json')
    const env = { TRACKER_SYNC_TOKEN: token, TRACKER_SYNC_WIDGET_KEY: widgetKey as string }
    const run = (args: string[]) => cli(['--data-dir', dataDir, ...args], { env })
    const result = await run(['probe', '--out', out])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain(`Wrote the connection report to ${out}`)
    expect(statSync(out).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ report: 'Tracker Sync connection report', createdTestRecords: false })
    expect(readFileSync(out, 'utf8')).not.toContain(token)
    const sentBefore = sandbox.controls.requestLog().length
    writeFileSync(out, 'mine')
    const again = await run(['probe', '--out', out])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('exists already')
    expect(readFileSync(out, 'utf8')).toBe('mine')
    expect(sandbox.controls.requestLog()).toHaveLength(sentBefore) // refused before asking TrackerRMS anything
    expect((await run(['probe', '--out', join(tempDir(), 'x.json'), '--tracker-job', 'JOB-5001'])).code).toBe(2)
    expect(existsSync(join(tempDir(), 'x.json'))).toBe(false)
  })
})
