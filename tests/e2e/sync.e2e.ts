/// <reference lib="dom" />
// Connected to TrackerRMS — the local sandbox, over real HTTP — clicked through in Debian Chromium against
// `npm run web`: connect (a wrong token, then the right one), map a job with the live lookup, import a CSV with a
// bad row and undo it, a candidate moved to Replied synced after the grace delay with the badge linking to its
// record, Export to ATS with its preview (a duplicate linked, not created), the offline and token-revoked banners,
// Activity, a CSV export. Every screen is checked with axe and photographed, in light and dark.
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
const nav = (name: string) => navLink(page, name)
const grid = () => page.getByRole('grid', { name: 'Candidates' })
const row = (name: string) => grid().getByRole('row', { name: new RegExp(name) })
const banner = (id: string) => page.locator(`[data-banner="${id}"]`)
const resourceByEmail = (email: string) => sandbox.controls.resources().find((r) => r.contactDetails.email?.toLowerCase() === email.toLowerCase())

describeKeychain('connected to TrackerRMS (the sandbox)', () => {
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'demo', requestsPerMinute: null })
    ;[host, browser] = await Promise.all([startHost({ env: { TRACKER_SYNC_KEYCHAIN_SERVICE: `Tracker Sync e2e ${process.pid}` } }), launchChromium()])
    ;({ page, errors: pageErrors } = await openPage(browser, { acceptDownloads: true }))
    // The screens, not the request budget, are under test here (the throttle has its own tests).
    await apiCall(host, 'settings.set', { key: 'requests-per-minute', value: '1000' })
    // The pipeline the screens show: one job, a few candidates (quicker through the API than typing them in).
    ids.job = (await apiCall(host, 'jobs.create', { title: 'ICU Nurse', company: "St Mary's Hospital", location: 'Leeds' })).id
    const people: [string, string, string][] = [
      ['Ann Lee', 'ann.lee@example.com', 'Staff Nurse'],
      ['Bo Chen', 'bo.chen@example.com', 'ICU Nurse'],
      ['Dana Brennan-Shaw', 'DANA.BRENNAN@example.com', 'Charge Nurse'],
      ['Cy Diaz', 'cy.diaz@example.com', 'Ward Nurse'],
      ['Eve Adams', 'eve.adams@example.com', 'Nurse Practitioner']
    ]
    for (const [fullName, email, currentTitle] of people)
      ids[fullName] = (
        await apiCall(host, 'candidates.create', {
          jobId: ids.job,
          fullName,
          email,
          currentTitle,
          currentCompany: 'Leeds General',
          city: 'Leeds',
          country: 'United Kingdom'
        })
      ).id
    // TrackerRMS already has Dana under her maiden name (same email, another case): she must be linked, never created.
    // TrackerRMS's list of candidates carries names only, so it is TrackerRMS itself (checkPerson) that finds her.
    ids.danaRecord = sandbox.controls.addResource({ firstName: 'Dana', surname: 'Brennan', email: 'dana.brennan@example.com' }).id
  })

  afterAll(() => disconnectAndClose({ host, browser, sandbox }))

  it('connects: a wrong token gives a clear error, the right one connects and the health check passes', async () => {
    const form = await fillConnectForm(page, host.url, sandbox)
    await form.getByLabel('Your name').fill('Rita Recruiter')
    await form.getByLabel('API token').fill('0123456789abcdef0123456789abcdef')
    await form.getByRole('button', { name: 'Connect' }).click()
    await form.getByRole('alert').filter({ hasText: 'TrackerRMS refused this API token' }).waitFor()
    expect(await form.getByLabel('API token').getAttribute('aria-invalid')).toBe('true')
    await checkScreen('connect-refused')
    await form.getByLabel('API token').fill(sandbox.token!)
    await form.getByRole('button', { name: 'Connect' }).click()
    await page.getByRole('heading', { name: 'TrackerRMS connection' }).waitFor()
    await page.getByRole('button', { name: 'Check connection' }).click()
    const health = page.getByRole('list', { name: 'Connection check' })
    await health.getByText('Sign in with the API token').waitFor()
    expect(await health.locator('li.failed').count()).toBe(0)
    await page.locator('.fact').getByText('Rita Recruiter').waitFor()
    // What connecting learned, in the user's words.
    const learned = page.getByRole('definition').filter({ hasText: 'signed in with TrackerRMS login + the Widget API key' })
    await learned.waitFor()
    expect(await page.locator('body').textContent()).not.toContain(sandbox.token!)
    expect(await page.locator('body').textContent()).not.toContain(sandbox.widgetKey!)
    await checkScreen('settings', { docs: true })
  })

  it('maps a job: trigger "replied" and the TrackerRMS job by id, looked up as it is typed', async () => {
    await apiCall(host, 'settings.set', { key: 'sync-delay-seconds', value: '2' })
    await nav('Jobs').click()
    await page.getByRole('heading', { name: 'ICU Nurse', level: 2 }).waitFor()
    await page.getByRole('radio', { name: 'When they reply', exact: true }).check()
    const id = page.getByLabel('TrackerRMS job ID')
    await id.fill('99999')
    await page.getByText('TrackerRMS has no job with id 99999').waitFor()
    await id.fill('5001')
    await page.getByRole('status').filter({ hasText: 'Senior ICU Nurse' }).waitFor()
    await page.getByText("St Mary's Hospital Trust").waitFor()
    await expect
      .poll(async () => (await apiCall(host, 'jobs.get', { jobId: ids.job })).sync)
      .toMatchObject({ trigger: 'replied', trackerJobId: 5001, trackerJobTitle: 'Senior ICU Nurse' })
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor()
    await checkScreen('jobs', { docs: true })
  })

  it('imports a CSV with a bad row (the row’s error is shown), imports the rest, and undoes the import', async () => {
    await nav('Candidates').click()
    await page.getByRole('button', { name: 'Import CSV' }).click()
    const wizard = page.getByRole('dialog', { name: 'Import candidates from CSV' })
    const csv =
      'Forename;Surname;E-mail;Town;Job Title\r\nGrace;Hopper;grace@example.com;Leeds;Ward Manager\r\nIvan;Petrov;ivan(at)example;York;Nurse\r\nKemi;Adeyemi;kemi@example.com;Hull;Staff Nurse\r\n'
    await wizard.getByLabel('CSV file to import').setInputFiles({ name: 'agency-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await wizard.getByRole('table', { name: 'Columns of the file' }).waitFor()
    await wizard.getByText('Semicolon', { exact: false }).first().waitFor()
    expect(await wizard.getByLabel('Import column “E-mail” as').inputValue()).toBe('email')
    await checkScreen('import-mapping', { docs: true })
    await wizard.getByRole('button', { name: 'Check the rows' }).click()
    const errors = wizard.getByRole('table', { name: 'Row errors' })
    await errors.getByRole('row', { name: /^3 E-mail/ }).waitFor()
    expect(await errors.getByRole('row', { name: /^3 E-mail/ }).textContent()).toContain('ivan(at)example')
    expect(await wizard.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true)
    await checkScreen('import-check', { docs: true })
    await wizard.getByLabel(/Skip invalid rows/).check()
    await wizard.getByRole('button', { name: 'Import 2 candidates' }).click()
    await wizard.getByRole('heading', { name: 'Imported agency-export.csv' }).waitFor()
    expect((await apiCall(host, 'status.get', {})).counts.candidates).toBe(7)
    await checkScreen('import-result')
    await wizard.getByRole('button', { name: 'Undo this import' }).click()
    await wizard.getByRole('heading', { name: 'Import undone' }).waitFor()
    expect((await apiCall(host, 'status.get', {})).counts.candidates).toBe(5)
    await page.keyboard.press('Escape')
    await wizard.waitFor({ state: 'detached' })
  })

  it('moves a candidate to Replied: queued with a countdown, synced after the delay, the badge links to the sandbox record', async () => {
    await page.goto(`${host.url}#/candidates?job=${ids.job}`)
    await row('Ann Lee').click()
    await page
      .getByRole('group', { name: /Move to stage/ })
      .getByRole('button', { name: 'Replied' })
      .click()
    // The toast counts the grace delay down (with Undo: undo-move.e2e.ts).
    await page.getByText(/^(Queued for TrackerRMS in \d:\d\d|Sending to TrackerRMS now)$/).waitFor()
    await row('Ann Lee').getByText('Queued').waitFor()
    const link = row('Ann Lee').getByRole('link', { name: /Open Ann Lee in TrackerRMS/ })
    await link.waitFor({ timeout: 20_000 })
    const record = resourceByEmail('ann.lee@example.com')!
    expect(await link.getAttribute('href')).toBe(`${sandbox.webHost}/Resource/View/${record.id}`)
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
    const page404 = await fetch((await link.getAttribute('href'))!)
    expect(page404.status).toBe(200)
    expect(await page404.text()).toContain('Ann Lee')
    expect(record.jobLists.map((l) => l.opportunityId)).toEqual([5001])
    expect(record.documents).toHaveLength(1)
    await page.getByText('Ann Lee is in TrackerRMS').waitFor()
    await checkScreen('candidates', { docs: true })

    await row('Ann Lee').getByRole('button', { name: 'Open profile of Ann Lee' }).click()
    const profile = page.getByRole('dialog', { name: 'Ann Lee' })
    await profile.getByText('Created in TrackerRMS').waitFor()
    await profile.getByText(`Open record #${record.id} in TrackerRMS`).waitFor()
    await profile.getByText('No TrackerRMS record with the same email').waitFor()
    expect(await profile.getByRole('button', { name: 'Export to ATS' }).isDisabled()).toBe(true)
    await profile.getByRole('button', { name: 'Preview resume PDF' }).click()
    const frame = profile.locator('iframe[title="Resume of Ann Lee (PDF)"]')
    await frame.waitFor()
    const src = (await frame.getAttribute('src'))!
    // A blob: address of the page (the CSP allows frames from blob:, and the page cannot fetch it: connect-src 'self').
    expect(src).toMatch(new RegExp(`^blob:${host.base}/`))
    const pdf = await apiCall(host, 'resume.render', { candidateId: ids['Ann Lee'] })
    expect(Buffer.from(pdf.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    await profile.locator('.profile').evaluate((el) => el.scrollTo({ top: 0 }))
    await checkScreen('profile', { docs: true })
    await page.keyboard.press('Escape')
  })

  it('exports by hand with a preview of what is written; a duplicate (same email) is linked, not created', async () => {
    const before = sandbox.controls.resources().length
    await page.goto(`${host.url}#/candidates?job=${ids.job}`)
    await row('Bo Chen').click()
    await row('Dana Brennan-Shaw').click({ modifiers: ['ControlOrMeta'] })
    await page.getByRole('region', { name: 'Selected candidates' }).getByRole('button', { name: 'Export to ATS' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export to ATS' })
    expect(await dialog.getByLabel('TrackerRMS job ID').inputValue()).toBe('5001')
    await dialog.getByRole('heading', { name: /Preview: 1 new, 1 linked/ }).waitFor()
    await dialog.getByText(`Link to #${ids.danaRecord} (same email)`).waitFor()
    await dialog.getByText('What will be written').click()
    await dialog.getByText('bo.chen@example.com').waitFor()
    await dialog.getByText('Sent by:').waitFor()
    await checkScreen('export-preview', { docs: true })
    await dialog.getByRole('button', { name: 'Export 2 to TrackerRMS' }).click()
    await dialog.getByText('All exports finished').waitFor({ timeout: 20_000 })
    expect(await dialog.locator('li.outcome.done').count()).toBe(2)
    await checkScreen('export-done')
    await page.keyboard.press('Escape')
    expect(sandbox.controls.resources().length).toBe(before + 1)
    expect(sandbox.controls.resource(ids.danaRecord)!.jobLists.map((l) => l.opportunityId)).toEqual([5001])
    const ledger = await apiCall(host, 'sync.ledger', { search: 'Dana', offset: 0, limit: 5 })
    expect(ledger.entries[0]).toMatchObject({ how: 'linked', matchedOn: 'email', trackerResourceId: ids.danaRecord })
    // Already synced: the dialog refuses with the reason.
    await row('Bo Chen').click()
    await page.getByRole('region', { name: 'Selected candidates' }).getByRole('button', { name: 'Export to ATS' }).click()
    await dialog.getByText(/already in TrackerRMS: contact details are sent once/).waitFor()
    expect(await dialog.getByRole('button', { name: /to TrackerRMS$/ }).isDisabled()).toBe(true)
    await page.keyboard.press('Escape')
  })

  it('shows the offline banner when TrackerRMS cannot be reached, and clears it when it is back', async () => {
    await sandbox.controls.cutNetwork()
    try {
      await apiCall(host, 'stages.record', { jobId: ids.job, candidateIds: [ids['Cy Diaz']], stage: 'replied' })
      await page.goto(`${host.url}#/activity`)
      await banner('offline').getByText('TrackerRMS can’t be reached.').waitFor({ timeout: 20_000 })
      await page.getByRole('table', { name: 'Exports' }).getByText('TrackerRMS can’t be reached.').waitFor()
      await checkScreen('activity-offline', { docs: true })
    } finally {
      await sandbox.controls.restoreNetwork()
    }
    // Back: "Try now" asks at once instead of at the queue's next try.
    await banner('offline').getByRole('button', { name: 'Try now' }).click()
    await banner('offline').waitFor({ state: 'detached', timeout: 20_000 })
    await expect.poll(() => resourceByEmail('cy.diaz@example.com')?.id, { timeout: 20_000 }).toBeDefined()
  })

  it('shows the token-revoked banner, and clears it on reconnecting with the new token', async () => {
    sandbox.controls.revokeToken()
    await apiCall(host, 'stages.record', { jobId: ids.job, candidateIds: [ids['Eve Adams']], stage: 'replied' })
    await banner('auth').getByText('TrackerRMS refused the token.').waitFor({ timeout: 20_000 })
    await checkScreen('banner-token-refused')
    // One cause, said once: the token, not also "can't be reached".
    expect(await page.locator('[data-banner]').count()).toBe(1)
    await banner('auth').getByRole('link', { name: 'Reconnect in Settings' }).click()
    const token = sandbox.controls.rotateToken()
    const form = page.getByRole('form', { name: 'Connect to TrackerRMS' })
    // Re-auth lands on the token field.
    await expect.poll(() => form.getByLabel('API token').evaluate((field) => field === document.activeElement)).toBe(true)
    await form.getByLabel('API token').fill(token)
    await form.getByRole('button', { name: 'Reconnect' }).click()
    await banner('auth').waitFor({ state: 'detached' })
    await expect.poll(() => resourceByEmail('eve.adams@example.com')?.id, { timeout: 20_000 }).toBeDefined()
  })

  it('shows the queue with counts and progress, and the ledger with search', async () => {
    await page.goto(`${host.url}#/activity`)
    const exports = page.getByRole('table', { name: 'Exports' })
    await exports.getByText('Eve Adams').waitFor()
    await expect.poll(() => exports.locator('tr[data-state="done"]').count()).toBe(5)
    await page
      .getByRole('group', { name: 'Exports by state' })
      .getByRole('button', { name: /In TrackerRMS/ })
      .getByText('5')
      .waitFor()
    await checkScreen('activity', { docs: true })
    await page.getByRole('tab', { name: 'In TrackerRMS' }).click()
    const ledger = page.getByRole('table', { name: 'Candidates in TrackerRMS' })
    await ledger.getByText('Dana Brennan-Shaw').waitFor()
    await page.getByLabel('Search who is in TrackerRMS').fill('linked')
    await expect.poll(() => ledger.locator('tbody tr').count()).toBe(1)
    await ledger.getByText('(same email)').waitFor()
    await checkScreen('activity-ledger')
  })

  it('shows a failed export with the reason; Retry finishes it from where it stopped, without a second record', async () => {
    await apiCall(host, 'settings.set', { key: 'max-attempts', value: '1' })
    try {
      ids['Finn Moore'] = (await apiCall(host, 'candidates.create', { jobId: ids.job, fullName: 'Finn Moore', email: 'finn.moore@example.com' })).id
      sandbox.controls.failNext({ kind: '5xx', path: 'attachDocument', status: 503 })
      await apiCall(host, 'stages.record', { jobId: ids.job, candidateIds: [ids['Finn Moore']], stage: 'replied' })
      await page.goto(`${host.url}#/activity`)
      await page.getByRole('tab', { name: /Queue/ }).click()
      const failed = page.getByRole('table', { name: 'Exports' }).locator('tr[data-state="failed"]', { hasText: 'Finn Moore' })
      await failed.waitFor({ timeout: 20_000 })
      expect(await failed.locator('.last-error').innerText()).not.toBe('')
      const record = resourceByEmail('finn.moore@example.com')!
      expect(record.documents).toHaveLength(0) // created, the resume not attached: the export stopped there
      await failed.getByRole('button', { name: 'Retry' }).click()
      await page.getByText('Export of Finn Moore is back in line').waitFor()
      await page.getByRole('table', { name: 'Exports' }).locator('tr[data-state="done"]', { hasText: 'Finn Moore' }).waitFor({ timeout: 20_000 })
      const records = sandbox.controls.resources().filter((r) => r.contactDetails.email === 'finn.moore@example.com')
      expect(records.map((r) => [r.id, r.documents.length])).toEqual([[record.id, 1]])
    } finally {
      await apiCall(host, 'settings.set', { key: 'max-attempts', value: '8' })
    }
  })

  it('waits for the Widget API when it refuses the key (created, nothing paused), and finishes after a new key is given', async () => {
    const newKey = sandbox.controls.rotateWidgetKey() // the old key stops working, as if support replaced it
    ids['Gil Waits'] = (await apiCall(host, 'candidates.create', { jobId: ids.job, fullName: 'Gil Waits', email: 'gil.waits@example.com' })).id
    await apiCall(host, 'stages.record', { jobId: ids.job, candidateIds: [ids['Gil Waits']], stage: 'replied' })
    await page.goto(`${host.url}#/activity`)
    const row = page.getByRole('table', { name: 'Exports' }).locator('tr[data-state="waiting"]', { hasText: 'Gil Waits' })
    await row.waitFor({ timeout: 20_000 })
    await row.getByText(/Created in TrackerRMS \(#\d+\) — resume not attached yet/).waitFor()
    expect(await banner('auth').count()).toBe(0) // the REST token is fine: nothing paused, no "reconnect" banner
    const record = resourceByEmail('gil.waits@example.com')!
    expect(record.documents).toHaveLength(0)
    await checkScreen('activity-waiting-widget')

    await page.goto(`${host.url}#/settings`)
    await page.getByRole('button', { name: 'Use a new token' }).click()
    const form = page.getByRole('form', { name: 'Connect to TrackerRMS' })
    await form.getByLabel('API token').fill(sandbox.token!)
    const keyField = form.getByLabel('Widget API key', { exact: true })
    if (!(await keyField.isVisible())) await form.getByText('Advanced').click() // open already with custom addresses
    expect(await keyField.getAttribute('placeholder')).toContain('Kept')
    await keyField.fill(newKey)
    await form.getByRole('button', { name: 'Reconnect' }).click()
    await page.getByRole('definition').filter({ hasText: 'signed in with TrackerRMS login + the Widget API key' }).waitFor()
    await expect.poll(() => sandbox.controls.resource(record.id)?.documents.length, { timeout: 20_000 }).toBe(1)
    expect(resourceByEmail('gil.waits@example.com')?.id).toBe(record.id)
    expect(await page.locator('body').textContent()).not.toContain(newKey)
  })

  it('exports the job’s candidates to a CSV file', async () => {
    await page.goto(`${host.url}#/candidates?job=${ids.job}`)
    await page.getByRole('button', { name: 'Export CSV' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export candidates to CSV' })
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download CSV' }).click()])
    expect(download.suggestedFilename()).toMatch(/^tracker-sync-icu-nurse-.*\.csv$/)
    const text = (await import('node:fs')).readFileSync((await download.path())!, 'utf8')
    expect(text).toContain('Dana Brennan')
    expect(text).toContain('Synced')
  })

  it('had no errors in the page', () => {
    // Refused connections while the sandbox's network was cut are the browser's own noise, not the app's.
    expect(pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  })
})
