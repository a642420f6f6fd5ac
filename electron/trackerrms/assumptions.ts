// Every choice that the API reference (shared/docs/trackerrms-api.md) marks [assumed], or that it leaves open, in
// one place. Nothing public settles these, so each must stay easy to change, and healthCheck (health.ts) probes the
// ones a live account can show: the Widget auth style, the Resource/PagedSearch envelope and the updated-time field.
// The sandbox (electron/sandbox) imitates exactly these choices.

/** Rows per page on the search endpoints, whatever pageSize says [observed]. A bare-array page this long may have a successor. */
export const PAGE_SIZE = 10

/** Re-exchange the API token when the JWT has less than this left [reference §2]. */
export const JWT_REFRESH_MARGIN_MS = 60 * 60 * 1000

/** When the exchange names no expiry and the JWT carries no `exp`, assume it lives this long [assumed]. */
export const JWT_FALLBACK_LIFETIME_MS = 60 * 60 * 1000

/** REST paths [observed]: PascalCase under /api/v1; the exchange is /api/Auth/ExchangeToken. */
export const REST_PATHS = {
  exchange: '/api/Auth/ExchangeToken',
  opportunity: (id: number) => `/api/v1/Opportunity/${id}`,
  opportunitySearch: '/api/v1/Opportunity/PagedSearch',
  resource: (id: number) => `/api/v1/Resource/${id}`,
  resourceSearch: '/api/v1/Resource/PagedSearch',
  resourceCreate: '/api/v1/Resource'
} as const

/** Widget operations are POSTed to {widget}/api/widget/{operation} [doc]. */
export const WIDGET_PATH = (operation: string) => `/api/widget/${operation}`

/**
 * [assumed] Widget calls send the API token as an OAuth bearer (`Authorization: Bearer <API token>`) and no
 * `credentials` block. Probed by the health check's Widget item (a checkPerson call).
 */
export const WIDGET_AUTH = 'bearer-api-token' as const

/**
 * [assumed] Widget errors travel in `status` with HTTP 200. Status 1 (user not found) and 2 (user not active) are
 * about the user the token belongs to, so they are auth errors; every other status ≠ 0 is a rejection.
 */
export const WIDGET_AUTH_STATUSES: readonly number[] = [1, 2]

/**
 * [assumed] resourceApplication answering 3 ("record exists and cannot be overwritten") means the candidate is already
 * on that job's list: the wanted outcome, so it counts as success. This makes addToOpportunity safe to retry.
 */
export const WIDGET_ALREADY_EXISTS = 3

/** [assumed] attachDocument: the record fields go in `instructions`, the file name and base64 bytes in `file`. */
export const ATTACH_DOCUMENT = { recordType: 'R', documentType: 'Resume', primary: 'y' } as const

/** [assumed] The harmless Widget call the health check makes: checkPerson for an address that cannot exist. */
export const HEALTH_PROBE_EMAIL = 'health-check@tracker-sync.invalid'

/** [assumed] Resource/PagedSearch answers `{ resources, totalCount, totalPages, hasNextPage }`; a bare array is accepted too. */
export const RESOURCE_PAGE_KEY = 'resources'
/** [observed] Opportunity/PagedSearch answers `{ opportunities, totalCount, totalPages, hasNextPage }`. */
export const OPPORTUNITY_PAGE_KEY = 'opportunities'

/** [assumed] The field that holds a resource's id: the first of these present. */
export const RESOURCE_ID_FIELDS = ['resourceId', 'id'] as const

/**
 * [assumed] The field that says when TrackerRMS last changed a resource: the first of these present. The sandbox
 * sends `lastUpdated`. The delta crawl (`updatedAfter`) depends on it; the health check warns when none is present.
 */
export const RESOURCE_UPDATED_FIELDS = ['lastUpdated', 'dateUpdated', 'updatedAt', 'modifiedDate', 'lastModified'] as const

/** [assumed] `updatedAfter` is sent as full ISO-8601 UTC (the reference allows YYYY-MM-DD or ISO). */
export const UPDATED_AFTER_FORMAT = 'iso' as const

/** [assumed] The web-app host per region, only to prefill the connect form (the user can change it). */
export const DEFAULT_WEB_HOSTS = {
  us: 'https://usevo1.tracker-rms.com',
  ca: 'https://evoca.tracker-rms.com',
  global: 'https://evouk.tracker-rms.com'
} as const

/** Who the Widget records as having put a candidate on a job list [doc example: "user"]. */
export const SHORTLISTED_BY = 'user'
