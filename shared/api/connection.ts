// The TrackerRMS connection: what the Connect / Settings screen shows and does. The API token travels in ONE
// direction only, renderer -> main, in 'connection.connect'; no call ever returns it (or the JWT).
import { z } from 'zod'
import { REGIONS, type Region } from '../domain'
import type { ErrorCode, ErrorInfo } from '../errors'
import { call } from './define'
import { noInput, text } from './fields'

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
  /** The owner TrackerRMS shows on every record Tracker Sync creates. */
  connectedBy: string | null
  tokenStore: 'keychain' | 'environment'
  /** The auth problem last seen (e.g. the token was revoked); null when fine. The queue waits while it is set. */
  problem: ErrorInfo | null
}

/** The connection as the Connect / Settings screen shows it. */
export interface ConnectionView extends ConnectionInfo {
  regions: RegionOption[]
  /** "Connect as" defaults to this (the operating system's user name). */
  defaultOwner: string
  /** The in-process demo TrackerRMS: running now, and whether this data folder is connected to it. */
  demo: { running: boolean; connected: boolean }
}

export type HealthCapability = 'reach' | 'auth' | 'jobs' | 'candidates' | 'widget'

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
}

/** An address typed by the user; the core checks it is http(s) and plain. */
const address = text(500).trim().nullable().optional()

export const connectionCalls = {
  'connection.get': call<ConnectionView>()(noInput, 'The TrackerRMS connection: region, hosts, owner, since when, any auth problem; the regions to choose from.'),
  'connection.connect': call<ConnectionView>()(
    z.strictObject({
      region: z.enum(REGIONS),
      restUrl: address,
      widgetUrl: address,
      webHost: address,
      connectedBy: text(200).trim().nullable().optional(),
      token: z
        .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
        .min(1, 'The API token is empty. Copy it from TrackerRMS: Tools & Settings > Security Settings > API.')
        .max(500, 'The API token is longer than 500 characters: copy only the token itself.')
    }),
    'Checks the API token with TrackerRMS, then keeps it in the system keychain. The token is never sent back.'
  ),
  'connection.disconnect': call<ConnectionView>()(noInput, 'Forgets the token and stops automatic exports; jobs, candidates, the ledger and the queue stay.'),
  'connection.health': call<HealthReport>()(noInput, 'Checks reaching TrackerRMS, signing in, reading jobs and candidates, and the Widget API, with the fix for each failure.'),
  'connection.tryDemo': call<ConnectionView>()(noInput, 'Starts the demo TrackerRMS on this computer and connects to it (no TrackerRMS account needed).')
}
