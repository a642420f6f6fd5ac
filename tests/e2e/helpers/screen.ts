/// <reference lib="dom" />
// One screen, checked and photographed in light and dark: axe finds nothing serious or critical, and a screenshot
// of each scheme goes to the artifacts (and to docs/screenshots when asked, see screenshots.ts).
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { seriousViolations } from './axe'
import { saveScreenshot } from './screenshots'

/** Waits for running CSS transitions (colours fade when the scheme changes) so axe sees the final colours. */
export const settled = (page: Page) =>
  page
    .evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined))
      )
    )
    .then(() => undefined)

export async function checkScreen(page: Page, name: string, options: { docs?: boolean } = {}): Promise<void> {
  // A notice left over from an earlier step (fading out, half transparent) is not part of this screen.
  await page
    .locator('[data-sonner-toast]')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await settled(page)
    const violations = await seriousViolations(page)
    expect(violations.map((v) => `${name} (${scheme}): ${v.id} ${v.help} at ${v.targets.join(' ; ')}`)).toEqual([])
    await saveScreenshot(page, `${name}-${scheme}`, options)
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

/** The page each e2e file drives: a laptop-sized window in the light scheme, 10 s for any wait, its errors collected. */
export async function openPage(browser: Browser, options: { acceptDownloads?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', ...options })
  page.setDefaultTimeout(10_000)
  return { page, errors: collectErrors(page) }
}

/** A link of the main navigation, by the start of its name (a count may follow it). */
export const navLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: new RegExp(`^${name}`) })

/** Collects page errors and console errors, to assert none happened. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  return errors
}
