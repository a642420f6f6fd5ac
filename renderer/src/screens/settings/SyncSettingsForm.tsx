import { useEffect, useState } from 'react'
import { USER_SETTINGS, type UserSettingKey } from '../../../../shared/settings'
import { errorMessage } from '../../api/client'
import { useCall, useCallMutation } from '../../api/hooks'
import { Field } from '../../components/Field'
import { SaveStatus, type SaveState } from '../../components/SaveStatus'

const LABELS: Record<UserSettingKey, string> = {
  'sync-delay-seconds': 'Delay before sending',
  'requests-per-minute': 'Requests per minute',
  'sync-concurrency': 'Exports at the same time',
  'max-attempts': 'Attempts before an export fails',
  'request-timeout-seconds': 'Request timeout',
  'record-link-template': 'Address of a TrackerRMS record'
}
const KEYS = Object.keys(USER_SETTINGS) as UserSettingKey[]

/** Every user setting, saved when the field is left (or Enter), with the core's own limits and messages. */
export function SyncSettingsForm() {
  const settings = useCall('settings.get', {})
  const set = useCallMutation('settings.set')
  const [values, setValues] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [state, setState] = useState<SaveState>({ kind: 'idle' })

  useEffect(() => {
    if (settings.data) setValues((current) => ({ ...Object.fromEntries(KEYS.map((k) => [k, String(settings.data[k])])), ...current }))
  }, [settings.data])

  async function commit(key: UserSettingKey) {
    const value = values[key] ?? ''
    if (!settings.data || value === String(settings.data[key])) return
    setState({ kind: 'saving' })
    try {
      const saved = await set.mutateAsync({ key, value })
      setValues((v) => ({ ...v, [key]: String(saved.value) }))
      setErrors(({ [key]: _, ...rest }) => rest)
      setState({ kind: 'saved' })
    } catch (error) {
      setErrors((e) => ({ ...e, [key]: errorMessage(error) }))
      setState({ kind: 'error', message: 'Not saved' })
    }
  }

  return (
    <section className="card" aria-labelledby="sending-title">
      <div className="card-header">
        <h2 id="sending-title">Sending to TrackerRMS</h2>
        <span className="spacer" />
        <SaveStatus state={state} />
      </div>
      <div className="card-body settings-grid">
        {KEYS.map((key) => {
          const def = USER_SETTINGS[key]
          const unit = 'unit' in def ? def.unit.replace('requests/minute', 'per minute') : null
          return (
            <Field
              key={key}
              label={LABELS[key]}
              hint={def.description}
              suffix={unit ?? undefined}
              error={errors[key]}
              className={def.kind === 'text' ? 'span-2' : undefined}
            >
              <input
                className="input"
                name={key}
                inputMode={def.kind === 'integer' ? 'numeric' : undefined}
                value={values[key] ?? ''}
                disabled={!settings.data}
                onChange={(event) => setValues((v) => ({ ...v, [key]: event.target.value }))}
                onBlur={() => void commit(key)}
                onKeyDown={(event) => event.key === 'Enter' && void commit(key)}
              />
            </Field>
          )
        })}
      </div>
    </section>
  )
}
