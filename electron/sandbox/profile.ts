// Switchable answers for everything shared/docs/trackerrms-api.md marks [unknown] (its §7 table). Nothing public
// settles these, so the sandbox can answer each way and the client's tests run against every variant. The default is
// the least friendly plausible variant of each, as §7 says: a client that survives the default survives a lot.

export type WidgetAuthStyle = 'W1' | 'W2' | 'W3' | 'W4' | 'W5' | 'W6'
const WIDGET_AUTH_STYLES: readonly WidgetAuthStyle[] = ['W1', 'W2', 'W3', 'W4', 'W5', 'W6']

export interface SandboxProfile {
  /** Widget auth styles accepted (reference §3 table). [] = none works. Default ['W4', 'W5']. */
  widgetAuth: WidgetAuthStyle[]
  /** Candidate listing (§4.5): 'L1' = Resource/PagedSearch answers (and Resource/Search too); 'L2' = only Resource/Search (PagedSearch → 404 noRoute); 'L3' = as L2, plus Widget getRecords for record type R. Default 'L2'. */
  listing: 'L1' | 'L2' | 'L3'
  /** L1's envelope key. Default 'resources'. */
  listingKey: 'resources' | 'items' | 'data'
  /** Whether REST list rows carry the email and LinkedIn URL. Default false (names only). */
  rowContacts: boolean
  /** How the candidate listings (L1 and L2) treat updatedAfter. Default 'ignored'. */
  updatedAfter: 'ignored' | 'date' | 'datetime'
  /** REST listing pages (L1 and L2). Default 'overlapping'. */
  pagination: 'clean' | 'overlapping' | 'wrap-around'
  /** currentClient on POST /Resource. Default 'dropped' (PATCH /Resource/{id} sets it). */
  currentClientOnCreate: 'kept' | 'dropped'
  /** The create answer's id key. Default 'id'. */
  createIdKey: 'id' | 'resourceId'
  /** The exchange's `expiration`. Default 'no-offset'. */
  expiration: 'offset' | 'no-offset' | 'absent'
  /** What the exchange answers for a token this host never issued (a wrong region). A revoked token is always 401. Default 401. */
  wrongRegion: 401 | 404
  /** resourceApplication for a candidate already on that job's list: 3, or 0 and a SECOND list entry. Default 3. */
  repeatedApplication: 3 | 0
  /** getRecords R rows carry email/linkedin. Default false. */
  getRecordsEmail: boolean
  /** getRecords pagenum base. Default 0 (with base 1, pagenum 0 answers the same as 1). */
  getRecordsPageBase: 0 | 1
}

/** Every allowed value of each scalar dimension (widgetAuth is checked on its own). */
const CHOICES: { [K in Exclude<keyof SandboxProfile, 'widgetAuth'>]: readonly SandboxProfile[K][] } = {
  listing: ['L1', 'L2', 'L3'],
  listingKey: ['resources', 'items', 'data'],
  rowContacts: [false, true],
  updatedAfter: ['ignored', 'date', 'datetime'],
  pagination: ['clean', 'overlapping', 'wrap-around'],
  currentClientOnCreate: ['kept', 'dropped'],
  createIdKey: ['id', 'resourceId'],
  expiration: ['offset', 'no-offset', 'absent'],
  wrongRegion: [401, 404],
  repeatedApplication: [3, 0],
  getRecordsEmail: [false, true],
  getRecordsPageBase: [0, 1]
}

export const DEFAULT_PROFILE: SandboxProfile = Object.freeze({
  widgetAuth: Object.freeze(['W4', 'W5']) as WidgetAuthStyle[],
  listing: 'L2',
  listingKey: 'resources',
  rowContacts: false,
  updatedAfter: 'ignored',
  pagination: 'overlapping',
  currentClientOnCreate: 'dropped',
  createIdKey: 'id',
  expiration: 'no-offset',
  wrongRegion: 401,
  repeatedApplication: 3,
  getRecordsEmail: false,
  getRecordsPageBase: 0
})

