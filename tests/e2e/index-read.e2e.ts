/// <reference lib="dom" />
// Connecting to a TrackerRMS with 3,000 candidates, listed by PagedSearch (which gives the total, so there is a
// share and a time left), each page answered after 40 ms: the read takes about 18 s. Settings and Activity show it as
// a progress bar that moves, with the time left; an export made meanwhile is held "Waiting for the TrackerRMS
// candidate list" with the read's live share and creates nothing; once the read is done both screens say how many
// candidates Tracker Sync knows and the export goes out.
// The token is kept in the real system keychain (a service name of this test's own): run through npm test.
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startSandbox, type RunningSandbox } from '../../electron/sandbox'
import { describeKeychain } from '../helpers/keychain'
import { launchChromium } from './helpers/browser'
import { fillConnectForm } from './helpers/connect-form'
import { apiCall, startHost, type RunningHost } from './helpers/host'
import { disconnectAndClose } from './helpers/teardown'
import { checkScreen, navLink, openPage } from './helpers/screen'

const CANDIDATES = 3_000
let sandbox: RunningSandbox
let host: RunningHost
let browser: Browser
let page: Page
let pageErrors: string[] = []
let started = 0

const readBar = () => page.getByRole('progressbar', { name: 'Reading your TrackerRMS candidates' })
const valueOf = async (bar: Locator) => Number(await bar.getAttribute('aria-valuenow'))
/** Waits until the bar has moved past `from` (the read goes on while the page shows it). */
const movesPast = (from: number) => expect.poll(() => valueOf(readBar()), { timeout: 10_000, interval: 200 }).toBeGreaterThan(from)

describeKeychain('reading TrackerRMS’s candidate list after connecting', () => {
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'empty', requestsPerMinute: null, profile: 'listing-L1-resources' })
    for (let i = 0; i < CANDIDATES; i++) sandbox.controls.addResource({ firstName: `Person${i}`, surname: 'Listed', email: `person${i}@listed.example` })
    ;[host, browser] = await Promise.all([startHost({ env: { TRACKER_SYNC_KEYCHAIN_SERVICE: `Tracker Sync e2e index ${process.pid}` } }), launchChromium()])
    ;({ page, errors: pageErrors } = await openPage(browser))
    // The app's own request budget would stop a 300-page read for a minute; the sandbox's latency paces it instead.
    await apiCall(host, 'settings.set', { key: 'requests-per-minute', value: '10000' })
    sandbox.controls.setLatency(40)
  })

  afterAll(() => disconnectAndClose({ host, browser, sandbox }))

  it('connects, and Settings shows the read as a progress bar that moves, with the time left', async () => {
    const form = await fillConnectForm(page, host.url, sandbox)
    await form.getByLabel('API token').fill(sandbox.token!)
    started = Date.now()
    await form.getByRole('button', { name: 'Connect' }).click()
    await page.getByRole('heading', { name: 'TrackerRMS connection' }).waitFor()
    await readBar().waitFor()
    const first = await valueOf(readBar())
    expect(first).toBeLessThan(100)
    await page.getByText(/^Reading your TrackerRMS candidates: [\d,]+ of ~3,000 — about .+ left$/).waitFor()
    await movesPast(first)
    await page.locator('.page-body').evaluate((el) => el.scrollTo({ top: 0 }))
    await checkScreen(page, 'settings-reading-index')
  })

  it('parks an export made meanwhile: "Waiting for the TrackerRMS candidate list" with the read’s share, nothing created', async () => {
    const jobId = (await apiCall(host, 'jobs.create', { title: 'Ward Manager', company: 'Leeds General' })).id
    const candidate = await apiCall(host, 'candidates.create', { jobId, fullName: 'Wren Waits', email: 'wren.waits@example.com' })
    await apiCall(host, 'sync.export', { candidateIds: [candidate.id], trackerJobId: null, jobId })
    await navLink(page, 'Activity').click()
    const row = page.getByRole('table', { name: 'Exports' }).locator('tr[data-state="waiting"]', { hasText: 'Wren Waits' })
    await row.getByText(/^Waiting for the TrackerRMS candidate list \(\d+ %\)$/).waitFor()
    await page
      .locator('.page-header .subtitle')
      .getByText(/Exports that would create a TrackerRMS record wait until your TrackerRMS candidates are read/)
      .waitFor()
    const shown = await valueOf(readBar())
    await movesPast(shown)
    // The row follows the read too (the stored reason said how far it was when the export was parked).
    await expect
      .poll(async () => Number(/\((\d+) %\)/.exec((await row.locator('.waiting-reason').textContent()) ?? '')?.[1]), { timeout: 10_000 })
      .toBeGreaterThan(shown)
    expect(sandbox.controls.resources().some((r) => r.contactDetails.email === 'wren.waits@example.com')).toBe(false)
    await checkScreen(page, 'activity-reading-index')
  })

  it('once read, both screens say how many candidates Tracker Sync knows, and the parked export goes out', async () => {
    // 3,000, or 3,001 once our own record is in the list.
    const known = /Tracker Sync knows your 3,00\d TrackerRMS candidates/
    await page.getByText(known).waitFor({ timeout: 30_000 })
    console.log(`e2e: the read of ${CANDIDATES} candidates took ${Date.now() - started} ms from the click on Connect`)
    expect(await readBar().count()).toBe(0)
    await page.getByRole('table', { name: 'Exports' }).locator('tr[data-state="done"]', { hasText: 'Wren Waits' }).waitFor({ timeout: 20_000 })
    expect(sandbox.controls.resources().filter((r) => r.contactDetails.email === 'wren.waits@example.com')).toHaveLength(1)
    expect(await page.locator('.page-header .subtitle').textContent()).not.toContain('wait until your TrackerRMS candidates are read')
    await navLink(page, 'Settings').click()
    await page.getByText(known).waitFor()
    await page.getByRole('button', { name: 'Check for changes now' }).waitFor()
    await page.locator('.page-body').evaluate((el) => el.scrollTo({ top: 0 }))
    await checkScreen(page, 'settings-index-ready')
  })

  it('had no errors in the page', () => {
    expect(pageErrors).toEqual([])
  })
})
