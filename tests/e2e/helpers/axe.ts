/// <reference lib="dom" />
// axe-core in the page. The app's CSP forbids inline scripts (so page.addScriptTag is refused, see the security
// test); the source is evaluated through the DevTools protocol instead, which CSP does not govern.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(join(__dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8')

export interface AxeProblem {
  id: string
  impact: string
  help: string
  targets: string[]
}

/** Serious and critical violations on the page as it is now (WCAG 2.1 A/AA and best practices). */
export async function seriousViolations(page: Page): Promise<AxeProblem[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: any }).axe
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }
    })
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: any) => String(n.target)) }))
  })
}
