import { UsersRound } from 'lucide-react'
import { useEffect, useId, useState } from 'react'
import type { SameNameCandidate } from '../../../../shared/api/candidates'
import { CANDIDATE_FIELD_MAX } from '../../../../shared/candidate-fields'
import { jobsWords } from '../../../../shared/jobs-words'
import { useCall } from '../../api/hooks'
import { AddExistingToJob } from './AddExistingToJob'

/** Looked up once typing pauses, not on every key. */
const TYPING_DELAY_MS = 300

interface Props {
  /** The full name as typed in "Add candidate". */
  fullName: string
  /** The job the new candidate is for (null: none chosen yet, so there is nothing to add anyone to). */
  jobId: number | null
  /** A candidate the dialog already offers (the email/LinkedIn refusal): not offered twice. */
  hideId: number | null
  /** Called once an existing namesake is on the job: the dialog closes. */
  onAdded(): void
}

/**
 * A shared full name is not refused (two people can have one), but a recruiter should see a stored namesake before
 * making a possible twin: this names them and offers to add that person to the job instead. It never blocks.
 */
export function SameNameHint({ fullName, jobId, hideId, onAdded }: Props) {
  const [typed, setTyped] = useState(fullName.trim())
  useEffect(() => {
    const timer = setTimeout(() => setTyped(fullName.trim()), TYPING_DELAY_MS)
    return () => clearTimeout(timer)
  }, [fullName])
  const lookup = typed !== '' && typed.length <= CANDIDATE_FIELD_MAX.fullName
  const found = useCall('candidates.findByName', { fullName: typed }, { enabled: lookup })
  const matches = lookup ? (found.data ?? []).filter((m) => m.id !== hideId) : []

  return (
    <div role="status" className="same-name-region">
      {matches.length > 0 && (
        <div className="callout same-name-hint">
          <UsersRound aria-hidden="true" />
          <div className="callout-body">
            {matches.length === 1 ? (
              <p>
                There is already a candidate named {matches[0].fullName} ({details(matches[0])}). Same person?
              </p>
            ) : (
              <p>
                There are already {matches.length} candidates named {matches[0].fullName}. Is one of them the same person?
              </p>
            )}
            {matches.length === 1 ? (
              <Offer match={matches[0]} jobId={jobId} onAdded={onAdded} />
            ) : (
              <ul className="same-name-list">
                {matches.map((m) => (
                  <li key={m.id}>
                    <Offer match={m} jobId={jobId} onAdded={onAdded} listed />
                  </li>
                ))}
              </ul>
            )}
            <p className="muted">Otherwise just go on: a different person with the same name is added as a new candidate.</p>
          </div>
        </div>
      )}
    </div>
  )
}

/** "id 12, in ICU Nurse; ann@example.com": enough to tell namesakes apart. */
const details = (m: SameNameCandidate) => `id ${m.id}, ${jobsWords(m.jobs)}${m.email ? `; ${m.email}` : ''}`

/** The way to one of them: add them to this job, or say they are on it already. In a list, the details come first. */
function Offer({ match, jobId, onAdded, listed = false }: { match: SameNameCandidate; jobId: number | null; onAdded(): void; listed?: boolean }) {
  const detailsId = useId()
  const onThisJob = jobId !== null && match.jobs.some((j) => j.id === jobId)
  return (
    <>
      {listed && (
        <span id={detailsId}>
          {match.fullName} ({details(match)})
        </span>
      )}
      {onThisJob ? (
        <span className="muted"> Already on this job.</span>
      ) : (
        jobId !== null && (
          <AddExistingToJob
            existing={{ id: match.id, fullName: match.fullName, onThisJob: false }}
            jobId={jobId}
            onDone={onAdded}
            describedBy={listed ? detailsId : undefined}
          />
        )
      )}
    </>
  )
}
