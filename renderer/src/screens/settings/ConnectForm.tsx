// Connecting to TrackerRMS: region (or custom addresses under Advanced), the API token (masked, never shown back),
// the web address (prefilled from the region) and who connects (the owner of every record created).
import { useState, type FormEvent } from 'react'
import { toast } from 'sonner'
import type { ConnectionView } from '../../../../shared/api/connection'
import type { Region } from '../../../../shared/domain'
import { ApiError, errorMessage } from '../../api/client'
import { useCallMutation } from '../../api/hooks'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'

/** The core names these fields in its messages. */
const FIELD_OF: Record<string, keyof Values> = { token: 'token', region: 'region', 'rest-url': 'restUrl', 'widget-url': 'widgetUrl', 'web-host': 'webHost' }

interface Values {
  region: Exclude<Region, 'custom'>
  custom: boolean
  restUrl: string
  widgetUrl: string
  webHost: string
  connectedBy: string
  token: string
}

export function ConnectForm({ connection, onConnected, submitLabel = 'Connect' }: { connection: ConnectionView; onConnected(): void; submitLabel?: string }) {
  const connect = useCallMutation('connection.connect')
  const named = connection.regions.filter((r) => r.region !== 'custom')
  const initialRegion = (connection.region && connection.region !== 'custom' ? connection.region : 'global') as Values['region']
  const [values, setValues] = useState<Values>(() => ({
    region: initialRegion,
    custom: connection.region === 'custom',
    restUrl: connection.region === 'custom' ? (connection.restUrl ?? '') : '',
    widgetUrl: connection.region === 'custom' ? (connection.widgetUrl ?? '') : '',
    webHost: connection.webHost ?? named.find((r) => r.region === initialRegion)?.webHost ?? '',
    connectedBy: connection.connectedBy ?? connection.defaultOwner,
    token: ''
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
      await connect.mutateAsync({
        region: values.custom ? 'custom' : values.region,
        restUrl: values.custom ? values.restUrl : null,
        widgetUrl: values.custom ? values.widgetUrl : null,
        webHost: values.webHost.trim() || null,
        connectedBy: values.connectedBy.trim() || null,
        token: values.token.trim()
      })
      setValues((v) => ({ ...v, token: '' }))
      toast.success('Connected to TrackerRMS', { description: `Records Tracker Sync creates are owned by ${values.connectedBy.trim() || connection.defaultOwner}.` })
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
        <Field label="TrackerRMS web address" hint="The address you log in to; the TrackerRMS badge links to records there." error={errors.webHost}>
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
      <Field label="Connect as" hint="TrackerRMS shows this name as the owner of every candidate Tracker Sync creates." error={errors.connectedBy}>
        <input className="input" autoComplete="off" value={values.connectedBy} onChange={(e) => set('connectedBy', e.target.value)} />
      </Field>
      <details className="more-details" open={values.custom || !!errors.restUrl || !!errors.widgetUrl}>
        <summary>Advanced</summary>
        <label className="check">
          <input type="checkbox" checked={values.custom} onChange={(e) => set('custom', e.target.checked)} />
          <span>Use custom API addresses (a TrackerRMS API sandbox account, or a TrackerRMS on this computer)</span>
        </label>
        {values.custom && (
          <div className="grid-2">
            <Field label="REST API address" error={errors.restUrl}>
              <input className="input" type="url" autoComplete="off" spellCheck={false} placeholder="https://…" value={values.restUrl} onChange={(e) => set('restUrl', e.target.value)} />
            </Field>
            <Field label="Widget API address" error={errors.widgetUrl}>
              <input className="input" type="url" autoComplete="off" spellCheck={false} placeholder="https://…" value={values.widgetUrl} onChange={(e) => set('widgetUrl', e.target.value)} />
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
