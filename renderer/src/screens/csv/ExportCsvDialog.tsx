// CSV export of one job's candidates, or everyone: made in main, then downloaded (browser) or saved where the user
// chooses (desktop).
import { plural } from '../../../../shared/plural'
import { Download } from 'lucide-react'
import { useEffect, useState } from 'react'
import { toast } from 'sonner'
import { useApi } from '../../api/context'
import { errorMessage } from '../../api/client'
import { saveFile } from '../../api/files'
import { useCall } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'

export function ExportCsvDialog({ open, defaultJobId, onOpenChange }: { open: boolean; defaultJobId: number | null; onOpenChange(open: boolean): void }) {
  const { client, transport } = useApi()
  const jobs = useCall('jobs.list', {}, { enabled: open }).data ?? []
  const [jobId, setJobId] = useState<number | null>(defaultJobId)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!open) return
    setJobId(defaultJobId)
    setError(null)
  }, [open, defaultJobId])

  async function exportIt() {
    setBusy(true)
    setError(null)
    try {
      const file = await client.call('csv.export', { jobId })
      const where = await saveFile(client, transport, file)
      if (where) {
        toast.success(`Exported ${plural(file.rows, 'candidate')}`, { description: where })
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
      title="Export candidates to CSV"
      description="UTF-8, opens correctly in Excel; cells that could run as formulas are made safe."
    >
      <div className="dialog-body">
        <Field label="Candidates of" hint="The template's columns, plus sync status and when synced.">
          <select className="select" value={jobId ?? ''} onChange={(e) => setJobId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">Every job (everyone)</option>
            {jobs.map((job) => (
              <option key={job.id} value={job.id}>
                {job.title} ({job.candidateCount.toLocaleString()})
              </option>
            ))}
          </select>
        </Field>
        <ErrorMessage>{error}</ErrorMessage>
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void exportIt()} disabled={busy}>
            <Download aria-hidden="true" /> {busy ? 'Exporting…' : transport.kind === 'electron' ? 'Save as…' : 'Download CSV'}
          </button>
        </footer>
      </div>
    </Dialog>
  )
}
