// The Settings connect form filled in for a local sandbox (custom addresses under Advanced), all but the token:
// the tests type the token themselves (a wrong one first, say) and press Connect.
import type { Locator, Page } from 'playwright-core'
import type { RunningSandbox } from '../../../electron/sandbox'

export async function fillConnectForm(page: Page, hostUrl: string, sandbox: RunningSandbox): Promise<Locator> {
  await page.goto(`${hostUrl}#/settings`)
  const form = page.getByRole('form', { name: 'Connect to TrackerRMS' })
  await form.getByText('Advanced').click()
  await form.getByLabel(/Use custom API addresses/).check()
  await form.getByLabel('REST API address').fill(sandbox.restUrl)
  await form.getByLabel('Widget API address').fill(sandbox.widgetUrl)
  await form.getByLabel('TrackerRMS web address').fill(sandbox.webHost)
  await form.getByLabel('TrackerRMS login').fill(sandbox.loginEmail)
  await form.getByLabel('Widget API key', { exact: true }).fill(sandbox.widgetKey!)
  return form
}
