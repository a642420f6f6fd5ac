/// <reference lib="dom" />
// Doubtful matches, clicked through in Debian Chromium against `npm run web` and the sandbox over real HTTP: TrackerRMS
// has a "David Smith" and a "Maria Garcia" with other emails than ours. Export to ATS asks about David (the export
// stays disabled until the row is decided); "Create new" exports him as a new record, the outcome says "Created #…"
// and one summary toast follows. Maria, moved to Replied, is held as "needs your decision" — shown on her profile and
// in Activity with both people side by side — nothing is created or linked until "Link to #…" is pressed there.
// The token is kept in the real system keychain (a service name of this test's own): run through npm test.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startSandbox, type RunningSandbox } from '../../electron/sandbox'
import { describeKeychain } from '../helpers/keychain'
import { launchChromium } from './helpers/browser'
import { fillConnectForm } from './helpers/connect-form'
import { apiCall, startHost, type RunningHost } from './helpers/host'
import { disconnectAndClose } from './helpers/teardown'
import { checkScreen as check, navLink, openPage } from './helpers/screen'

let sandbox: RunningSandbox
let host: RunningHost
let browser: Browser
let page: Page
let pageErrors: string[] = []
const ids: Record<string, number> = {}

const checkScreen = (name: string, options: { docs?: boolean } = {}) => check(page, name, options)
const grid = () => page.getByRole('grid', { name: 'Candidates' })
const row = (name: string) => grid().getByRole('row', { name: new RegExp(name) })
const byEmail = (email: string) => sandbox.controls.resources().filter((r) => r.contactDetails.email === email)

