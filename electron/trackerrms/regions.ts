// TrackerRMS regions and their hosts [doc: academy lessons 1273 (REST) and 355 (Widget)], plus "custom" for a
// TrackerRMS API sandbox account or the local sandbox server, where the user enters both URLs.
import { REGIONS, type Region } from '../../shared/domain'
import { validationError } from '../../shared/errors'
import { DEFAULT_WEB_HOSTS } from './shapes'

export interface TrackerEndpoints {
  region: Region
  restUrl: string
  widgetUrl: string
  /** The TrackerRMS web app the user logs in to; record links point here. */
  webHost: string
}

export const REGION_LABELS: Record<Region, string> = {
  us: 'United States',
  ca: 'Canada',
  global: 'UK and rest of world',
  custom: 'custom URLs'
}

export const REGION_HOSTS: Record<Exclude<Region, 'custom'>, Omit<TrackerEndpoints, 'region'>> = {
  us: { restUrl: 'https://evousapi.tracker-rms.com', widgetUrl: 'https://evoapius.tracker-rms.com', webHost: DEFAULT_WEB_HOSTS.us },
  ca: { restUrl: 'https://evocaapi.tracker-rms.com', widgetUrl: 'https://evoapica.tracker-rms.com', webHost: DEFAULT_WEB_HOSTS.ca },
  global: { restUrl: 'https://evoglapi.tracker-rms.com', widgetUrl: 'https://evoapi.tracker-rms.com', webHost: DEFAULT_WEB_HOSTS.global }
}

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value)
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

/** An http(s) URL without a trailing slash, or a validation error naming the field. */
function cleanBaseUrl(value: string, field: string): string {
  const text = value.trim()
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw validationError(field, `${field} "${text}" is not a web address (expected e.g. https://evoglapi.tracker-rms.com).`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw validationError(field, `${field} must start with https:// (or http:// for a local sandbox), got "${text}".`)
  // Plain http only on this computer: over a network it would carry the token in the clear.
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname))
    throw validationError(field, `${field} must start with https:// — http:// is only for a TrackerRMS sandbox on this computer, got "${text}".`)
  if (url.username || url.password || url.search || url.hash)
    throw validationError(field, `${field} must be a plain address without a user name, query or fragment.`)
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/**
 * The hosts to use. Named regions take their URLs from the table (only the web host may be changed); custom needs
 * both API URLs and defaults the web host to the REST URL's origin (which is right for the local sandbox).
 */
export function resolveEndpoints(input: { region: string; restUrl?: string | null; widgetUrl?: string | null; webHost?: string | null }): TrackerEndpoints {
  const { region } = input
  if (!isRegion(region)) throw validationError('region', `Unknown region "${region}". Use one of: ${REGIONS.join(', ')}.`)
  const webHost = input.webHost ? cleanBaseUrl(input.webHost, 'web-host') : null
  if (region !== 'custom') {
    if (input.restUrl || input.widgetUrl)
      throw validationError('rest-url', `REST and Widget URLs are given only with region "custom"; region "${region}" has fixed hosts.`)
    const hosts = REGION_HOSTS[region]
    return { region, restUrl: hosts.restUrl, widgetUrl: hosts.widgetUrl, webHost: webHost ?? hosts.webHost }
  }
  if (!input.restUrl) throw validationError('rest-url', 'Region "custom" needs the REST URL (rest-url).')
  if (!input.widgetUrl) throw validationError('widget-url', 'Region "custom" needs the Widget URL (widget-url).')
  const restUrl = cleanBaseUrl(input.restUrl, 'rest-url')
  const widgetUrl = cleanBaseUrl(input.widgetUrl, 'widget-url')
  return { region, restUrl, widgetUrl, webHost: webHost ?? new URL(restUrl).origin }
}

/** Joins a base URL (which may carry a path, e.g. the local sandbox's /widget) and an API path. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}
