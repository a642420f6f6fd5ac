import { UserCheck } from 'lucide-react'
import { toast } from 'sonner'
import type { ExistingCandidate } from '../../../../shared/errors'
import { errorMessage } from '../../api/client'
import { useCallMutation } from '../../api/hooks'

interface Props {
  /** The stored candidate "Add candidate" was refused for (same email or LinkedIn URL). */
  existing: ExistingCandidate
  jobId: number
  /** Called once the person is on the job: the dialog closes. */
  onDone(): void
  /** The element telling this person apart, when several with one name are offered. */
  describedBy?: string
}

/**
 * Shown under the refused field: the way out of a refused twin is to put the person who is already stored on this
 * job, which keeps one candidate (one history, one TrackerRMS record) for one person.
 */
export function AddExistingToJob({ existing, jobId, onDone, describedBy }: Props) {
  const add = useCallMutation('candidates.addToJob')

  async function addExisting() {
    try {
      const result = await add.mutateAsync({ jobId, candidateIds: [existing.id] })
      const already = result.added.length === 0
      toast.success(already ? `${existing.fullName} is already on ${result.jobTitle}` : `${existing.fullName} added to ${result.jobTitle}`, {
        description: already ? undefined : 'The same candidate, now on this job too, at Sourced.'
      })
      onDone()
    } catch (error) {
      toast.error(`Could not add ${existing.fullName}: ${errorMessage(error)}`)
    }
  }

  return (
    <div className="existing-candidate-action">
      <button type="button" className="btn btn-sm" aria-describedby={describedBy} disabled={add.isPending} onClick={() => void addExisting()}>
        <UserCheck aria-hidden="true" /> Add {existing.fullName} to this job
      </button>
    </div>
  )
}
