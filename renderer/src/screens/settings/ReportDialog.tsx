// "Save a connection report": the file to send to support (shared/api/connection.ts 'connection.report'). By default
// it only reads; creating a test candidate (deleted again at the end) is the user's explicit choice.
import { FileText } from 'lucide-react'
import { useEffect, useState } from 'react'
import { toast } from 'sonner'
import { parseTrackerJobId } from '../../../../shared/tracker-job-id'
import { useApi } from '../../api/context'
import { errorMessage } from '../../api/client'
import { saveFile } from '../../api/files'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'

export function ReportDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { client, transport } = useApi()
  const [writes, setWrites] = useState(false)
  const [job, setJob] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (open) setError(null)
  }, [open])

  async function save() {
    const trackerJobId = writes && job.trim() ? parseTrackerJobId(job) : null
    if (writes && job.trim() && trackerJobId === null) return setError('The TrackerRMS job is a job id, such as 5001 or JOB-5001 (or leave it empty).')
    setBusy(true)
    setError(null)
    try {
      const file = await client.call('connection.report', { createTestRecords: writes, trackerJobId })
      const where = await saveFile(client, transport, file, 'application/json')
      if (where) {
        toast.success('Connection report saved', {
          description: `${where}${file.failedSteps.length ? ` — ${file.failedSteps.length} step(s) failed; the report says why.` : ''}`
        })
        onOpenChange(false)
      }
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Save a connection report"
      description="The requests Tracker Sync makes to your TrackerRMS and what it answered, for TrackerRMS or Tracker Sync support. Your API token, the Widget API key, session tokens and personal data are removed."
    >
      <div className="dialog-body">
        <label className="check">
          <input type="checkbox" checked={writes} onChange={(e) => setWrites(e.target.checked)} />
          <span>
            Also create a test candidate named “Tracker Sync probe” (deleted again at the end) to check how creating records, attaching resumes and job lists
            answer. Best on a TrackerRMS API sandbox account.
          </span>
        </label>
        {writes && (
          <Field label="TrackerRMS job for the job-list check (optional)" hint="The test candidate is put on its long list, then deleted with its record.">
            <input
              className="input"
              inputMode="numeric"
              autoComplete="off"
              placeholder="e.g. 5001 or JOB-5001"
              value={job}
              onChange={(e) => setJob(e.target.value)}
            />
          </Field>
        )}
        <ErrorMessage>{error}</ErrorMessage>
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={busy}>
            <FileText aria-hidden="true" /> {busy ? 'Asking TrackerRMS…' : transport.kind === 'electron' ? 'Save as…' : 'Download report'}
          </button>
        </footer>
      </div>
    </Dialog>
  )
}
