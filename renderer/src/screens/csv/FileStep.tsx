// Step 1: the job to import into, and the file (dropped or chosen); the template for those starting from scratch.
import { FileSpreadsheet, FileDown, UploadCloud } from 'lucide-react'
import { useRef, useState, type DragEvent } from 'react'
import { toast } from 'sonner'
import type { JobSummary } from '../../../../shared/api/jobs'
import { useApi } from '../../api/context'
import { errorMessage } from '../../api/client'
import { saveFile } from '../../api/files'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { JobOptions } from '../../components/JobOptions'
import { ProgressBar } from '../../components/ProgressBar'

interface Props {
  jobs: JobSummary[]
  jobId: number | null
  onJob(jobId: number): void
  /** Upload progress 0…1 while a file is being sent; null otherwise. */
  uploading: number | null
  error: string | null
  onFile(file: File): void
}

export function FileStep({ jobs, jobId, onJob, uploading, error, onFile }: Props) {
  const { client, transport } = useApi()
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)

  const drop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file) onFile(file)
  }
  async function template() {
    try {
      const file = await client.call('csv.template', {})
      const where = await saveFile(client, transport, file)
      if (where) toast.success('Template saved', { description: where })
    } catch (caught) {
      toast.error('Could not save the template', { description: errorMessage(caught) })
    }
  }

  return (
    <div className="stack">
      <Field label="Import into job" hint="Every candidate of the file is added to this job (at the stage of its Stage column, or Sourced).">
        <select className="select" value={jobId ?? ''} onChange={(e) => onJob(Number(e.target.value))}>
          {jobId === null && <option value="">Choose a job…</option>}
          <JobOptions jobs={jobs} />
        </select>
      </Field>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => (e.preventDefault(), setOver(true))}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <UploadCloud aria-hidden="true" />
        <p>
          <strong>Drop a CSV file or an Excel workbook here</strong> or
        </p>
        <button type="button" className="btn btn-primary" onClick={() => input.current?.click()} disabled={uploading !== null || jobId === null}>
          <FileSpreadsheet aria-hidden="true" /> Choose a file…
        </button>
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="CSV file to import"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) onFile(file)
          }}
        />
        <p className="muted">
          UTF-8, UTF-16 or Windows-1252; comma, semicolon, tab or pipe separated — detected for you. Excel workbooks (.xlsx) too, any sheet. A TrackerRMS export
          works as it is.
        </p>
      </div>
      {uploading !== null && <ProgressBar value={uploading} label="Reading the file" />}
      <ErrorMessage>{error}</ErrorMessage>
      <p className="muted">
        Starting from scratch?{' '}
        <button type="button" className="btn btn-sm btn-ghost link-button" onClick={() => void template()}>
          <FileDown aria-hidden="true" /> Download the template
        </button>{' '}
        (the columns Tracker Sync reads, with one example row).
      </p>
    </div>
  )
}