describeKeychain('doubtful matches: same full name, another email', () => {
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'empty', requestsPerMinute: null })
    ids.davidRecord = sandbox.controls.addResource({ firstName: 'David', surname: 'Smith', email: 'd.smith@other-agency.org' }).id
    ids.mariaRecord = sandbox.controls.addResource({ firstName: 'Maria', surname: 'Garcia', email: 'maria.g@other-agency.org' }).id
    ids.opportunity = sandbox.controls.addOpportunity({ name: 'ICU Nurse', clientName: 'Leeds General' }).id
    ;[host, browser] = await Promise.all([startHost({ env: { TRACKER_SYNC_KEYCHAIN_SERVICE: `Tracker Sync e2e doubt ${process.pid}` } }), launchChromium()])
    ;({ page, errors: pageErrors } = await openPage(browser))
    await apiCall(host, 'settings.set', { key: 'requests-per-minute', value: '1000' })
    await apiCall(host, 'settings.set', { key: 'sync-delay-seconds', value: '1' })
    ids.job = (await apiCall(host, 'jobs.create', { title: 'ICU Nurse', company: 'Leeds General' })).id
    for (const [fullName, email] of [
      ['David Smith', 'david.smith@example.com'],
      ['Maria Garcia', 'maria.garcia@example.com']
    ])
      ids[fullName] = (await apiCall(host, 'candidates.create', { jobId: ids.job, fullName, email, currentTitle: 'Staff Nurse', city: 'Leeds' })).id
  })

  afterAll(() => disconnectAndClose({ host, browser, sandbox }))

  it('connects, and the job sends candidates who reply', async () => {
    const form = await fillConnectForm(page, host.url, sandbox)
    await form.getByLabel('Your name').fill('Rita Recruiter')
    await form.getByLabel('API token').fill(sandbox.token!)
    await form.getByRole('button', { name: 'Connect' }).click()
    await page.getByRole('heading', { name: 'TrackerRMS connection' }).waitFor()
    await apiCall(host, 'jobs.setSync', { jobId: ids.job, trigger: 'replied', trackerJobId: ids.opportunity })
    // The queue reads TrackerRMS's list of candidates before anything is checked against it.
    await expect.poll(async () => (await apiCall(host, 'sync.state', {})).index.state, { timeout: 20_000 }).toBe('ready')
  })

  it('Export to ATS asks about a contradicted name match; "Create new" creates, and the outcome says "Created #…"', async () => {
    const before = sandbox.controls.resources().length
    await page.goto(`${host.url}#/candidates?job=${ids.job}`)
    await row('David Smith').click()
    await page.getByRole('region', { name: 'Selected candidates' }).getByRole('button', { name: 'Export to ATS' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export to ATS' })
    await dialog.getByRole('heading', { name: 'Preview: 1 to decide' }).waitFor()
    await dialog.getByText('Decide: same name, other email').waitFor()
    const compare = dialog.getByRole('table', { name: `David Smith and TrackerRMS record #${ids.davidRecord}` })
    await compare.getByText('d.smith@other-agency.org').waitFor()
    await compare.getByText('david.smith@example.com').waitFor()
    await compare.getByRole('rowheader', { name: 'Email (differs)' }).waitFor()
    // No default for a doubtful row: the export waits until it is decided.
    const send = dialog.getByRole('button', { name: /to TrackerRMS$/ })
    expect(await send.isDisabled()).toBe(true)
    await dialog.getByText(/^Decide what to do with David Smith/).waitFor()
    const choices = dialog.getByRole('radiogroup', { name: 'What to do with David Smith' })
    expect(await choices.locator('label').allTextContents()).toEqual([`Link to #${ids.davidRecord}`, 'Create new', 'Skip'])
    expect(await choices.getByRole('radio', { checked: true }).count()).toBe(0)
    await checkScreen('export-decide', { docs: true })

    await choices.getByRole('radio', { name: 'Create new' }).check()
    await dialog.getByRole('heading', { name: 'Preview: 1 new' }).waitFor()
    await dialog.getByRole('button', { name: 'Export 1 to TrackerRMS' }).click()
    const created = () => byEmail('david.smith@example.com')[0]
    await expect.poll(() => created()?.id, { timeout: 20_000 }).toBeGreaterThan(0)
    await dialog.getByText(`Created #${created().id}.`).waitFor({ timeout: 20_000 })
    await dialog.getByText('All exports finished').waitFor()
    // One toast for the batch, saying what happened.
    await page.getByText('Export to ATS: 1 candidate').waitFor()
    await page.getByText('1 created.').waitFor()
    await checkScreen('export-decide-done')
    await page.keyboard.press('Escape')
    expect(sandbox.controls.resources()).toHaveLength(before + 1)
    expect(sandbox.controls.resource(ids.davidRecord)!.jobLists).toEqual([])
    const ledger = await apiCall(host, 'sync.ledger', { search: 'David', offset: 0, limit: 5 })
    expect(ledger.entries[0]).toMatchObject({ how: 'created', trackerResourceId: created().id })
  })

  it('holds an automatic export whose name match is contradicted, shows it on the candidate and in Activity, and links it when told', async () => {
    const before = sandbox.controls.resources().length
    await apiCall(host, 'stages.record', { jobId: ids.job, candidateIds: [ids['Maria Garcia']], stage: 'replied' })
    await expect
      .poll(async () => (await apiCall(host, 'sync.queue', { candidateId: ids['Maria Garcia'], limit: 5 }))[0]?.waitingFor, { timeout: 20_000 })
      .toBe('decision')
    await page.getByText('Maria Garcia needs your decision').waitFor()
    expect(sandbox.controls.resources()).toHaveLength(before)
    expect(sandbox.controls.resource(ids.mariaRecord)!.jobLists).toEqual([])

    // On the candidate: the same choice.
    await page.goto(`${host.url}#/candidates?job=${ids.job}`)
    await row('Maria Garcia').getByRole('button', { name: 'Open profile of Maria Garcia' }).click()
    const profile = page.getByRole('dialog', { name: 'Maria Garcia' })
    const onProfile = profile.getByRole('group', { name: 'Needs your decision: Maria Garcia' })
    await onProfile.getByText('maria.g@other-agency.org').waitFor()
    await onProfile.getByRole('button', { name: `Link to #${ids.mariaRecord}` }).waitFor()
    await page.keyboard.press('Escape')

    // In Activity: both people side by side; decided there.
    await navLink(page, 'Activity').click()
    const held = page.getByRole('group', { name: 'Needs your decision: Maria Garcia' })
    const compare = held.getByRole('table', { name: `Maria Garcia and TrackerRMS record #${ids.mariaRecord}` })
    await compare.getByText('maria.garcia@example.com').waitFor()
    await compare.getByText('maria.g@other-agency.org').waitFor()
    await page.getByRole('table', { name: 'Exports' }).getByText('Needs your decision', { exact: true }).waitFor()
    await checkScreen('activity-decide', { docs: true })
    await held.getByRole('button', { name: `Link to #${ids.mariaRecord}` }).click()
    await page.getByText(`Maria Garcia will be linked to #${ids.mariaRecord}`).waitFor()
    await page.getByText('Maria Garcia is in TrackerRMS').waitFor({ timeout: 20_000 })
    await page.getByText(`Linked to #${ids.mariaRecord}, on job ${ids.opportunity}’s long list.`).waitFor()
    await held.waitFor({ state: 'detached' })
    const ledger = await apiCall(host, 'sync.ledger', { search: 'Maria', offset: 0, limit: 5 })
    expect(ledger.entries[0]).toMatchObject({ how: 'linked', trackerResourceId: ids.mariaRecord })
    expect(sandbox.controls.resources()).toHaveLength(before)
    expect(sandbox.controls.resource(ids.mariaRecord)!.jobLists.map((l) => l.opportunityId)).toEqual([ids.opportunity])
  })

  it('had no errors in the page', () => {
    expect(pageErrors).toEqual([])
  })
})
