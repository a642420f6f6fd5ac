// The address of a candidate's record in the TrackerRMS web app, from the record-link template setting
// ("{webHost}/Resource/View/{id}" by default). Pure, so the page builds the badge's link itself.

export function trackerRecordUrl(template: string, webHost: string | null, resourceId: number): string | null {
  if (!webHost || !template.includes('{id}')) return null
  const host = webHost.replace(/\/+$/, '')
  const url = template.split('{webHost}').join(host).split('{id}').join(String(resourceId))
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}
