// Sends Widget calls signed in with the style the profile names (per operation, else the default), and handles a
// refusal as the reference requires (§3): status 1/2 or HTTP 401/403 means "this style is refused", so the other
// styles are tried once for this operation and the one that works is remembered. When none works the call fails
// with 'widget_auth' — for this capability only: REST work goes on, and nothing here touches the REST token.
// Status 99 is our own malformed request: reported as a bug, never read as an auth result.
import type { WidgetAuthAttempt, WidgetAuthStyle } from '../../shared/api/connection'
import { TrackerError } from './errors'
import { parseJson } from './http'
import type { CallSpec, Pipeline } from './pipeline'
import type { ProfileState } from './profile-state'
import { WIDGET_AUTH_STATUSES, WIDGET_PATH, WIDGET_STATUS } from './shapes'
import { availableStyles, signIn, type WidgetSecrets } from './widget-auth'
import { WIDGET_STATUS_MEANING, readWidgetReply, widgetBody, type WidgetOperation, type WidgetReply } from './widget'

/** After every style failed, calls fail at once for this long (the queue parks its Widget steps meanwhile). */
const WIDGET_UNAVAILABLE_MS = 5 * 60_000

export interface WidgetCall {
  operation: WidgetOperation
  blocks: Record<string, unknown>
  what: string
  idempotent: boolean
}

type Tried = { accepted: true; reply: WidgetReply; attempt: WidgetAuthAttempt } | { accepted: false; attempt: WidgetAuthAttempt }

export class WidgetCaller {
  private unavailableUntil = 0
  private lastAttempts: WidgetAuthAttempt[] = []

  constructor(
    private readonly pipeline: Pipeline,
    private readonly secrets: WidgetSecrets,
    private readonly profile: ProfileState,
    private readonly now: () => number,
    private readonly log?: { warn(event: string, data?: Record<string, unknown>): void }
  ) {}

  private async candidates(): Promise<WidgetAuthStyle[]> {
    return availableStyles(!!(await this.secrets.widgetKey()), !!this.secrets.loginEmail)
  }

  /** One try of a call with one style. Throws for anything that is not an answer about the credentials. */
  private async attempt(style: WidgetAuthStyle, call: WidgetCall): Promise<Tried | null> {
    const signed = await signIn(style, this.secrets)
    if (!signed) return null
    const spec: CallSpec = {
      api: 'widget',
      method: 'POST',
      path: WIDGET_PATH(call.operation),
      body: widgetBody(call.operation, signed.credentials, call.blocks),
      headers: signed.headers,
      what: call.what,
      auth: 'none',
      idempotent: call.idempotent
    }
    const response = await this.pipeline.send(spec)
    if (response.status === 401 || response.status === 403)
      return { accepted: false, attempt: { style, httpStatus: response.status, widgetStatus: null, message: this.pipeline.preview(response.text) } }
    if (response.status < 200 || response.status > 299) throw this.pipeline.fail(this.pipeline.httpError(response, spec))
    const reply = readWidgetReply(parseJson(response, call.what, this.pipeline.preview))
    if (!reply)
      throw this.pipeline.fail(
        new TrackerError('transient', `TrackerRMS's answer to "${call.what}" is not a Widget reply: ${this.pipeline.preview(response.text) || '(empty)'}`, {
          status: response.status
        })
      )
    const attempt = { style, httpStatus: response.status, widgetStatus: reply.status, message: this.pipeline.preview(reply.message) }
    if (WIDGET_AUTH_STATUSES.includes(reply.status)) return { accepted: false, attempt }
    if (reply.status === WIDGET_STATUS.invalid)
      throw this.pipeline.fail(
        new TrackerError(
          'rejected',
          `TrackerRMS says the request to ${call.what} is malformed (Widget status 99${attempt.message ? `: ${attempt.message}` : ''}). This is a Tracker Sync bug, not a problem with your account: please save a connection report (Settings) and send it to support.`,
          { status: response.status, widgetStatus: reply.status, trackerMessage: attempt.message || undefined }
        )
      )
    return { accepted: true, reply, attempt }
  }

