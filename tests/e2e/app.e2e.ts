/// <reference lib="dom" />
// A recruiter's first session without TrackerRMS, clicked through in Debian Chromium against `npm run web` on a
// fresh data folder: the welcome, create a job and set its trigger, add candidates (one with a bad email), search
// and filter, multi-select and move to Replied, open a profile. Every screen is checked with axe and photographed,
// in light and dark. (Connecting, syncing, CSV and the banners: sync.e2e.ts; the demo: demo.e2e.ts.)
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './helpers/browser'
import { apiCall, startHost, type RunningHost } from './helpers/host'
import { checkScreen as check, navLink, openPage } from './helpers/screen'
import { seedCandidates, type SeededCandidate } from './helpers/seed'

let host: RunningHost
let browser: Browser
let page: Page
let pageErrors: string[] = []

beforeAll(async () => {
  ;[host, browser] = await Promise.all([startHost(), launchChromium()])
  ;({ page, errors: pageErrors } = await openPage(browser))
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

const checkScreen = (name: string, options: { docs?: boolean } = {}) => check(page, name, options)

const nav = (name: string) => navLink(page, name)
const grid = () => page.getByRole('grid', { name: 'Candidates' })
const dataRows = () => grid().locator('[role=row][aria-rowindex]:not([aria-rowindex="1"])')
const subtitle = () => page.locator('.page-header .subtitle')
const selectedCount = () => page.getByRole('region', { name: 'Selected candidates' }).locator('.selection-count')

describe('the browser host', () => {
  it('refuses every request without the key (page, API, events, unknown paths), and with a wrong one', async () => {
    expect(host.output()).toContain(host.url)
    expect((await fetch(`${host.base}/`)).status).toBe(401)
    expect((await fetch(`${host.base}/?key=wrong`)).status).toBe(403)
    expect((await fetch(`${host.base}/api/jobs.list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401)
    const wrong = await fetch(`${host.base}/api/jobs.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-tracker-sync-key': 'nope' },
      body: '{}'
    })
    expect(wrong.status).toBe(403)
    expect((await fetch(`${host.base}/events`)).status).toBe(401)
    expect((await fetch(`${host.base}/package.json`)).status).toBe(401)
    const page401 = await browser.newPage()
    const response = await page401.goto(host.base + '/')
    expect(response?.status()).toBe(401)
    expect(await page401.textContent('body')).toContain('?key=')
    await page401.close()
  })

  it('serves the page with the key and the app’s CSP, which refuses injected inline scripts', async () => {
    const response = await page.goto(host.url)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
    await page.getByRole('heading', { name: 'Jobs', level: 1 }).waitFor()
    await expect(page.addScriptTag({ content: 'window.injected = true' })).rejects.toThrow(/Content Security Policy/)
    expect(await page.evaluate(() => 'injected' in window)).toBe(false)
    pageErrors.length = 0 // the refusal above is logged as a console error, as it should be
  })
})

describe('a first session', () => {
  it('starts with a welcome and empty states that say what to do next', async () => {
    await page.getByRole('heading', { name: 'Welcome to Tracker Sync' }).waitFor()
    await page.getByRole('button', { name: 'Try it with a demo TrackerRMS' }).waitFor()
    await checkScreen('welcome', { docs: true })
    await nav('Candidates').click()
    await page.getByRole('heading', { name: 'Create a job first' }).waitFor()
    await checkScreen('candidates-no-jobs')
    await nav('Jobs').click()
  })

  it('creates a job (a missing title is a field error)', async () => {
    await page.getByRole('button', { name: 'Create a job first' }).click()
    const dialog = page.getByRole('dialog', { name: 'New job' })
    await dialog.getByRole('button', { name: 'Create job' }).click()
    await dialog.getByText('A job needs a title.').waitFor()
    expect(await dialog.getByLabel('Job title').getAttribute('aria-invalid')).toBe('true')
    await dialog.getByLabel('Job title').fill('ICU Nurse')
    await dialog.getByLabel('Company').fill("St Mary's Hospital")
    await dialog.getByLabel('Location').fill('London')
    await dialog.getByRole('button', { name: 'Create job' }).click()
    await page.getByRole('heading', { name: 'ICU Nurse', level: 2 }).waitFor()
    expect(page.url()).toMatch(/#\/jobs\/1$/)
  })

  it('sets the trigger and the TrackerRMS job, saved automatically with a visible "Saved"', async () => {
    await page.getByText('Set this up before you start outreach.').waitFor()
    await page.getByRole('radio', { name: 'When they reply', exact: true }).check()
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor()
    await page.getByLabel('TrackerRMS job ID').fill('45x')
    await page.getByText('A TrackerRMS job ID is a number, like 4521 or JOB-4521 (as TrackerRMS shows it).').waitFor()
    // As TrackerRMS shows it: "JOB-4521".
    await page.getByLabel('TrackerRMS job ID').fill('JOB-4521')
    await page.getByLabel('TrackerRMS job ID').press('Enter')
    await page.getByText('Connect TrackerRMS in Settings to check it').waitFor()
    await expect.poll(async () => (await apiCall(host, 'jobs.list', {}))[0].sync.trackerJobId).toBe(4521)
    await page.reload()
    await expect.poll(() => page.getByRole('radio', { name: 'When they reply', exact: true }).isChecked()).toBe(true)
    expect(await page.getByLabel('TrackerRMS job ID').inputValue()).toBe('4521')
    const [job] = await apiCall(host, 'jobs.list', {})
    expect(job.sync).toMatchObject({ trigger: 'replied', trackerJobId: 4521 })
  })

  it('adds candidates; a bad email or a control character is shown under its field', async () => {
    await nav('Candidates').click()
    await page.getByRole('heading', { name: 'No candidates yet' }).waitFor()
    await checkScreen('candidates-empty')
    await page.getByRole('button', { name: 'Add candidate' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Add candidate' })
    await dialog.getByLabel('Full name').fill('Ann Lee')
    await dialog.getByLabel('Email').fill('ann@@example')
    await dialog.getByLabel('Current company').fill('Globex')
    await dialog.getByRole('button', { name: 'Add candidate' }).click()
    const error = dialog.getByRole('alert').filter({ hasText: 'ann@@example' })
    await error.waitFor()
    await checkScreen('add-candidate', { docs: true })
    expect(await error.textContent()).toMatch(/Email "ann@@example"/)
    expect(await dialog.getByLabel('Email').getAttribute('aria-invalid')).toBe('true')
    await dialog.getByLabel('Email').fill('ann.lee@example.com')
    // A control character (pasted from a terminal, say) is refused under its field, named.
    await dialog.getByLabel('Current company').fill('Glo\u001bbex')
    await dialog.getByRole('button', { name: 'Add candidate' }).click()
    const control = dialog.getByRole('alert').filter({ hasText: 'U+001B (ESC)' })
    await control.waitFor()
    expect(await control.textContent()).toContain('Current company contains the control character U+001B (ESC) at character 4: remove it.')
    expect(await dialog.getByLabel('Current company').getAttribute('aria-invalid')).toBe('true')
    await dialog.getByLabel('Current company').fill('Globex')
    await dialog.getByRole('button', { name: 'Add candidate' }).click()
    await dialog.waitFor({ state: 'detached' })
    await grid()
      .getByRole('row', { name: /Ann Lee/ })
      .waitFor()
    await page.getByText('Ann Lee added').waitFor()
  })

  let seeded: SeededCandidate[] = []
  let jobs: number[] = []
  it('pages through a few hundred candidates, rendering only the visible rows', async () => {
    const second = await apiCall<{ id: number }>(host, 'jobs.create', { title: 'Senior Backend Engineer', company: 'Northwind', location: 'Berlin' })
    const third = await apiCall<{ id: number }>(host, 'jobs.create', { title: 'Ward Manager', company: 'Umbrella Clinics', location: 'Toronto' })
    jobs = [1, second.id, third.id]
    seeded = await seedCandidates(host, jobs, 330)
    await subtitle().filter({ hasText: '331 candidates' }).waitFor()
    const rendered = await dataRows().count()
    expect(rendered).toBeGreaterThan(10)
    expect(rendered).toBeLessThan(60)
    // Newest first: scrolled to the end, the first candidate ever added (Ann Lee) is the last row.
    await grid().evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await grid().locator('[aria-rowindex="332"]').filter({ hasText: 'Ann Lee' }).waitFor()
    await grid().evaluate((el) => el.scrollTo({ top: 0 }))
  })

  it('searches by company and filters by job, stage and sync status', async () => {
    const search = page.getByRole('searchbox', { name: 'Search candidates' })
    await search.fill('globex')
    const globex = seeded.filter((c) => c.company === 'Globex').length + 1 // + Ann Lee
    await subtitle()
      .filter({ hasText: `${globex} candidates match` })
      .waitFor()
    expect(page.url()).toContain('q=globex')
    for (const row of await dataRows().allTextContents()) expect(row.toLowerCase()).toContain('globex')
    await search.fill('')
    await page.getByLabel('Job', { exact: true }).selectOption({ label: "ICU Nurse · St Mary's Hospital" })
    const inIcu = seeded.filter((c) => c.jobId === 1).length + 1
    await subtitle()
      .filter({ hasText: `${inIcu} candidates in ICU Nurse` })
      .waitFor()
    await page.getByLabel('Sync status').selectOption({ label: 'In TrackerRMS' })
    await page.getByRole('heading', { name: 'No candidates match' }).waitFor()
    await page.getByRole('button', { name: 'Clear search and filters' }).click()
    await subtitle()
      .filter({ hasText: `${inIcu} candidates in ICU Nurse` })
      .waitFor()
    expect(await page.getByLabel('Job', { exact: true }).inputValue()).toBe('1')
  })

  it('multi-selects with click, Shift-click, Ctrl-click and the keyboard, and moves them to Replied', async () => {
    const rows = dataRows()
    await rows.nth(0).click()
    await rows.nth(2).click({ modifiers: ['Shift'] })
    await selectedCount().filter({ hasText: '3 selected' }).waitFor()
    await rows.nth(4).click({ modifiers: ['ControlOrMeta'] })
    await selectedCount().filter({ hasText: '4 selected' }).waitFor()
    // The keyboard: Shift+Down from the last clicked row adds the next one to a range from it.
    await grid().press('Shift+ArrowDown')
    await selectedCount().filter({ hasText: '2 selected' }).waitFor()
    await grid().press('ArrowUp')
    await selectedCount().filter({ hasText: '1 selected' }).waitFor()
    await grid().press('Space')
    expect(await page.getByRole('region', { name: 'Selected candidates' }).count()).toBe(0)
    await rows.nth(0).click()
    await rows.nth(3).click({ modifiers: ['Shift'] })
    await selectedCount().filter({ hasText: '4 selected' }).waitFor()
    const names = (await rows.locator('.cell-name').allTextContents()).slice(0, 4)
    expect(await grid().getAttribute('aria-multiselectable')).toBe('true')
    expect(await rows.nth(1).getAttribute('aria-selected')).toBe('true')
    await checkScreen('candidates-selected')
    await page
      .getByRole('group', { name: /Move to stage/ })
      .getByRole('button', { name: 'Replied' })
      .click()
    await page.getByText('Moved 4 candidates to Replied in ICU Nurse').waitFor()
    for (const name of names) await rows.filter({ hasText: name }).getByText('Replied').waitFor()
    await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Replied' })
    await subtitle().filter({ hasText: '4 candidates in ICU Nurse match' }).waitFor()
    expect((await rows.locator('.cell-name').allTextContents()).sort()).toEqual([...names].sort())
  })

  it('opens a profile with every field, its jobs and stage, and its sync status', async () => {
    // A new filter is a new list: the selection was cleared with it.
    expect(await page.getByRole('region', { name: 'Selected candidates' }).count()).toBe(0)
    await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Any stage' })
    await page.getByRole('searchbox', { name: 'Search candidates' }).fill('ann lee')
    await subtitle().filter({ hasText: '1 candidate in ICU Nurse match' }).waitFor()
    await grid()
      .getByRole('row', { name: /Ann Lee/ })
      .getByRole('button', { name: 'Open profile of Ann Lee' })
      .click()
    const profile = page.getByRole('dialog', { name: 'Ann Lee' })
    await profile.getByText('ann.lee@example.com').waitFor()
    await profile.getByText('ICU Nurse', { exact: true }).waitFor()
    expect(await profile.getByRole('heading', { name: 'TrackerRMS' }).count()).toBe(1)
    await profile.getByText('Not synced').waitFor()
    expect(page.url()).toMatch(/candidate=\d+/)
    await page.keyboard.press('Escape')
    await profile.waitFor({ state: 'detached' })
    // Keyboard: Enter on the active row opens it too.
    await grid().focus()
    await grid().press('Home')
    await grid().press('Enter')
    await page.getByRole('dialog').waitFor()
    await page.keyboard.press('Escape')
  })

  it('photographs and checks every screen with realistic data and no connection, in light and dark', async () => {
    await page.goto(`${host.url}#/jobs/1`)
    await page.getByRole('heading', { name: 'ICU Nurse', level: 2 }).waitFor()
    await checkScreen('jobs-not-connected')
    await page.goto(`${host.url}#/candidates`)
    await subtitle().filter({ hasText: '331 candidates' }).waitFor()
    await grid().getByRole('row').nth(3).waitFor()
    await checkScreen('candidates-not-connected')
    const someone = seeded[seeded.length - 3]
    await page.goto(`${host.url}#/candidates?candidate=${someone.id}`)
    await page.getByRole('dialog', { name: someone.fullName }).getByRole('heading', { name: 'Jobs' }).waitFor()
    await checkScreen('profile-not-connected')
    await page.goto(`${host.url}#/activity`)
    await page.getByRole('heading', { name: 'Nothing has been sent yet' }).waitFor()
    await checkScreen('activity-empty')
    await page.goto(`${host.url}#/settings`)
    await page.getByRole('heading', { name: 'Connect to TrackerRMS' }).waitFor()
    await page.getByLabel('Delay before sending').waitFor()
    await checkScreen('connect', { docs: true })
  })

  it('saves a setting on leaving the field, and refuses a bad one with the reason', async () => {
    const delay = page.getByLabel('Delay before sending')
    await delay.fill('45')
    await delay.press('Tab')
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor()
    expect((await apiCall(host, 'settings.get', {}))['sync-delay-seconds']).toBe(45)
    await delay.fill('-3')
    await delay.press('Tab')
    await page.getByText('sync-delay-seconds must be between 0 and 86400, got -3').waitFor()
    expect((await apiCall(host, 'settings.get', {}))['sync-delay-seconds']).toBe(45)
  })

  it('refuses a second Ann Lee (her email, another job) and adds the stored one to that job instead', async () => {
    await page.goto(`${host.url}#/candidates`)
    await subtitle().filter({ hasText: '331 candidates' }).waitFor()
    await page.getByRole('button', { name: 'Add candidate' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Add candidate' })
    await dialog.getByLabel('Job').selectOption({ label: 'Senior Backend Engineer · Northwind' })
    await dialog.getByLabel('Full name').fill('Ann Lee')
    await dialog.getByLabel('Email').fill('ANN.LEE@example.com')
    await dialog.getByRole('button', { name: 'Add candidate' }).click()
    const refusal = dialog.getByRole('alert').filter({ hasText: 'already has this email' })
    await refusal.waitFor()
    expect(await refusal.textContent()).toMatch(/^Ann Lee \(id \d+, in ICU Nurse\) already has this email\. Add Ann Lee to this job instead\.$/)
    expect(await dialog.getByLabel('Email').getAttribute('aria-invalid')).toBe('true')
    await checkScreen('add-candidate-existing')
    await dialog.getByRole('button', { name: 'Add Ann Lee to this job' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByText('Ann Lee added to Senior Backend Engineer').waitFor()

    // One person: one row in the table, both jobs on the profile, no second candidate.
    expect((await apiCall(host, 'status.get', {})).counts.candidates).toBe(331)
    await page.getByRole('searchbox', { name: 'Search candidates' }).fill('ann lee')
    await subtitle().filter({ hasText: '1 candidate match' }).waitFor()
    expect(await dataRows().count()).toBe(1)
    await grid().getByRole('button', { name: 'Open profile of Ann Lee' }).click()
    const profile = page.getByRole('dialog', { name: 'Ann Lee' })
    await profile.getByRole('link', { name: 'Senior Backend Engineer' }).waitFor()
    await profile.getByRole('link', { name: 'ICU Nurse' }).waitFor()
    await page.keyboard.press('Escape')
    await profile.waitFor({ state: 'detached' })
    await page.getByRole('searchbox', { name: 'Search candidates' }).fill('')
    await subtitle().filter({ hasText: '331 candidates' }).waitFor()
  })

  it('adds selected candidates to another job with "Add to job…", by keyboard, skipping those already on it', async () => {
    const rows = dataRows()
    await rows.nth(0).click()
    await rows.nth(2).click({ modifiers: ['Shift'] })
    await selectedCount().filter({ hasText: '3 selected' }).waitFor()
    const names = (await rows.locator('.cell-name').allTextContents()).slice(0, 3)
    const picked = names.map((name) => seeded.find((c) => c.fullName === name)!)
    expect(picked.every(Boolean)).toBe(true)
    const ward = jobs[2]
    const alreadyOnWard = picked.filter((c) => c.jobId === ward).length

    // Its own group, apart from the stage buttons.
    await page
      .getByRole('region', { name: 'Selected candidates' })
      .getByRole('group', { name: 'Other jobs' })
      .getByRole('button', { name: 'Add to job…' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Add to job' })
    const picker = dialog.getByLabel('Job')
    await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true)
    await picker.selectOption({ label: 'Ward Manager · Umbrella Clinics' })
    await checkScreen('add-to-job')
    // Tab from the picker: Cancel, then the action; Enter submits.
    await picker.press('Tab')
    await page.keyboard.press('Tab')
    expect(await dialog.getByRole('button', { name: 'Add 3 candidates' }).evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'detached' })
    await page.getByText(`Added ${3 - alreadyOnWard} candidate${3 - alreadyOnWard === 1 ? '' : 's'} to Ward Manager`).waitFor()
    if (alreadyOnWard > 0) await page.getByText(`${alreadyOnWard} candidate${alreadyOnWard === 1 ? '' : 's'} already on it.`).waitFor()
    for (const candidate of picked) {
      const profile = await apiCall<{ jobs: { jobId: number; stage: string }[] }>(host, 'candidates.get', { candidateId: candidate.id })
      expect(profile.jobs.map((j) => j.jobId).sort()).toEqual([...new Set([candidate.jobId, ward])].sort())
    }
    expect((await apiCall(host, 'status.get', {})).counts.candidates).toBe(331)
    await page.getByRole('region', { name: 'Selected candidates' }).getByRole('button', { name: 'Clear' }).click()
  })

  it('points out a stored namesake while the full name is typed, and adds that person to the job instead', async () => {
    await page.getByRole('button', { name: 'Add candidate' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Add candidate' })
    await dialog.getByLabel('Job').selectOption({ label: 'Ward Manager · Umbrella Clinics' })
    await dialog.getByLabel('Full name').fill('ann  LEE ')
    const hint = dialog.getByRole('status').filter({ hasText: 'There is already a candidate named' })
    await hint.waitFor()
    expect(await hint.locator('p').first().textContent()).toMatch(
      /^There is already a candidate named Ann Lee \(id \d+, in ICU Nurse and Senior Backend Engineer; ann\.lee@example\.com\)\. Same person\?$/
    )
    await checkScreen('add-candidate-namesake')
    await hint.getByRole('button', { name: 'Add Ann Lee to this job' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByText('Ann Lee added to Ward Manager').waitFor()
    const [ann] = await apiCall<{ id: number }[]>(host, 'candidates.findByName', { fullName: 'Ann Lee' })
    const profile = await apiCall<{ jobs: { jobTitle: string }[] }>(host, 'candidates.get', { candidateId: ann.id })
    expect(profile.jobs.map((j) => j.jobTitle).sort()).toEqual(['ICU Nurse', 'Senior Backend Engineer', 'Ward Manager'])
    expect((await apiCall(host, 'status.get', {})).counts.candidates).toBe(331)
  })

  it('had no errors in the page', () => {
    expect(pageErrors).toEqual([])
  })
})
