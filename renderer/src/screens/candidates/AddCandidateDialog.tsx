import { Fragment, useEffect, useState, type FormEvent } from 'react'
import { toast } from 'sonner'
import { CANDIDATE_FIELD_LABELS, MULTILINE_CANDIDATE_FIELDS } from '../../../../shared/candidate-fields'
import type { JobSummary } from '../../../../shared/api/jobs'
import type { CandidateFields, JobCandidate } from '../../../../shared/domain'
import type { ExistingCandidate } from '../../../../shared/errors'
import { ApiError, errorMessage } from '../../api/client'
import { useCallMutation } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { JobOptions } from '../../components/JobOptions'
import { AddExistingToJob } from './AddExistingToJob'
import { SameNameHint } from './SameNameHint'

type FieldName = keyof CandidateFields
type Values = Record<FieldName, string>

/** The form's layout: pairs of fields per row; the long texts under "More details". */
const MAIN_ROWS: FieldName[][] = [['fullName'], ['email', 'phone'], ['linkedinUrl'], ['currentTitle', 'currentCompany'], ['city', 'state', 'country']]
const MORE: FieldName[] = ['firstName', 'lastName', 'summary', 'experience', 'education', 'skills', 'notes']
const HINTS: Partial<Record<FieldName, string>> = {
  fullName: 'As the candidate writes it. First and last name are taken from it unless you give them under More details.',
  linkedinUrl: 'Their profile address, linkedin.com/in/…'
}
const INPUT_TYPES: Partial<Record<FieldName, string>> = { email: 'email', phone: 'tel', linkedinUrl: 'url' }

const empty = (): Values => Object.fromEntries(Object.keys(CANDIDATE_FIELD_LABELS).map((f) => [f, ''])) as Values

interface Props {
  open: boolean
  onOpenChange(open: boolean): void
  jobs: JobSummary[]
  defaultJobId: number | null
  onAdded(candidate: JobCandidate): void
}

/**
 * Adds one candidate to a job. Checking is the core's: its error names the field, shown under it. A person already
 * stored (same email or LinkedIn URL) is refused, and the refusal offers to add that candidate to the job instead.
 * A stored namesake is only pointed out (SameNameHint), with the same offer.
 */
export function AddCandidateDialog({ open, onOpenChange, jobs, defaultJobId, onAdded }: Props) {
  const create = useCallMutation('candidates.create')
  const [jobId, setJobId] = useState<number | null>(defaultJobId)
  const [values, setValues] = useState<Values>(empty)
  /** `existing`: refused as a twin of this stored candidate, for this job (the way out is adding them instead). */
  const [error, setError] = useState<{ field: string | null; message: string; existing?: ExistingCandidate & { jobId: number } } | null>(null)
  const [moreOpen, setMoreOpen] = useState(false)

  useEffect(() => {
    if (open) setJobId(defaultJobId ?? jobs[0]?.id ?? null)
  }, [open, defaultJobId, jobs])

  const fieldError = (field: string) => (error?.field === field ? error.message : null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setError(null)
    if (jobId === null) return setError({ field: 'jobId', message: 'Choose the job this candidate is for.' })
    const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''))
    try {
      const candidate = await create.mutateAsync({ jobId, ...input })
      const sourced = `Sourced for ${jobs.find((j) => j.id === jobId)?.title ?? 'the job'}.`
      // a stored namesake: said so, and whether an email or LinkedIn URL makes them a different person
      if (candidate.warning) toast.warning(`${candidate.fullName} added`, { description: `${sourced} ${candidate.warning}` })
      else toast.success(`${candidate.fullName} added`, { description: sourced })
      setValues(empty())
      setMoreOpen(false)
      onOpenChange(false)
      onAdded(candidate)
    } catch (caught) {
      const field = caught instanceof ApiError ? (caught.field ?? null) : null
      if (field && MORE.includes(field as FieldName)) setMoreOpen(true)
      const existing = caught instanceof ApiError ? caught.info.existing : undefined
      setError({ field, message: errorMessage(caught), existing: existing && { ...existing, jobId } })
    }
  }

  const input = (field: FieldName) => (
    <Field key={field} label={CANDIDATE_FIELD_LABELS[field]} hint={HINTS[field]} error={fieldError(field)} className={`field-${field}`}>
      {MULTILINE_CANDIDATE_FIELDS.includes(field) ? (
        <textarea className="textarea" name={field} value={values[field]} onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))} />
      ) : (
        <input
          className="input"
          name={field}
          type={INPUT_TYPES[field] ?? 'text'}
          autoComplete="off"
          value={values[field]}
          autoFocus={field === 'fullName'}
          onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
        />
      )}
    </Field>
  )

  const existing = error?.existing && !error.existing.onThisJob && error.existing.jobId === jobId ? error.existing : null
  const closeAfterAddingExisting = () => {
    setValues(empty())
    setMoreOpen(false)
    setError(null)
    onOpenChange(false)
  }
  const unplaced = error && error.field && error.field !== 'jobId' && !(error.field in values)

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Add candidate" description="A new candidate, sourced for one of your jobs." wide>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <Field label="Job" error={fieldError('jobId')}>
          <select className="select" value={jobId ?? ''} onChange={(e) => setJobId(e.target.value ? Number(e.target.value) : null)}>
            <JobOptions jobs={jobs} />
          </select>
        </Field>
        {MAIN_ROWS.map((row) => (
          <Fragment key={row.join()}>
            <div className={`form-row cols-${row.length}`}>{row.map(input)}</div>
            {row.includes('fullName') && (
              <SameNameHint fullName={values.fullName} jobId={jobId} hideId={error?.existing?.id ?? null} onAdded={closeAfterAddingExisting} />
            )}
            {existing && row.includes(error!.field as FieldName) && (
              <AddExistingToJob existing={existing} jobId={existing.jobId} onDone={closeAfterAddingExisting} />
            )}
          </Fragment>
        ))}
        <details className="more-details" open={moreOpen} onToggle={(e) => setMoreOpen((e.target as HTMLDetailsElement).open)}>
          <summary>More details</summary>
          <div className="form-row cols-2">{['firstName', 'lastName'].map((f) => input(f as FieldName))}</div>
          {MULTILINE_CANDIDATE_FIELDS.map(input)}
        </details>
        {(unplaced || (error && !error.field)) && <ErrorMessage>{error!.message}</ErrorMessage>}
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            Add candidate
          </button>
        </footer>
      </form>
    </Dialog>
  )
}