  /**
   * Tries every style (the remembered one first) until one is accepted; returns the reply (any status but 1, 2
   * and 99) and remembers the style. Throws 'widget_auth' when none is.
   */
  async call(call: WidgetCall): Promise<WidgetReply> {
    const widget = this.profile.get()?.widget
    const preferred = widget?.perOperation[call.operation] ?? widget?.style ?? null
    if (this.now() < this.unavailableUntil) throw this.refusal(call, this.lastAttempts)
    const order = await this.candidates()
    const styles = preferred && order.includes(preferred) ? [preferred, ...order.filter((s) => s !== preferred)] : order
    const attempts: WidgetAuthAttempt[] = []
    for (const style of styles) {
      const tried = await this.attempt(style, call)
      if (!tried) continue
      attempts.push(tried.attempt)
      if (!tried.accepted) continue
      if (style !== preferred) this.remember(call.operation, style, attempts)
      this.unavailableUntil = 0
      return tried.reply
    }
    this.lastAttempts = attempts
    this.unavailableUntil = this.now() + WIDGET_UNAVAILABLE_MS
    throw this.refusal(call, attempts)
  }

  /** The next call tries every style again (the queue is about to retry its Widget steps). */
  retrySignIn(): void {
    this.unavailableUntil = 0
  }

  /** Connect's discovery: every style in order until one is accepted (a harmless call), with what each answered. */
  async discover(call: WidgetCall): Promise<{ style: WidgetAuthStyle | null; attempts: WidgetAuthAttempt[]; reply: WidgetReply | null }> {
    const attempts: WidgetAuthAttempt[] = []
    for (const style of await this.candidates()) {
      const tried = await this.attempt(style, call)
      if (!tried) continue
      attempts.push(tried.attempt)
      if (tried.accepted) {
        this.unavailableUntil = 0
        return { style, attempts, reply: tried.reply }
      }
    }
    return { style: null, attempts, reply: null }
  }

  /** A default style when there was none; otherwise this operation's own (lessons 357/358 list different styles). */
  private remember(operation: WidgetOperation, style: WidgetAuthStyle, attempts: WidgetAuthAttempt[]): void {
    this.profile.update((profile) => {
      if (profile.widget.style) {
        profile.widget.perOperation[operation] = style
      } else {
        profile.widget.style = style
        profile.widget.tried = attempts
      }
    })
  }

  /**
   * The error for "no sign-in worked", in words a recruiter can act on; each style tried and what it answered goes
   * to the log and to the health check, not into the message shown on every waiting export.
   */
  private refusal(call: WidgetCall, attempts: WidgetAuthAttempt[]): TrackerError {
    const keyTried = attempts.some((a) => a.style.startsWith('widget-key'))
    const last = attempts[attempts.length - 1]
    const said = last
      ? last.widgetStatus !== null
        ? `status ${last.widgetStatus}, ${WIDGET_STATUS_MEANING[last.widgetStatus] ?? 'unknown'}`
        : `HTTP ${last.httpStatus}`
      : null
    const message = keyTried
      ? `TrackerRMS's Widget API refused the Widget API key${said ? ` (${said})` : ''}. Check the key and your TrackerRMS login email in Settings, or ask TrackerRMS support for a new key.`
      : `TrackerRMS's Widget API does not accept the API token${said ? ` (${said})` : ''}, and no Widget API key was given. Ask TrackerRMS support (or your Client Success Manager) for one and add it in Settings (Advanced).`
    this.log?.warn('trackerrms.widget.refused', {
      operation: call.operation,
      tried: attempts.map((a) => `${a.style}: ${a.widgetStatus !== null ? `status ${a.widgetStatus}` : `HTTP ${a.httpStatus}`}`)
    })
    return this.pipeline.fail(
      new TrackerError('widget_auth', message, {
        status: last?.httpStatus ?? undefined,
        widgetStatus: last?.widgetStatus ?? undefined,
        trackerMessage: last?.message || undefined
      })
    )
  }
}
