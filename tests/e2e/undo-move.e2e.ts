/// <reference lib="dom" />
// Undo a move, clicked through in Debian Chromium (1280×720) against `npm run web` and the sandbox over real HTTP: the
// job sends candidates who reply, after a 2-minute grace delay. With the list filtered to "In sequence", moving Ann
// to Replied keeps her row listed, dimmed, with its new stage; the toast counts down "Queued for TrackerRMS in 2:00"
// and offers Undo, which moves her back and cancels the export: nothing reaches TrackerRMS. Scrolled to the end, no
// row stays under the toast.
// The token is kept in the real system keychain (a service name of this test's own): run through npm test.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startSandbox, type RunningSandbox } from '../../electron/sandbox'
import { describeKeychain } from '../helpers/keychain'
import { seriousViolations } from './helpers/axe'
import { launchChromium } from './helpers/browser'
import { apiCall, startHost, type RunningHost } from './helpers/host'
import { disconnectAndClose } from './helpers/teardown'
import { openPage } from './helpers/screen'

let sandbox: RunningSandbox
let host: RunningHost
let browser: Browser
let page: Page
let pageErrors: string[] = []
const ids: Record<string, number> = {}
/** Enough people that the list scrolls at 1280×720, so its last rows could end up under a toast. */
const OTHERS = 24
const DOCS_SCREENSHOTS = join(__dirname, '../../docs/screenshots')

const grid = () => page.getByRole('grid', { name: 'Candidates' })
const row = (name: string) => grid().getByRole('row', { name: new RegExp(name) })
const toast = () => page.locator('[data-sonner-toast]').filter({ hasText: 'for TrackerRMS in' })
const queueOf = async (candidateId: number) => (await apiCall(host, 'sync.queue', { candidateId, limit: 5 })) as { id: number; state: string }[]

