// A stand-in for the TrackerRMS web app, so record links ({webHost}/Resource/View/{id}) open something in demo mode.
// The home page also answers at /Main/Default.aspx, where checkPerson's recordLink points.
import type { Reply } from './reply'
import type { SandboxStore } from './store'

const escape = (value: unknown) =>
  String(value ?? '—').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string)

const page = (title: string, body: string): Reply => ({
  status: 200,
  text: `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body style="font-family:sans-serif;max-width:48rem;margin:2rem auto">${body}</body></html>`,
  headers: { 'Content-Type': 'text/html; charset=utf-8' }
})

/** `controls`: whether the home page points at the HTTP controls (the demo has none). */
export function handleWeb(store: SandboxStore, method: string, path: string, controls: boolean): Reply {
  if (method !== 'GET') return { status: 405, text: 'Method not allowed' }
  if (path === '/' || path === '' || /^\/Main\/Default\.aspx$/i.test(path)) {
    const { resources, opportunities } = store.data
    return page(
      'TrackerRMS sandbox',
      `<h1>TrackerRMS sandbox</h1><p>${resources.length} candidates, ${opportunities.filter((o) => o.open).length} open jobs.</p>` +
        `<p>REST API at <code>/api</code>, Widget API at <code>/widget</code>${controls ? ', controls at <code>/__sandbox</code>' : ''}.</p>`
    )
  }
  const match = /^\/Resource\/View\/(\d+)\/?$/i.exec(path)
  const resource = match ? store.resource(Number(match[1])) : null
  if (!resource) return { status: 404, text: 'Not found' }
  const rows: [string, unknown][] = [
    ['Email', resource.contactDetails.email],
    ['Mobile', resource.contactDetails.mobilePhone],
    ['Telephone', resource.contactDetails.telephone],
    ['LinkedIn', resource.linkedInUrl],
    ['Job title', resource.jobTitle],
    ['Company', resource.currentClient?.name],
    ['Location', [resource.address.town, resource.address.county, resource.address.country].filter(Boolean).join(', ')],
    ['Source', resource.source],
    ['Note', resource.note],
    ['Documents', resource.documents.map((d) => d.filename).join(', ')],
    ['Job lists', resource.jobLists.map((e) => `${e.opportunityId} (${e.list})`).join(', ')],
    ['Updated', resource.updatedAt]
  ]
  const name = [resource.firstName, resource.surname].filter(Boolean).join(' ')
  return page(
    name,
    `<h1>${escape(name)} <small>#${resource.id}</small></h1><table>${rows.map(([k, v]) => `<tr><th align="left">${escape(k)}</th><td>${escape(v || '—')}</td></tr>`).join('')}</table>`
  )
}
