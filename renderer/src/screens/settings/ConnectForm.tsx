// Connecting to TrackerRMS: region (or custom addresses under Advanced), the API token (masked, never shown back),
// the web address (prefilled from the region; TrackerRMS itself names the real one), the user's TrackerRMS login
// (the Widget API signs in with it), who connects, and under Advanced the Widget API key support issues.
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { toast } from 'sonner'
import type { ConnectionView } from '../../../../shared/api/connection'
import type { Region } from '../../../../shared/domain'
import { ApiError, errorMessage } from '../../api/client'
import { useCallMutation } from '../../api/hooks'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'

/** The core names these fields in its messages. */
const FIELD_OF: Record<string, keyof Values> = {
  token: 'token',
  region: 'region',
  'rest-url': 'restUrl',
  'widget-url': 'widgetUrl',
  'web-host': 'webHost',
  loginEmail: 'loginEmail',
  widgetKey: 'widgetKey'
}

interface Values {
  region: Exclude<Region, 'custom'>
  custom: boolean
  restUrl: string
  widgetUrl: string
  webHost: string
  connectedBy: string
  loginEmail: string
  token: string
  widgetKey: string
  removeWidgetKey: boolean
}

/** Settings reached from a "Reconnect" link (the banner's) land on the token field. */
const RECONNECT_HASH = /[?&]reconnect=1\b/