/**
 * Named one-dimension variants of the default, for test matrices: every non-default value of every dimension.
 * The two getRecords variants also switch the listing to L3, the only listing where getRecords R answers (without it
 * they would change nothing visible).
 */
export const PROFILE_VARIANTS: Record<string, Partial<SandboxProfile>> = Object.freeze({
  ...Object.fromEntries(WIDGET_AUTH_STYLES.map((style) => [`widget-${style}`, { widgetAuth: [style] }])),
  'widget-none': { widgetAuth: [] },
  'listing-L1-resources': { listing: 'L1', listingKey: 'resources' },
  'listing-L1-items': { listing: 'L1', listingKey: 'items' },
  'listing-L1-data': { listing: 'L1', listingKey: 'data' },
  'listing-L3': { listing: 'L3' },
  'row-contacts': { rowContacts: true },
  'updated-after-date': { updatedAfter: 'date' },
  'updated-after-datetime': { updatedAfter: 'datetime' },
  'pagination-clean': { pagination: 'clean' },
  'pagination-wrap-around': { pagination: 'wrap-around' },
  'current-client-kept': { currentClientOnCreate: 'kept' },
  'create-id-resourceId': { createIdKey: 'resourceId' },
  'expiration-offset': { expiration: 'offset' },
  'expiration-absent': { expiration: 'absent' },
  'wrong-region-404': { wrongRegion: 404 },
  'repeated-application-0': { repeatedApplication: 0 },
  'get-records-email': { listing: 'L3', getRecordsEmail: true },
  'get-records-base-1': { listing: 'L3', getRecordsPageBase: 1 }
} satisfies Record<string, Partial<SandboxProfile>>)

const copy = (profile: SandboxProfile): SandboxProfile => ({ ...profile, widgetAuth: [...profile.widgetAuth] })

/** `change` checked and laid over `base` (a new object; neither input changes). Throws RangeError on a bad key or value. */
export function mergeProfile(base: SandboxProfile, change: Partial<SandboxProfile>): SandboxProfile {
  if (!change || typeof change !== 'object' || Array.isArray(change)) throw new RangeError('A profile change is an object or a variant name.')
  const next = copy(base)
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue
    if (key === 'widgetAuth') {
      if (!Array.isArray(value) || !value.every((s) => (WIDGET_AUTH_STYLES as readonly unknown[]).includes(s)))
        throw new RangeError(`widgetAuth must be a list of ${WIDGET_AUTH_STYLES.join(', ')} (or empty).`)
      next.widgetAuth = WIDGET_AUTH_STYLES.filter((style) => value.includes(style))
      continue
    }
    const choices = (CHOICES as Record<string, readonly unknown[]>)[key]
    if (!choices) throw new RangeError(`Unknown profile setting "${key}".`)
    if (!choices.includes(value))
      throw new RangeError(`${key} must be one of ${choices.map((c) => JSON.stringify(c)).join(', ')}, got ${JSON.stringify(value)}.`)
    ;(next as unknown as Record<string, unknown>)[key] = value
  }
  return next
}

/** The variants named in "a,b,c" (or "default"), applied in order onto the default. */
function fromNames(names: string): SandboxProfile {
  let profile = copy(DEFAULT_PROFILE)
  for (const name of names
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)) {
    if (name === 'default') continue
    const variant = Object.prototype.hasOwnProperty.call(PROFILE_VARIANTS, name) ? PROFILE_VARIANTS[name] : undefined
    if (!variant) throw new RangeError(`Unknown sandbox profile "${name}": use default or one of ${Object.keys(PROFILE_VARIANTS).join(', ')}.`)
    profile = mergeProfile(profile, variant)
  }
  return profile
}

/** A full profile from a variant name (or a comma-separated list of them, applied in order) or a partial. */
export function resolveProfile(input?: Partial<SandboxProfile> | string): SandboxProfile {
  if (input === undefined) return copy(DEFAULT_PROFILE)
  return typeof input === 'string' ? fromNames(input) : mergeProfile(DEFAULT_PROFILE, input)
}
