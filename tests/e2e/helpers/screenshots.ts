/// <reference lib="dom" />
// Every screen, light and dark, as test artifacts in test-results/screenshots (gitignored). The README's set in
// docs/screenshots is written when one is missing, or for all when UPDATE_DOCS_SCREENSHOTS=1 (so an ordinary test
// run does not rewrite tracked images whose dates and times changed).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

const ROOT = join(__dirname, '../../..')
const ARTIFACTS = join(ROOT, 'test-results/screenshots')
const DOCS = join(ROOT, 'docs/screenshots')

const hideToasts = (page: Page, hidden: boolean) =>
  page.evaluate((hide) => document.querySelectorAll<HTMLElement>('[data-sonner-toast]').forEach((t) => (t.style.visibility = hide ? 'hidden' : '')), hidden)

export async function saveScreenshot(page: Page, name: string, options: { docs?: boolean } = {}): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true })
  // Toasts come and go and the pointer's hover is wherever the last click was: neither is part of a screen.
  await hideToasts(page, true)
  await page.mouse.move(700, 4)
  const image = await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled', caret: 'hide' })
  await hideToasts(page, false)
  const docsFile = join(DOCS, `${name}.png`)
  if (options.docs && (process.env.UPDATE_DOCS_SCREENSHOTS === '1' || !existsSync(docsFile))) {
    mkdirSync(DOCS, { recursive: true })
    writeFileSync(docsFile, image)
  }
}
