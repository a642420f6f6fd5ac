import { useState, type FormEvent } from 'react'
import { toast } from 'sonner'
import type { Job } from '../../../../shared/domain'
import { ApiError, errorMessage } from '../../api/client'
import { useCallMutation } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'

const EMPTY = { title: '', company: '', location: '' }

export function NewJobDialog({ open, onOpenChange, onCreated }: { open: boolean; onOpenChange(open: boolean): void; onCreated(job: Job): void }) {
  const create = useCallMutation('jobs.create')
  const [values, setValues] = useState(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)

  const change = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setErrors({})
    setFormError(null)
    try {
      const job = await create.mutateAsync({ title: values.title, company: values.company || null, location: values.location || null })
      toast.success(`Job “${job.title}” created`)
      setValues(EMPTY)
      onOpenChange(false)
      onCreated(job)
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in EMPTY) setErrors({ [error.field]: error.message })
      else setFormError(errorMessage(error))
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="New job" description="A role you recruit for. You choose how it syncs to TrackerRMS next.">
      <form className="dialog-body" onSubmit={submit} noValidate>
        <Field label="Job title" error={errors.title}>
          <input className="input" value={values.title} onChange={change('title')} autoFocus autoComplete="off" placeholder="e.g. ICU Nurse" />
        </Field>
        <div className="grid-2">
          <Field label="Company" error={errors.company}>
            <input className="input" value={values.company} onChange={change('company')} autoComplete="off" />
          </Field>
          <Field label="Location" error={errors.location}>
            <input className="input" value={values.location} onChange={change('location')} autoComplete="off" />
          </Field>
        </div>
        <ErrorMessage>{formError}</ErrorMessage>
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            Create job
          </button>
        </footer>
      </form>
    </Dialog>
  )
}
