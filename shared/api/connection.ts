// The TrackerRMS connection: what the Connect / Settings screen shows and does. The API token travels in ONE
// direction only, renderer -> main, in 'connection.connect'; no call ever returns it (or the JWT).
import { z } from 'zod'
import { REGIONS, type Region } from '../domain'
import type { ErrorCode, ErrorInfo } from '../errors'
import { call } from './define'
import { id, noInput, text } from './fields'
import type { FileRef } from './files'

/** A region the user can pick, with the hosts it stands for (custom: the user enters them). */
export interface RegionOption {
  region: Region
  label: string
  restUrl: string | null
  widgetUrl: string | null
  /** The TrackerRMS web app's address for this region, prefilled in the form. */
  webHost: string | null
}

/** The connection as the core keeps it (settings, token store, the auth problem last seen). */
export interface ConnectionInfo {
  connected: boolean
  region: Region | null
  regionLabel: string | null
  restUrl: string | null
  widgetUrl: string | null
  /** The web app the user logs in to (record links). */
  webHost: string | null
  connectedAt: string | null
  /** Who connected: recorded in the ledger as who sent each candidate. */
  connectedBy: string | null
  /** The user's TrackerRMS login email: the Widget API signs in with it. */
  loginEmail: string | null
  /** Whether a Widget API key is kept (the key itself never leaves the main process). */
  hasWidgetKey: boolean
  tokenStore: 'keychain' | 'environment'
  /** Connected, but the keychain has no token for this data folder (removed by hand or by another program). */
  tokenMissing: boolean
  /** What connecting learned about this account (null before the first connect of this version). */
  profile: ConnectionProfile | null
  /** The auth problem last seen (e.g. the token was revoked); null when fine. The queue waits while it is set. */
  problem: ErrorInfo | null
}

/** The connection as the Connect / Settings screen shows it. */
export interface ConnectionView extends ConnectionInfo {
  regions: RegionOption[]
  /** The in-process demo TrackerRMS: running now, and whether this data folder is connected to it. */
  demo: { running: boolean; connected: boolean }
}

/**
 * The ways Tracker Sync can sign in to the Widget API (reference §3), in the order connect tries them. The lessons
 * put a `credentials` block in the body; one method per call. W3 (the user's TrackerRMS password) is never used:
 * Tracker Sync does not ask for or keep passwords.
 */
export const WIDGET_AUTH_STYLES = [
  'rest-token-apikey', // W6: login email + the REST API token as apikey [unknown]
  'rest-token-bearer', // W6: the REST API token as a bearer header [unknown]
  'widget-key-apikey', // W4: login email + the Widget API key [doc]
  'widget-key-only', // W5: the Widget API key alone; TrackerRMS acts as the system administrator [doc]
  'widget-key-oauthtoken', // W2: login email + the key as an OAuth token in the body [doc]
  'widget-key-bearer' // W1: the key as an OAuth bearer header [doc]
] as const
export type WidgetAuthStyle = (typeof WIDGET_AUTH_STYLES)[number]

export const WIDGET_AUTH_STYLE_LABELS: Record<WidgetAuthStyle, string> = {
  'rest-token-apikey': 'TrackerRMS login + the REST API token as the Widget key',
  'rest-token-bearer': 'the REST API token as a bearer header',
  'widget-key-apikey': 'TrackerRMS login + the Widget API key',
  'widget-key-only': 'the Widget API key alone (acts as the system administrator)',
  'widget-key-oauthtoken': 'TrackerRMS login + the Widget key as an OAuth token',
  'widget-key-bearer': 'the Widget key as an OAuth bearer header'
}

/** One sign-in style tried against the Widget API, and what TrackerRMS answered. */
export interface WidgetAuthAttempt {
  style: WidgetAuthStyle
  httpStatus: number | null
  widgetStatus: number | null
  message: string
}

/** The candidate listings the reference knows (§4.5): REST PagedSearch, REST Search, Widget getRecords. */
export type ListingVariant = 'L1' | 'L2' | 'L3'

export const LISTING_LABELS: Record<ListingVariant, string> = {
  L1: 'Resource/PagedSearch (10 a page)',
  L2: 'Resource/Search (10 a page)',
  L3: 'Widget getRecords (100 a page)'
}

/**
 * What connecting learned about this TrackerRMS account: the answers to the reference's [unknown]s. Kept in
 * settings (no secret in it), shown in Settings and `health --json`, and read by the client to pick its calls.
 */
