import { useEffect, useState, type FormEvent } from 'react'
import { toast } from 'sonner'
import type { AddToJobResult } from '../../../../shared/api/candidates'
import { plural } from '../../../../shared/plural'
import { errorMessage } from '../../api/client'
import { useCall, useCallMutation } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { JobOptions } from '../../components/JobOptions'

interface Props {
  /** The candidates to add; null = closed. */
  candidateIds: number[] | null
  /** The job the table shows (they are all on it already): not offered first. */
  currentJobId: number | null
  onOpenChange(open: boolean): void
}

/** "Add to job…": puts the selected candidates (the same people, no copies) on another job, at Sourced. */
export function AddToJobDialog({ candidateIds, currentJobId, onOpenChange }: Props) {
  const jobs = useCall('jobs.list', {}).data ?? []
  const add = useCallMutation('candidates.addToJob')
  const [jobId, setJobId] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const open = candidateIds !== null
  const count = candidateIds?.length ?? 0

  useEffect(() => {
    if (!open) return
    setError(null)
    setJobId((jobs.find((j) => j.id !== currentJobId) ?? jobs[0])?.id ?? null)
    // Only when it opens: a refresh of the job list must not change the user's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!candidateIds || jobId === null) return setError('Choose the job to add them to.')
    try {
      report(await add.mutateAsync({ jobId, candidateIds }))
      onOpenChange(false)
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }

  const people = plural(count, 'candidate')
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Add to job"
      description={`Puts the ${people} you selected on another job too, at Sourced. They stay one candidate each, on all their jobs.`}
    >
      <form className="dialog-body" onSubmit={submit} noValidate>
        <Field label="Job" error={error}>
          <select className="select" value={jobId ?? ''} onChange={(e) => setJobId(e.target.value ? Number(e.target.value) : null)} autoFocus>
            <JobOptions jobs={jobs} />
          </select>
        </Field>
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={add.isPending || jobs.length === 0}>
            Add {people}
          </button>
        </footer>
      </form>
    </Dialog>
  )
}

/** One toast: how many were added, and how many were on the job already. */
function report(result: AddToJobResult) {
  const already = result.alreadyOn.length > 0 ? `${plural(result.alreadyOn.length, 'candidate')} already on it.` : undefined
  if (result.added.length === 0) {
    toast.info(`Nobody to add to ${result.jobTitle}`, { description: already })
    return
  }
  toast.success(`Added ${plural(result.added.length, 'candidate')} to ${result.jobTitle}`, {
    description: already ?? 'At Sourced: nothing goes to TrackerRMS until their stage there changes.'
  })
}
