// The TrackerRMS connection: connect (verify by exchange BEFORE storing anything), disconnect, the one client of the
// core, its health, and the connection state the sync engine follows.
//
//   core.connection.connect({ region, restUrl?, widgetUrl?, webHost?, connectedBy?, loginEmail?, widgetKey?, token })
//                                                     → Promise<ConnectionInfo>  (verifies, discovers, then stores)
//   core.connection.disconnect(): Promise<ConnectionInfo>
//   core.connection.info(): ConnectionInfo            (sync; reads settings)
//   core.connection.isConnected(): boolean
//   core.connection.client(): TrackerHttpClient       (sync; throws AppError 'conflict' when not connected)
//   core.connection.health(): Promise<HealthReport>   (throws 'conflict' when not connected)
//   core.connection.throttleStatus(): ThrottleStatus
//   core.connection.checkToken(): Promise<void>       (is the token really in the keychain? a problem if not)
//   core.connection.onChange(listener: (info: ConnectionInfo) => void): () => void
// Every change (connect, disconnect, an auth error seen, auth working again) also goes out as the core event
// 'connection.changed' { connected, problem }: the queue pauses while `problem` is an auth error and resumes when
// it is null again.
import type { ConnectionInfo, ConnectionProfile } from '../../shared/api/connection'
import { AppError, conflict, validationError, type ErrorInfo } from '../../shared/errors'
import { accountFor, SecretStoreError } from '../secrets'
import { createTrackerClient, type TrackerClientOptions, type TrackerHttpClient } from '../trackerrms/client'
import { TrackerError } from '../trackerrms/errors'
import { isRegion, REGION_HOSTS, REGION_LABELS, resolveEndpoints, type TrackerEndpoints } from '../trackerrms/regions'
import { RequestThrottle } from '../trackerrms/throttle'
import type { HealthReport, ThrottleStatus } from '../trackerrms/types'
import { runConnectionProbe, type ConnectionReport } from '../trackerrms/probe'
import type { CoreContext } from '../lib/context'
import type { KeychainEntries } from './keychain-entries'
import type { SettingsService } from './settings-service'

export interface ConnectInput {
  region: string
  /** Only for region "custom". */
  restUrl?: string | null
  widgetUrl?: string | null
  /** The web app the user logs in to (record links); prefilled from the region. */
  webHost?: string | null
  /** Who connects (the ledger's "synced by"); defaults to the OS user name (or, on a reconnect, the previous one). */
  connectedBy?: string | null
  /** The TrackerRMS login email (the Widget's username); taken from connectedBy's "<email>" when not given. */
  loginEmail?: string | null
  /** Absent: keep the key stored for this TrackerRMS; null or empty: remove it; text: the new key. */
  widgetKey?: string | null
  token: string
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

/** The login email: given, else the "<email>" of "Name <email>", else a bare email given as the name. */
function loginEmailOf(input: { loginEmail?: string | null; connectedBy?: string | null }): string | null {
  const given = input.loginEmail?.trim()
  if (given) {
    if (!EMAIL.test(given)) throw validationError('loginEmail', `"${given}" is not an email address: give the email you log in to TrackerRMS with.`)
    return given
  }
  const by = input.connectedBy?.trim() ?? ''
  const angle = /<([^<>]+)>\s*$/.exec(by)?.[1]?.trim()
  if (angle && EMAIL.test(angle)) return angle
  return EMAIL.test(by) ? by : null
}

function readProfile(raw: string | null): ConnectionProfile | null {
  if (!raw) return null
  try {
    return JSON.parse(raw) as ConnectionProfile
  } catch {
    return null
  }
}

/** Tuning for tests, benchmarks and the queue: retry counts and delays, and the throttle window. */
export interface ConnectionOptions {
  client?: Pick<TrackerClientOptions, 'retry' | 'refreshMarginMs' | 'maxResponseBytes' | 'random'>
  /** The throttle counts requests-per-minute over this window (60 000 ms; tests shorten it). */
  throttleWindowMs?: number
}

export type ConnectionService = ReturnType<typeof createConnectionService>

/** What status, the queue and the screens say when the settings say connected but the keychain has no token. */
function tokenMissingMessage(restUrl: string, entry: string): string {
  const host = new URL(restUrl).host
  const demo = /^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)
    ? ' (The demo TrackerRMS keeps its token in memory only while the app runs it: open the app to use the demo.)'
    : ''
  return (
    `Connected to TrackerRMS at ${host}, but the token is missing from the system keychain (no entry "${entry}"): ` +
    `reconnect with \`connect\` (in the app: Settings > TrackerRMS > Reconnect). Queued exports wait until then.${demo}`
  )
}