export interface ConnectionProfile {
  learnedAt: string
  /** How the session JWT's expiry was read: the exchange's `expiration`, the JWT's `exp`, or the 6-hour fallback. */
  session: { expirySource: 'expiration' | 'jwt-exp' | 'fallback' | null; expirationHasOffset: boolean | null }
  /** Whether {rest}/swagger/v1/swagger.json answered, and the Resource/Opportunity paths it lists. */
  swagger: { available: boolean; paths: string[] }
  listing: {
    /** The listing in use (L3 when the Widget's getRecords answers with ids and names: 100 a page instead of 10). */
    variant: ListingVariant | null
    /** The REST listing behind it (used when the Widget cannot be). */
    restVariant: Exclude<ListingVariant, 'L3'> | null
    /** The key the rows came under; null for a bare array. */
    envelopeKey: string | null
    rowsCarryEmail: boolean | null
    rowsCarryLinkedIn: boolean | null
    /** The change-time field rows carry (deltas and "ours after an interrupted create" need none of it, but deltas read it). */
    changeTimeField: string | null
    /** The listing in use, asked for changes after tomorrow: nothing came (honoured), rows came (ignored), or no rows exist at all. */
    updatedAfter: 'honoured' | 'ignored' | 'unknown'
    /** The same for the REST listing (it is sent `updatedAfter` only when honoured). */
    restUpdatedAfter: 'honoured' | 'ignored' | 'unknown'
    /** getRecords' first page number (L3 only). */
    pageBase: 0 | 1 | null
  }
  widget: {
    /** The style every Widget call uses unless perOperation says otherwise; null: none works. */
    style: WidgetAuthStyle | null
    /** Operations that answered 1/2 to the default style and work with another. */
    perOperation: Record<string, WidgetAuthStyle>
    tried: WidgetAuthAttempt[]
    hadWidgetKey: boolean
    hadLoginEmail: boolean
  }
  /** The TrackerRMS web app's address, from checkPerson's recordLink. */
  webHost: string | null
  /** Whether POST /Resource keeps `currentClient` (else it is PATCHed after each create). Learned at the first create. */
  currentClientOnCreate: 'kept' | 'dropped' | null
  /** Whether TrackerRMS kept the free-text `source` "Tracker Sync". Learned at the first create. */
  sourceKept: boolean | null
}

export type HealthCapability = 'reach' | 'auth' | 'jobs' | 'candidates' | 'deltas' | 'duplicates' | 'widget'

export interface HealthItem {
  capability: HealthCapability
  label: string
  ok: boolean
  /** Why it failed, in plain words. */
  reason?: string
  /** What the user can do about it. */
  fix?: string
  /** What was seen when it worked (e.g. "12 open jobs"), or a caveat about an [assumed] API detail. */
  detail?: string
  /** For a failure: the error class behind it (auth, offline, transient, rate_limited, rejected, not_found). */
  errorCode?: ErrorCode
}

export interface HealthReport {
  ok: boolean
  items: HealthItem[]
  /** What this check learned (also stored as the connection's profile); null when signing in failed. */
  profile: ConnectionProfile | null
}

/** An address typed by the user; the core checks it is http(s) and plain. */
const address = text(500).trim().nullable().optional()

export const connectionCalls = {
  'connection.get': call<ConnectionView>()(
    noInput,
    'The TrackerRMS connection: region, hosts, owner, since when, any auth problem; the regions to choose from.'
  ),
  'connection.connect': call<ConnectionView>()(
    z.strictObject({
      region: z.enum(REGIONS),
      restUrl: address,
      widgetUrl: address,
      webHost: address,
      connectedBy: text(200).trim().nullable().optional(),
      loginEmail: text(320).trim().nullable().optional(),
      /** Absent: keep the key stored for this TrackerRMS; null: remove it; text: the new key. */
      widgetKey: z
        .string({ error: 'must be text' })
        .max(500, 'The Widget API key is longer than 500 characters: copy only the key itself.')
        .nullable()
        .optional(),
      token: z
        .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
        .min(1, 'The API token is empty. Copy it from TrackerRMS: Tools & Settings > Security Settings > API.')
        .max(500, 'The API token is longer than 500 characters: copy only the token itself.')
    }),
    'Checks the API token with TrackerRMS, learns what the account supports, then keeps the token (and any Widget API key) in the system keychain. Neither is ever sent back.'
  ),
  'connection.disconnect': call<ConnectionView>()(noInput, 'Forgets the token and stops automatic exports; jobs, candidates, the ledger and the queue stay.'),
  'connection.health': call<HealthReport>()(
    noInput,
    'Checks reaching TrackerRMS, signing in, reading jobs and candidates, and the Widget API, with the fix for each failure.'
  ),
  'connection.tryDemo': call<ConnectionView>()(noInput, 'Starts the demo TrackerRMS on this computer and connects to it (no TrackerRMS account needed).'),
  'connection.report': call<FileRef & { steps: number; failedSteps: string[] }>()(
    z.strictObject({ createTestRecords: z.boolean({ error: 'must be true or false' }), trackerJobId: id.nullable().optional() }),
    'A connection report to send to support: the first-contact calls, each request and raw reply with secrets and personal data removed. With createTestRecords it also creates (and deletes) one test candidate.'
  )
}