export function ConnectForm({
  connection,
  onConnected,
  submitLabel = 'Connect',
  focusToken = false
}: {
  connection: ConnectionView
  onConnected(): void
  submitLabel?: string
  /** Re-auth: the token is what is asked for, so the cursor starts there (and comes back on each "Reconnect" link). */
  focusToken?: boolean
}) {
  const connect = useCallMutation('connection.connect')
  const tokenField = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const focus = () => (focusToken || RECONNECT_HASH.test(window.location.hash)) && tokenField.current?.focus()
    focus()
    window.addEventListener('hashchange', focus)
    return () => window.removeEventListener('hashchange', focus)
  }, [focusToken])
  const named = connection.regions.filter((r) => r.region !== 'custom')
  const initialRegion = (connection.region && connection.region !== 'custom' ? connection.region : 'global') as Values['region']
  const [values, setValues] = useState<Values>(() => ({
    region: initialRegion,
    custom: connection.region === 'custom',
    restUrl: connection.region === 'custom' ? (connection.restUrl ?? '') : '',
    widgetUrl: connection.region === 'custom' ? (connection.widgetUrl ?? '') : '',
    webHost: connection.webHost ?? named.find((r) => r.region === initialRegion)?.webHost ?? '',
    connectedBy: connection.connectedBy ?? '',
    loginEmail: connection.loginEmail ?? '',
    token: '',
    widgetKey: '',
    removeWidgetKey: false
  }))
  // The web address follows the region until the user types their own.
  const [webHostEdited, setWebHostEdited] = useState(!!connection.webHost)
  const [errors, setErrors] = useState<Partial<Record<keyof Values | 'form', string>>>({})

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }))
  function chooseRegion(region: Values['region']) {
    setValues((v) => ({ ...v, region, webHost: webHostEdited ? v.webHost : (named.find((r) => r.region === region)?.webHost ?? v.webHost) }))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setErrors({})
    if (!values.token.trim()) return setErrors({ token: 'Paste the API token from TrackerRMS (Tools & Settings > Security Settings > API).' })
    try {
      const view = await connect.mutateAsync({
        region: values.custom ? 'custom' : values.region,
        restUrl: values.custom ? values.restUrl : null,
        widgetUrl: values.custom ? values.widgetUrl : null,
        webHost: values.webHost.trim() || null,
        connectedBy: values.connectedBy.trim() || null,
        loginEmail: values.loginEmail.trim() || null,
        // Empty: keep the key already kept for this TrackerRMS (if any).
        ...(values.removeWidgetKey ? { widgetKey: null } : values.widgetKey.trim() ? { widgetKey: values.widgetKey.trim() } : {}),
        token: values.token.trim()
      })
      setValues((v) => ({ ...v, token: '', widgetKey: '', removeWidgetKey: false }))
      toast.success('Connected to TrackerRMS', {
        description: view.profile?.widget.style
          ? 'Resumes and job lists go through the Widget API.'
          : 'Records are created; resumes and job lists wait until the Widget API answers (see Settings).'
      })
      onConnected()
    } catch (error) {
      const code = error instanceof ApiError ? error.info.code : null
      const field = error instanceof ApiError && error.field ? FIELD_OF[error.field] : undefined
      setErrors({ [code === 'auth' ? 'token' : (field ?? 'form')]: errorMessage(error) })
    }
  }

  return (
    <form className="connect-form stack" onSubmit={submit} noValidate aria-label="Connect to TrackerRMS">
      <div className="grid-2">
        <Field label="Region" hint="Where your TrackerRMS lives: look at the address you log in to." error={errors.region}>
          <select className="select" value={values.region} disabled={values.custom} onChange={(e) => chooseRegion(e.target.value as Values['region'])}>
            {named.map((r) => (
              <option key={r.region} value={r.region}>
                {r.label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="TrackerRMS web address"
          hint="The address you log in to (the TrackerRMS badge links to records there). Left at the region’s default, it becomes the one TrackerRMS names when you connect."
          error={errors.webHost}
        >
          <input
            className="input"
            type="url"
            autoComplete="off"
            spellCheck={false}
            value={values.webHost}
            onChange={(e) => (setWebHostEdited(true), set('webHost', e.target.value))}
          />
        </Field>
      </div>
      <Field
        label="API token"
        hint="In TrackerRMS: Tools & Settings > Security Settings > API. Generating a new token there makes the old one stop working. Tracker Sync keeps it in your system’s keychain and never shows it again."
        error={errors.token}
      >
        <input
          ref={tokenField}
          className="input"
          type="password"
          name="trackerrms-api-token"
          autoComplete="off"
          spellCheck={false}
          placeholder={connection.connected ? 'Paste the new token' : 'Paste the token'}
          value={values.token}
          onChange={(e) => set('token', e.target.value)}
        />
      </Field>
      <div className="grid-2">
        <Field
          label="TrackerRMS login"
          hint="The email you log in to TrackerRMS with. Resumes and job lists (TrackerRMS's Widget API) sign in with it."
          error={errors.loginEmail}
        >
          <input
            className="input"
            type="email"
            autoComplete="username"
            spellCheck={false}
            placeholder="you@agency.com"
            value={values.loginEmail}
            onChange={(e) => set('loginEmail', e.target.value)}
          />
        </Field>
        <Field
          label="Your name"
          hint="Recorded as who sent each candidate to TrackerRMS. Left empty, your TrackerRMS login is recorded."
          error={errors.connectedBy}
        >
          <input
            className="input"
            autoComplete="name"
            placeholder="e.g. Rita Recruiter"
            value={values.connectedBy}
            onChange={(e) => set('connectedBy', e.target.value)}
          />
        </Field>
      </div>
      <details className="more-details" open={values.custom || !!errors.restUrl || !!errors.widgetUrl || !!errors.widgetKey}>
        <summary>Advanced</summary>
        <Field
          label="Widget API key"
          hint={`Only if TrackerRMS support (or your Client Success Manager) gave you one: resumes and job lists need it when TrackerRMS does not accept the API token there. Kept in your system's keychain.${connection.hasWidgetKey ? ' Leave empty to keep the one you gave before.' : ''}`}
          error={errors.widgetKey}
        >
          <input
            className="input"
            type="password"
            name="trackerrms-widget-key"
            autoComplete="off"
            spellCheck={false}
            disabled={values.removeWidgetKey}
            placeholder={connection.hasWidgetKey ? 'Kept (paste a new one to replace it)' : 'Optional'}
            value={values.widgetKey}
            onChange={(e) => set('widgetKey', e.target.value)}
          />
        </Field>
        {connection.hasWidgetKey && (
          <label className="check">
            <input type="checkbox" checked={values.removeWidgetKey} onChange={(e) => set('removeWidgetKey', e.target.checked)} />
            <span>Forget the Widget API key kept for this TrackerRMS</span>
          </label>
        )}
        <label className="check">
          <input type="checkbox" checked={values.custom} onChange={(e) => set('custom', e.target.checked)} />
          <span>Use custom API addresses (a TrackerRMS API sandbox account, or a TrackerRMS on this computer)</span>
        </label>
        {values.custom && (
          <div className="grid-2">
            <Field label="REST API address" error={errors.restUrl}>
              <input
                className="input"
                type="url"
                autoComplete="off"
                spellCheck={false}
                placeholder="https://…"
                value={values.restUrl}
                onChange={(e) => set('restUrl', e.target.value)}
              />
            </Field>
            <Field label="Widget API address" error={errors.widgetUrl}>
              <input
                className="input"
                type="url"
                autoComplete="off"
                spellCheck={false}
                placeholder="https://…"
                value={values.widgetUrl}
                onChange={(e) => set('widgetUrl', e.target.value)}
              />
            </Field>
          </div>
        )}
      </details>
      <ErrorMessage>{errors.form}</ErrorMessage>
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={connect.isPending}>
          {connect.isPending ? 'Checking the token with TrackerRMS…' : submitLabel}
        </button>
      </div>
    </form>
  )
}