describeKeychain('undo a move that queued an export', () => {
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'empty', requestsPerMinute: null })
    ids.opportunity = sandbox.controls.addOpportunity({ name: 'ICU Nurse', clientName: 'Leeds General' }).id
    ;[host, browser] = await Promise.all([startHost({ env: { TRACKER_SYNC_KEYCHAIN_SERVICE: `Tracker Sync e2e undo ${process.pid}` } }), launchChromium()])
    ;({ page, errors: pageErrors } = await openPage(browser, { acceptDownloads: true }))
    await page.setViewportSize({ width: 1280, height: 720 })
    await apiCall(host, 'settings.set', { key: 'requests-per-minute', value: '1000' })
    await apiCall(host, 'settings.set', { key: 'sync-delay-seconds', value: '120' })
    ids.job = (await apiCall(host, 'jobs.create', { title: 'ICU Nurse', company: 'Leeds General' })).id
    const people = ['Ann Lee', ...Array.from({ length: OTHERS }, (_, i) => `Nurse ${String(i + 1).padStart(2, '0')}`)]
    for (const fullName of people) {
      const email = `${fullName.toLowerCase().replace(' ', '.')}@example.com`
      ids[fullName] = (await apiCall(host, 'candidates.create', { jobId: ids.job, fullName, email })).id
    }
    await apiCall(host, 'stages.record', { jobId: ids.job, candidateIds: people.map((p) => ids[p]), stage: 'sequence' })
    await apiCall(host, 'connection.connect', {
      region: 'custom',
      restUrl: sandbox.restUrl,
      widgetUrl: sandbox.widgetUrl,
      token: sandbox.token,
      connectedBy: 'Rita Recruiter',
      loginEmail: sandbox.loginEmail,
      widgetKey: sandbox.widgetKey
    })
    await apiCall(host, 'jobs.setSync', { jobId: ids.job, trigger: 'replied', trackerJobId: ids.opportunity })
  })

  afterAll(() => disconnectAndClose({ host, browser, sandbox }))

  it('reads TrackerRMS’s candidates before anything is checked against them', async () => {
    await expect.poll(async () => (await apiCall(host, 'sync.state', {})).index.state, { timeout: 20_000 }).toBe('ready')
  })

  it('keeps a moved row visible, dimmed, under a stage filter, and counts the grace delay down with Undo', async () => {
    await page.goto(`${host.url}#/candidates?job=${ids.job}&stage=sequence`)
    await row('Ann Lee').click()
    await page
      .getByRole('group', { name: /^Move to stage in/ })
      .getByRole('button', { name: 'Replied', exact: true })
      .click()

    const title = toast().locator('.queued-countdown')
    await title.waitFor()
    const first = await title.textContent()
    expect(first).toMatch(/^Queued for TrackerRMS in (2:00|1:[0-5]\d)$/)
    await toast().getByText('Moved 1 candidate to Replied in ICU Nurse.').waitFor()
    // A live countdown, not a fixed text.
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).not.toBe(first)
    const [queued] = await queueOf(ids['Ann Lee'])
    expect(queued.state).toBe('pending')

    // Still listed under "In sequence", dimmed, with the stage it now has.
    const ann = row('Ann Lee')
    await expect.poll(() => ann.getAttribute('class')).toContain('moved-out')
    await ann.getByText('Replied').waitFor()
    expect(await ann.getAttribute('title')).toMatch(/^Moved out of this filter/)
    expect(await page.locator('.page-header .subtitle').textContent()).toContain(`${OTHERS + 1} candidates`)
    expect((await seriousViolations(page)).map((v) => `${v.id} ${v.targets.join(' ; ')}`)).toEqual([])

    // Scrolled to the end, the last row is above the toast: nothing in the list is out of reach.
    await grid().evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    const last = grid().locator('[role=row][aria-rowindex]').last()
    await last.waitFor()
    const [lastBox, toastBox] = await Promise.all([last.boundingBox(), toast().boundingBox()])
    expect(lastBox!.y + lastBox!.height).toBeLessThanOrEqual(toastBox!.y)
    // With the toast: the usual screenshot helper hides toasts, and here the toast is the point.
    const docsShot = join(DOCS_SCREENSHOTS, 'undo-toast-1280x720.png')
    const image = await page.screenshot({ animations: 'disabled', caret: 'hide' })
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1' || !existsSync(docsShot)) writeFileSync(docsShot, image)
  })

  it('Undo moves the candidate back and cancels the export: nothing reaches TrackerRMS', async () => {
    await toast().getByRole('button', { name: 'Undo' }).click()
    await page.getByText('Moved back to In sequence').waitFor()
    const profile = await apiCall(host, 'candidates.get', { candidateId: ids['Ann Lee'] })
    expect(profile.jobs.find((j: { jobId: number }) => j.jobId === ids.job).stage).toBe('sequence')
    expect((await queueOf(ids['Ann Lee']))[0].state).toBe('cancelled')
    await expect.poll(() => row('Ann Lee').getAttribute('class')).not.toContain('moved-out')
    expect(sandbox.controls.resources()).toEqual([])
  })

  it('Export CSV offers the candidates shown (the default) and the selected, and exports exactly those', async () => {
    await apiCall(host, 'jobs.setSync', { jobId: ids.job, trigger: 'never' })
    const replied = ['Nurse 01', 'Nurse 02', 'Nurse 03'].map((name) => ids[name])
    await apiCall(host, 'stages.record', { jobId: ids.job, candidateIds: replied, stage: 'replied' })
    await page.goto(`${host.url}#/candidates?job=${ids.job}&stage=replied`)
    await expect.poll(() => page.locator('.page-header .subtitle').textContent()).toContain('3 candidates')
    const exported = async (choice: string) => {
      await page.getByRole('button', { name: 'Export CSV' }).click()
      const dialog = page.getByRole('dialog', { name: 'Export candidates to CSV' })
      const radio = dialog.getByRole('radio', { name: choice })
      if (choice.endsWith('shown')) expect(await radio.isChecked()).toBe(true) // what is on screen, by default
      await radio.check()
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download CSV' }).click()])
      const text = readFileSync((await download.path())!, 'utf8')
      return text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .slice(1)
    }
    const shown = await exported('The 3 candidates shown')
    expect(shown.map((line) => line.split(',')[1]).sort()).toEqual(['01', '02', '03'])
    await row('Nurse 02').click()
    const selected = await exported('The 1 candidate selected')
    expect(selected.map((line) => line.split(',')[1])).toEqual(['02'])
    expect(await exported('All candidates of a job, or everyone')).toHaveLength(OTHERS + 1)
  })

  it('had no errors in the page', () => {
    expect(pageErrors).toEqual([])
  })
})
