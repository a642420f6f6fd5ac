// Every shape of the TrackerRMS API that the client relies on, in one place, each with its evidence from
// shared/docs/trackerrms-api.md: [doc] a TrackerRMS lesson, [observed] public client code that called the live
// service, [unknown] nothing settles it (the client probes and adapts; connect records what it found in the
// connection profile, and `probe --out` records the raw replies). Field names are read case-insensitively (fields.ts).

/** Rows per page on the REST searches, whatever pageSize says [observed, §4.8]. */
export const LIST_PAGE_ROWS = 10
/** Rows a Widget getRecords call asks for: the lesson's sample value; any larger maximum is [unknown] (§4.5). */
export const GET_RECORDS_PAGE_ROWS = 100

/** Re-exchange the API token when the JWT has less than this left, or half its lifetime if that is shorter (§2). */
export const JWT_REFRESH_MARGIN_MS = 60 * 60 * 1000
/**
 * When the exchange names no expiry and the JWT carries no `exp` [unknown]. Must stay well above the refresh margin:
 * with fallback ≤ margin a JWT is never fresh enough and every call would re-exchange (§2, "latent bug class").
 */
export const JWT_FALLBACK_LIFETIME_MS = 6 * 60 * 60 * 1000

/** REST paths: PascalCase under /api/v1 [observed]; matched case-insensitively by TrackerRMS [observed]. */
export const REST_PATHS = {
  exchange: '/api/Auth/ExchangeToken', // [doc 1273, observed]
  swagger: '/swagger/v1/swagger.json', // [unknown]: the usual path
  opportunity: (id: number) => `/api/v1/Opportunity/${id}`, // [observed]
  opportunitySearch: '/api/v1/Opportunity/PagedSearch', // [observed]
  resource: (id: number) => `/api/v1/Resource/${id}`, // [observed] GET, PATCH, DELETE
  resourceCreate: '/api/v1/Resource', // [observed]
  resourcePagedSearch: '/api/v1/Resource/PagedSearch', // L1 [unknown]
  resourceSearch: '/api/v1/Resource/Search', // L2 [observed]
  resourceDocuments: (id: number) => `/api/v1/Resource/${id}/Documents`, // [observed]
  opportunityResourceSearch: '/api/v1/OpportunityResource/Search' // [observed]
} as const

/** Widget operations are POSTed to {widget}/api/widget/{operation} [doc 355]. */
export const WIDGET_PATH = (operation: string) => `/api/widget/${operation}`

/** Widget statuses [doc 1123–1125]: replies come with HTTP 200 even on failure [observed]. */
export const WIDGET_STATUS = { ok: 0, userNotFound: 1, userNotActive: 2, exists: 3, invalid: 99 } as const
/** 1 and 2 refuse the credentials (this style), never the REST token (§3). */
export const WIDGET_AUTH_STATUSES: readonly number[] = [WIDGET_STATUS.userNotFound, WIDGET_STATUS.userNotActive]

/** attachDocument's `file` block [doc 1125]: lower-case document types; the file name's extension sets the type. */
export const ATTACH_DOCUMENT = { recordType: 'R', documentType: 'resume', primary: 'y' } as const

/** Who the Widget records as having put a candidate on a job list [doc 1124: "user" or "resource"]. */
export const SHORTLISTED_BY = 'user'

/** checkPerson for this address when there is no login email to look up (it cannot exist: .invalid). */
export const HEALTH_PROBE_EMAIL = 'health-check@tracker-sync.invalid'

// ---- Field names, first present wins (case-insensitive) ----

/** A candidate's id: `resourceId` in rows and records [observed], `id` in Widget rows [doc 361]. */
export const RESOURCE_ID_FIELDS = ['resourceId', 'id'] as const
/** The create answer's id [observed `id`; `resourceId` accepted]. */
export const CREATE_ID_FIELDS = ['id', 'resourceId'] as const
/** `firstname` (rows) and `firstName` (records) [observed, §4.6]. */
export const FIRST_NAME_FIELDS = ['firstName'] as const
export const SURNAME_FIELDS = ['surname', 'lastName'] as const
/** A whole name when a row carries one (Widget rows: `name`) [§4.6]. */
export const FULL_NAME_FIELDS = ['fullName', 'name', 'resourceName', 'displayAs'] as const
/** Nested under contactDetails on records [observed]; flat on some rows [unknown]. */
export const CONTACT_GROUP_FIELDS = ['contactDetails'] as const
export const EMAIL_FIELDS = ['email', 'emailAddress'] as const
export const PHONE_FIELDS = ['mobilePhone', 'cell', 'cellphone', 'telephone', 'phone'] as const
export const LINKEDIN_FIELDS = ['linkedInUrl', 'linkedin', 'linkedInProfile'] as const
/** Address: `town` (city) and `county` (state/region) [observed, §4.3]; city/state only as a fallback. */
export const ADDRESS_GROUP_FIELDS = ['address'] as const
export const TOWN_FIELDS = ['town', 'city'] as const
export const COUNTY_FIELDS = ['county', 'state'] as const
/**
 * When TrackerRMS last changed a record [§4.7]: `lastUpdatedDateTime` [observed, jobs] (its lower-case form is the
 * Widget's [doc 361]), `lastupdated` [doc 1127], then other common names, then the creation time.
 */
export const CHANGE_TIME_FIELDS = ['lastUpdatedDateTime', 'lastUpdated', 'dateUpdated', 'modifiedDate', 'creationDate', 'dateCreated'] as const

/** A list's rows: a bare array, or the first array under one of these keys [§4.5]. */
export const LIST_ENVELOPE_KEYS = ['resources', 'items', 'data', 'results', 'value', 'records'] as const
export const OPPORTUNITY_ENVELOPE_KEYS = ['opportunities', ...LIST_ENVELOPE_KEYS] as const
export const TOTAL_FIELDS = ['totalCount', 'totalRecords'] as const

/** The web-app host per region, only until checkPerson's recordLink names the real one (§1). */
export const DEFAULT_WEB_HOSTS = {
  us: 'https://usevo1.tracker-rms.com', // [doc 363]
  ca: 'https://evoca.tracker-rms.com', // [unknown]: no Canadian web host has been seen anywhere
  global: 'https://evouk.tracker-rms.com' // [observed]
} as const
