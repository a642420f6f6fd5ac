import { Lightbulb } from 'lucide-react'
import { parseTrackerJobId } from '../../../../shared/tracker-job-id'
import { useEffect, useRef, useState } from 'react'
import type { CallInput } from '../../../../shared/api/contract'
import type { JobSummary } from '../../../../shared/api/jobs'
import { TRIGGERS, TRIGGER_LABELS, type Trigger } from '../../../../shared/domain'
import { ApiError, errorMessage } from '../../api/client'
import { useCall, useCallMutation } from '../../api/hooks'
import { Field } from '../../components/Field'
import { SaveStatus, type SaveState } from '../../components/SaveStatus'
import { TrackerJobLookup } from './TrackerJobLookup'

const TRIGGER_HINTS: Record<Trigger, string> = {
  never: 'Candidates of this job are only sent by hand, with Export to ATS.',
  sequence: 'As soon as a candidate is added to an outreach sequence.',
  replied: 'When a candidate moves to Replied or Interested (not to Not interested).',
  interested: 'Only when a candidate replies and is interested.'
}

/** The id is looked up (and then saved) this long after the last key, or at once on Enter or leaving the field. */
const TYPING_DELAY_MS = 450

/** A job's sync settings, saved as they change (no Save button), with a visible "Saved". */
export function JobSyncForm({ job }: { job: JobSummary }) {
  const setSync = useCallMutation('jobs.setSync')
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const [trigger, setTrigger] = useState<Trigger>(job.sync.trigger)
  const [trackerText, setTrackerText] = useState(job.sync.trackerJobId?.toString() ?? '')
  const [trackerError, setTrackerError] = useState<string | null>(null)
  /** The id whose lookup shows (and which is saved once TrackerRMS did not say "not found"). */
  const [lookupId, setLookupId] = useState<number | null>(job.sync.trackerJobId)
  const savedTrackerId = useRef(job.sync.trackerJobId)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), [])

  const lookup = useCall('tracker.lookupJob', { trackerJobId: lookupId ?? 1 }, { enabled: lookupId !== null, staleTime: 60_000, retry: false })

  async function save(change: Omit<CallInput<'jobs.setSync'>, 'jobId'>) {
    setState({ kind: 'saving' })
    try {
      const sync = await setSync.mutateAsync({ jobId: job.id, ...change })
      savedTrackerId.current = sync.trackerJobId
      setState({ kind: 'saved' })
    } catch (error) {
      if (error instanceof ApiError && error.field === 'trackerJobId') setTrackerError(error.message)
      setState({ kind: 'error', message: `Not saved: ${errorMessage(error)}` })
    }
  }

  // Saved once TrackerRMS has answered anything but "not found" (a job that cannot be checked right now is kept).
  const answer = lookup.data
  useEffect(() => {
    if (!answer || answer.id !== lookupId || lookupId === savedTrackerId.current) return
    if (answer.state === 'not_found') setTrackerError(`${answer.message} Check the job’s id in TrackerRMS.`)
    else void save({ trackerJobId: lookupId })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer, lookupId])

  function commitTrackerId(text: string) {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const trimmed = text.trim()
    const next = trimmed === '' ? null : parseTrackerJobId(trimmed)
    if (trimmed !== '' && next === null) return setTrackerError('A TrackerRMS job ID is a number, like 4521 or JOB-4521 (as TrackerRMS shows it).')
    setTrackerError(null)
    setLookupId(next)
    if (next === null && savedTrackerId.current !== null) void save({ trackerJobId: null })
  }

  return (
    <section className="card" aria-labelledby="sync-title">
      <div className="card-header">
        <h3 id="sync-title">Sync to TrackerRMS</h3>
        <span className="spacer" />
        <SaveStatus state={state} />
      </div>
      <div className="card-body">
        <div className="callout">
          <Lightbulb aria-hidden="true" />
          <p>
            <strong>Set this up before you start outreach.</strong> A trigger applies only to outreach from the moment it is set: candidates who replied earlier
            are not sent later. Send those by hand with Export to ATS.
          </p>
        </div>
        <fieldset className="trigger-options">
          <legend className="field-label">When should candidates be sent to TrackerRMS?</legend>
          {TRIGGERS.map((option) => (
            <label key={option} className={`trigger-option${trigger === option ? ' checked' : ''}`}>
              <input
                type="radio"
                name={`trigger-${job.id}`}
                value={option}
                aria-label={TRIGGER_LABELS[option]}
                aria-describedby={`trigger-hint-${job.id}-${option}`}
                checked={trigger === option}
                onChange={() => {
                  setTrigger(option)
                  void save({ trigger: option })
                }}
              />
              <span className="trigger-text">
                <span className="trigger-label">{TRIGGER_LABELS[option]}</span>
                <span className="field-hint" id={`trigger-hint-${job.id}-${option}`}>
                  {TRIGGER_HINTS[option]}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="tracker-job">
          <Field
            label="TrackerRMS job ID"
            hint="The job’s number in TrackerRMS: candidates go onto its long list. Leave it empty to send them to TrackerRMS without a job."
            error={trackerError}
          >
            <input
              className="input tracker-job-input"
              inputMode="numeric"
              autoComplete="off"
              placeholder="e.g. 4521"
              value={trackerText}
              onChange={(event) => {
                const text = event.target.value
                setTrackerText(text)
                if (timer.current) clearTimeout(timer.current)
                timer.current = setTimeout(() => commitTrackerId(text), TYPING_DELAY_MS)
              }}
              onBlur={(event) => commitTrackerId(event.target.value)}
              onKeyDown={(event) => event.key === 'Enter' && commitTrackerId(event.currentTarget.value)}
            />
          </Field>
          {!trackerError && <TrackerJobLookup id={lookupId} lookup={answer} pending={lookup.isFetching && answer?.id !== lookupId} stored={job.sync} />}
        </div>
      </div>
    </section>
  )
}
