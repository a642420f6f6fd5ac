// The TrackerRMS connection: connect (verify by exchange BEFORE storing anything), disconnect, the one client of the
// core, its health, and the connection state the sync engine follows.
//
//   core.connection.connect({ region, restUrl?, widgetUrl?, webHost?, connectedBy?, token }): Promise<ConnectionInfo>
//   core.connection.disconnect(): Promise<ConnectionInfo>
//   core.connection.info(): ConnectionInfo            (sync; reads settings)
//   core.connection.isConnected(): boolean
//   core.connection.client(): TrackerHttpClient       (sync; throws AppError 'conflict' when not connected)
//   core.connection.health(): Promise<HealthReport>   (throws 'conflict' when not connected)
//   core.connection.throttleStatus(): ThrottleStatus
//   core.connection.onChange(listener: (info: ConnectionInfo) => void): () => void
// Every change (connect, disconnect, an auth error seen, auth working again) also goes out as the core event
// 'connection.changed' { connected, problem }: the queue pauses while `problem` is an auth error and resumes when
// it is null again.
import { userInfo } from 'node:os'
import type { ConnectionInfo } from '../../shared/api/connection'
import { AppError, conflict, validationError, type ErrorInfo } from '../../shared/errors'
import { accountFor, SecretStoreError } from '../secrets'
import { createTrackerClient, type TrackerClientOptions, type TrackerHttpClient } from '../trackerrms/client'
import { TrackerError } from '../trackerrms/errors'
import { isRegion, REGION_LABELS, resolveEndpoints, type TrackerEndpoints } from '../trackerrms/regions'
import { RequestThrottle } from '../trackerrms/throttle'
import type { HealthReport, ThrottleStatus } from '../trackerrms/types'
import type { CoreContext } from './context'
import type { SettingsService } from './settings-service'

export interface ConnectInput {
  region: string
  /** Only for region "custom". */
  restUrl?: string | null
  widgetUrl?: string | null
  /** The web app the user logs in to (record links); prefilled from the region. */
  webHost?: string | null
  /** The owner shown for every record the app creates; defaults to the OS user name (or, on a reconnect, the previous owner). */
  connectedBy?: string | null
  token: string
}

/** Tuning for tests, benchmarks and the queue: retry counts and delays, and the throttle window. */
export interface ConnectionOptions {
  client?: Pick<TrackerClientOptions, 'retry' | 'refreshMarginMs' | 'maxResponseBytes' | 'random'>
  /** The throttle counts requests-per-minute over this window (60 000 ms; tests shorten it). */
  throttleWindowMs?: number
}

export type ConnectionService = ReturnType<typeof createConnectionService>

function osUserName(): string {
  try {
    return userInfo().username || 'unknown'
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown'
  }
}

export function createConnectionService(ctx: CoreContext, settings: SettingsService, options: ConnectionOptions = {}) {
  // ONE throttle per core: every call (queue, health, CLI, UI) shares it; limit and timeout are read live.
  const throttle = new RequestThrottle({ limit: () => settings.get('requests-per-minute'), windowMs: options.throttleWindowMs })
  let current: { key: string; client: TrackerHttpClient } | null = null
  let problem: ErrorInfo | null = null
  const listeners = new Set<(info: ConnectionInfo) => void>()

  const value = (key: Parameters<SettingsService['connectionValue']>[0]) => settings.connectionValue(key)
  const keyOf = (restUrl: string, widgetUrl: string, connectedAt: string) => `${restUrl}|${widgetUrl}|${connectedAt}`

  function info(): ConnectionInfo {
    const region = value('region')
    const connectedAt = value('connected-at')
    return {
      connected: connectedAt !== null,
      region: region && isRegion(region) ? region : null,
      regionLabel: region && isRegion(region) ? REGION_LABELS[region] : null,
      restUrl: value('rest-url'),
      widgetUrl: value('widget-url'),
      webHost: value('web-host'),
      connectedAt,
      connectedBy: value('connected-by'),
      tokenStore: ctx.secrets.kind,
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

  /** The token from the keychain (or TRACKER_SYNC_TOKEN), read when an exchange needs it. */
  const storedToken = (restUrl: string) => async () => {
    try {
      const token = await ctx.secrets.get(accountFor(restUrl))
      ctx.log.redactor.add(token)
      return token
    } catch (error) {
      if (error instanceof SecretStoreError) throw new TrackerError('auth', error.message)
      throw error
    }
  }

  function buildClient(endpoints: Pick<TrackerEndpoints, 'restUrl' | 'widgetUrl'>, token: TrackerClientOptions['token']): TrackerHttpClient {
    // Only the live client reports auth problems: a failed connect attempt must not pause a working connection.
    const isLive = () => current?.client === client
    const client: TrackerHttpClient = createTrackerClient({
      restUrl: endpoints.restUrl,
      widgetUrl: endpoints.widgetUrl,
      token,
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
    if (current?.key !== key) current = { key, client: buildClient({ restUrl, widgetUrl }, storedToken(restUrl)) }
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
      ctx.log.redactor.add(token)
      const account = accountFor(endpoints.restUrl)
      if (ctx.secrets.kind === 'environment' && (await ctx.secrets.get(account)) !== token)
        throw validationError('token', 'TRACKER_SYNC_TOKEN is set and overrides the keychain: connect with that same token, or unset it to use another.')

      // Verify first: nothing is stored unless TrackerRMS accepts the token on these hosts.
      const verified = buildClient(endpoints, token)
      await verified.exchange()

      const before = info()
      const sameHost = before.connected && before.restUrl !== null && accountFor(before.restUrl) === account
      try {
        if (before.restUrl && accountFor(before.restUrl) !== account) await ctx.secrets.delete(accountFor(before.restUrl))
        await ctx.secrets.set(account, token)
      } catch (error) {
        throw new AppError('conflict', error instanceof Error ? error.message : String(error))
      }
      const connectedAt = sameHost && before.connectedAt ? before.connectedAt : ctx.now()
      const connectedBy = (input.connectedBy?.trim() || (sameHost ? before.connectedBy : null) || osUserName()).slice(0, 200)
      settings.setConnectionValues({
        region: endpoints.region,
        'rest-url': endpoints.restUrl,
        'widget-url': endpoints.widgetUrl,
        'web-host': endpoints.webHost,
        'connected-at': connectedAt,
        'connected-by': connectedBy
      })
      current = { key: keyOf(endpoints.restUrl, endpoints.widgetUrl, connectedAt), client: verified }
      problem = null
      ctx.log.info('connection.connected', { region: endpoints.region, restUrl: endpoints.restUrl, connectedBy, reconnected: sameHost })
      emit()
      return info()
    },

    /** Removes the token and stops triggers (connected-at cleared); jobs, candidates, the ledger and the queue stay. */
    async disconnect(): Promise<ConnectionInfo> {
      const before = info()
      let keychainError: unknown = null
      if (before.restUrl) {
        try {
          await ctx.secrets.delete(accountFor(before.restUrl))
        } catch (error) {
          keychainError = error
        }
      }
      const changed = before.connected || problem !== null
      if (before.connected) settings.setConnectionValues({ 'connected-at': null })
      current = null
      problem = null
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

    async health(): Promise<HealthReport> {
      return client().healthCheck()
    },

    onChange(listener: (info: ConnectionInfo) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