export function createConnectionService(ctx: CoreContext, settings: SettingsService, entries: KeychainEntries, options: ConnectionOptions = {}) {
  // ONE throttle per core: every call (queue, health, CLI, UI) shares it; limit and timeout are read live.
  const throttle = new RequestThrottle({ limit: () => settings.get('requests-per-minute'), windowMs: options.throttleWindowMs })
  let current: { key: string; client: TrackerHttpClient } | null = null
  let problem: ErrorInfo | null = null
  /** Whether a Widget API key is stored: known after connect, or after the live client first read the keychain. */
  let hasWidgetKey = false
  /** The settings say connected but the keychain had no token at the last look (a read, or checkToken). */
  let tokenMissing = false
  const listeners = new Set<(info: ConnectionInfo) => void>()
  const hostListeners = new Set<(from: string, to: string) => void>()

  const value = (key: Parameters<SettingsService['connectionValue']>[0]) => settings.connectionValue(key)
  const keyOf = (restUrl: string, widgetUrl: string, connectedAt: string) => `${restUrl}|${widgetUrl}|${connectedAt}`

  function info(): ConnectionInfo {
    const region = value('region')
    const connectedAt = value('connected-at')
    const profile = readProfile(value('connection-profile'))
    return {
      connected: connectedAt !== null,
      region: region && isRegion(region) ? region : null,
      regionLabel: region && isRegion(region) ? REGION_LABELS[region] : null,
      restUrl: value('rest-url'),
      widgetUrl: value('widget-url'),
      webHost: value('web-host'),
      connectedAt,
      connectedBy: value('connected-by'),
      loginEmail: value('login-email'),
      hasWidgetKey: hasWidgetKey || !!profile?.widget.hadWidgetKey,
      tokenStore: ctx.secrets.kind,
      tokenMissing: tokenMissing && connectedAt !== null,
      profile,
      problem
    }
  }

  function emit(): void {
    const now = info()
    ctx.events.emit('connection.changed', { connected: now.connected, problem: now.problem })
    for (const listener of listeners) {
      try {
        listener(now)
      } catch (error) {
        ctx.log.warn('connection.listener_failed', { error })
      }
    }
  }

  function setProblem(next: ErrorInfo | null): void {
    if ((problem === null && next === null) || (problem && next && problem.code === next.code)) return
    problem = next
    if (next) ctx.log.warn('connection.auth_problem', { message: next.message })
    else ctx.log.info('connection.auth_ok')
    emit()
  }

  /** This folder's secret from the keychain (or the environment), read when a call needs it. */
  const stored = (which: 'token' | 'widgetKey', restUrl: string, onRead?: (found: boolean) => void) => async () => {
    try {
      const secret = await entries.read(which, restUrl)
      ctx.log.redactor.add(secret)
      onRead?.(!!secret)
      return secret
    } catch (error) {
      if (error instanceof SecretStoreError) throw new TrackerError('auth', error.message)
      throw error
    }
  }

  /** The token of the connection in use: its absence from the keychain is an auth problem that says so. */
  const storedToken = (restUrl: string) => async () => {
    const token = await stored('token', restUrl)()
    tokenMissing = token === null && ctx.secrets.kind === 'keychain'
    if (tokenMissing) throw new TrackerError('auth', tokenMissingMessage(restUrl, entries.names(restUrl).token))
    return token
  }

  interface ClientSetup {
    token: TrackerClientOptions['token']
    widgetKey: TrackerClientOptions['widgetKey']
    loginEmail: string | null
    profile: ConnectionProfile | null
    /** Where learned profile changes go: the settings row for the live client; nowhere for one being verified. */
    persist: boolean
  }

  function buildClient(endpoints: Pick<TrackerEndpoints, 'restUrl' | 'widgetUrl'>, setup: ClientSetup): TrackerHttpClient {
    // Only the live client reports auth problems: a failed connect attempt must not pause a working connection.
    const isLive = () => current?.client === client
    const client: TrackerHttpClient = createTrackerClient({
      restUrl: endpoints.restUrl,
      widgetUrl: endpoints.widgetUrl,
      token: setup.token,
      widgetKey: setup.widgetKey,
      loginEmail: setup.loginEmail,
      profile: setup.profile,
      onProfile: (profile) => (setup.persist || isLive()) && settings.setConnectionValues({ 'connection-profile': JSON.stringify(profile) }),
      fetch: ctx.fetch,
      throttle,
      timeoutMs: () => settings.get('request-timeout-seconds') * 1000,
      redactor: ctx.log.redactor,
      log: ctx.log,
      ...options.client,
      onAuthError: (error) => isLive() && setProblem(error.toInfo()),
      onAuthOk: () => isLive() && setProblem(null)
    })
    return client
  }

  function client(): TrackerHttpClient {
    const restUrl = value('rest-url')
    const widgetUrl = value('widget-url')
    const connectedAt = value('connected-at')
    if (!connectedAt || !restUrl || !widgetUrl)
      throw conflict('Not connected to TrackerRMS. Connect first (Settings > TrackerRMS, or the CLI command "connect").')
    const key = keyOf(restUrl, widgetUrl, connectedAt)
    if (current?.key !== key)
      current = {
        key,
        client: buildClient(
          { restUrl, widgetUrl },
          {
            token: storedToken(restUrl),
            widgetKey: stored('widgetKey', restUrl, (found) => (hasWidgetKey = found)),
            loginEmail: value('login-email'),
            profile: readProfile(value('connection-profile')),
            persist: true
          }
        )
      }
    return current.client
  }

  return {
    info,
    isConnected: () => value('connected-at') !== null,
    client,
    throttleStatus: (): ThrottleStatus => throttle.status(),

    async connect(input: ConnectInput): Promise<ConnectionInfo> {
      const endpoints = resolveEndpoints(input)
      const token = (input.token ?? '').trim()
      if (!token) throw validationError('token', 'The API token is empty. Copy it from TrackerRMS: Tools & Settings > Security Settings > API.')
      if (/\s/.test(token)) throw validationError('token', 'The API token contains spaces or line breaks: copy only the token itself.')
      const newKey = input.widgetKey === undefined ? undefined : input.widgetKey?.trim() || null
      if (newKey && /\s/.test(newKey)) throw validationError('widgetKey', 'The Widget API key contains spaces or line breaks: copy only the key itself.')
      const before = info()
      const sameHost = before.restUrl !== null && accountFor(before.restUrl) === accountFor(endpoints.restUrl)
      // A reconnect on the same TrackerRMS (a new token) keeps the login email unless another is given.
      const loginEmail = loginEmailOf(input) ?? (sameHost ? before.loginEmail : null)
      ctx.log.redactor.add(token)
      ctx.log.redactor.add(newKey)
      const fromEnvironment = (which: 'token' | 'widgetKey') => entries.read(which, endpoints.restUrl)
      if (ctx.secrets.kind === 'environment' && (await fromEnvironment('token')) !== token)
        throw validationError('token', 'TRACKER_SYNC_TOKEN is set and overrides the keychain: connect with that same token, or unset it to use another.')
      if (ctx.secrets.kind === 'environment' && newKey !== undefined && (await fromEnvironment('widgetKey')) !== newKey)
        throw validationError(
          'widgetKey',
          'TRACKER_SYNC_TOKEN is set, so the Widget API key comes from TRACKER_SYNC_WIDGET_KEY: set it there (or unset both to use the keychain).'
        )
      // No key given: the one kept for this TrackerRMS stays in use.
      const widgetKey = newKey !== undefined ? newKey : sameHost || ctx.secrets.kind === 'environment' ? await stored('widgetKey', endpoints.restUrl)() : null

      // Verify first: nothing is stored unless TrackerRMS accepts the token on these hosts. Then learn the account.
      const verified = buildClient(endpoints, { token, widgetKey, loginEmail, profile: null, persist: false })
      await verified.exchange()
      let profile: ConnectionProfile | null = null
      try {
        profile = await verified.discover()
      } catch (error) {
        // The token works; what could not be learned now is learned as the client goes (and by the health check).
        if (error instanceof TrackerError && error.code === 'auth') throw error
        ctx.log.warn('connection.discovery_failed', { error })
      }

      // Only this folder's entries: another data folder connected to the same TrackerRMS keeps its own.
      const own = entries.names(endpoints.restUrl)
      try {
        if (before.restUrl && !sameHost) {
          const old = entries.names(before.restUrl)
          await ctx.secrets.delete(old.token)
          await ctx.secrets.delete(old.widgetKey)
        }
        await ctx.secrets.set(own.token, token)
        if (widgetKey) await ctx.secrets.set(own.widgetKey, widgetKey)
        else if (newKey === null || !sameHost) await ctx.secrets.delete(own.widgetKey)
      } catch (error) {
        throw new AppError('conflict', error instanceof Error ? error.message : String(error))
      }
      entries.settle()
      hasWidgetKey = !!widgetKey
      tokenMissing = false
      const reconnect = before.connected && sameHost
      const connectedAt = reconnect && before.connectedAt ? before.connectedAt : ctx.now()
      // Who sends, as the ledger records it: the name given, else the TrackerRMS login; never the computer's login
      // name ("root" is nobody a colleague would recognise).
      const connectedBy = (input.connectedBy?.trim() || (reconnect ? before.connectedBy : null) || loginEmail || null)?.slice(0, 200) ?? null
      // The web app's real address comes from TrackerRMS itself (checkPerson's recordLink) unless the user typed one.
      const regionDefault = endpoints.region === 'custom' ? new URL(endpoints.restUrl).origin : REGION_HOSTS[endpoints.region].webHost
      const webHost = profile?.webHost && (!input.webHost || endpoints.webHost === regionDefault) ? profile.webHost : endpoints.webHost
      settings.setConnectionValues({
        region: endpoints.region,
        'rest-url': endpoints.restUrl,
        'widget-url': endpoints.widgetUrl,
        'web-host': webHost,
        'connected-at': connectedAt,
        'connected-by': connectedBy,
        'login-email': loginEmail,
        'connection-profile': profile ? JSON.stringify(profile) : null
      })
      current = null // the live client is built from what was stored, with the keychain behind it
      problem = null
      if (before.restUrl && !sameHost) for (const listener of hostListeners) listener(before.restUrl, endpoints.restUrl)
      ctx.log.info('connection.connected', {
        region: endpoints.region,
        restUrl: endpoints.restUrl,
        connectedBy,
        reconnected: reconnect,
        listing: profile?.listing.variant ?? null,
        widgetStyle: profile?.widget.style ?? null
      })
      emit()
      return info()
    },

    /** Removes the token and stops triggers (connected-at cleared); jobs, candidates, the ledger and the queue stay. */
    async disconnect(): Promise<ConnectionInfo> {
      const before = info()
      let keychainError: unknown = null
      if (before.restUrl) {
        try {
          // This folder's entries only: another folder connected to the same TrackerRMS stays connected.
          const own = entries.names(before.restUrl)
          await ctx.secrets.delete(own.token)
          await ctx.secrets.delete(own.widgetKey)
          entries.settle()
        } catch (error) {
          keychainError = error
        }
      }
      const changed = before.connected || problem !== null
      if (before.connected) settings.setConnectionValues({ 'connected-at': null })
      current = null
      problem = null
      tokenMissing = false
      if (changed) {
        ctx.log.info('connection.disconnected', { restUrl: before.restUrl })
        emit()
      }
      if (keychainError)
        throw new AppError(
          'conflict',
          `Disconnected, but the token could not be removed from the system keychain (${keychainError instanceof Error ? keychainError.message : String(keychainError)}). ` +
            'Remove the "Tracker Sync" entry by hand.'
        )
      return info()
    },

    /**
     * The connection report (trackerrms/probe.ts): the first-contact calls, each request and reply recorded with
     * secrets and personal data removed. With `writes` it creates (and deletes) a test candidate.
     */
    async report(options: { writes: boolean; trackerJobId?: number | null }): Promise<ConnectionReport> {
      const live = client()
      const restUrl = live.restUrl
      ctx.log.info('connection.report', { writes: options.writes, trackerJobId: options.trackerJobId ?? null })
      return runConnectionProbe({
        region: value('region'),
        restUrl,
        widgetUrl: live.widgetUrl,
        token: storedToken(restUrl),
        widgetKey: stored('widgetKey', restUrl),
        loginEmail: value('login-email'),
        fetch: ctx.fetch,
        throttle,
        timeoutMs: () => settings.get('request-timeout-seconds') * 1000,
        log: ctx.log,
        now: () => ctx.clock.now().getTime(),
        writes: options.writes,
        trackerJobId: options.trackerJobId ?? null
      })
    },

    /**
     * Whether the token is really in the keychain, for status and the screens: the settings alone say connected even
     * after the entry was removed (by hand, or by another program). Missing: the problem says so and the session in
     * use is dropped, so the queue's next call reads the keychain and pauses with that reason. Back again: cleared.
     */
    async checkToken(): Promise<void> {
      const restUrl = value('rest-url')
      if (value('connected-at') === null || !restUrl || ctx.secrets.kind !== 'keychain') return
      const wasMissing = tokenMissing
      try {
        await storedToken(restUrl)()
        if (wasMissing) setProblem(null)
      } catch (error) {
        if (!(error instanceof TrackerError)) throw error
        if (tokenMissing) current = null
        setProblem(error.toInfo())
      }
    },

    /** Checks every capability again; what it learns replaces the stored profile. */
    async health(): Promise<HealthReport> {
      return client().healthCheck()
    },

    onChange(listener: (info: ConnectionInfo) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    /** Told when a connect moves to another TrackerRMS (another REST host) than the one before. */
    onHostChange(listener: (from: string, to: string) => void): () => void {
      hostListeners.add(listener)
      return () => hostListeners.delete(listener)
    }
  }
}
