// CSV export: from the candidates list, what it shows (its job, search and filters; the default) or the selection;
// else one job's candidates, or everyone. Made in main, then downloaded (browser) or saved where the user chooses
// (desktop).
import { plural } from '../../../../shared/plural'
import { Download } from 'lucide-react'
import { useEffect, useState } from 'react'
import { toast } from 'sonner'
import type { CallInput } from '../../../../shared/api/contract'
import { useApi } from '../../api/context'
import type { ListView } from '../../app/shell-actions'
import { errorMessage } from '../../api/client'
import { saveFile } from '../../api/files'
import { useCall } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'

type Which = 'shown' | 'selected' | 'all'

interface Props {
  open: boolean
  defaultJobId: number | null
  /** Opened from the candidates list: what it shows and what is selected. */
  view?: ListView
  onOpenChange(open: boolean): void
}

export function ExportCsvDialog({ open, defaultJobId, view, onOpenChange }: Props) {
  const { client, transport } = useApi()
  const jobs = useCall('jobs.list', {}, { enabled: open }).data ?? []
  const [jobId, setJobId] = useState<number | null>(defaultJobId)
  const [which, setWhich] = useState<Which>('all')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!open) return
    setJobId(defaultJobId)
    setWhich(view ? 'shown' : 'all')
    setError(null)
  }, [open, defaultJobId, view])
  const selected = view?.selectedIds.length ?? 0
  const jobTitle = jobs.find((j) => j.id === defaultJobId)?.title

  function request(): CallInput<'csv.export'> {
    if (which === 'selected' && view) return { jobId: defaultJobId, candidateIds: view.selectedIds }
    if (which === 'shown' && view)
      return {
        jobId: defaultJobId,
        search: view.search,
        stage: view.stage ?? null,
        syncStatus: view.syncStatus ?? null,
        ...(view.keepIds?.length ? { keepIds: view.keepIds } : {})
      }
    return { jobId }
  }

  async function exportIt() {
    setBusy(true)
    setError(null)
    try {
      const file = await client.call('csv.export', request())
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
        {view && (
          <fieldset className="radio-group">
            <legend className="field-label">Which candidates</legend>
            {(
              [
                ['shown', `The ${plural(view.shown, 'candidate')} shown`, 'What the list shows now: its job, search and filters.'],
                ...(selected > 0 ? [['selected', `The ${plural(selected, 'candidate')} selected`, '']] : []),
                ['all', 'All candidates of a job, or everyone', '']
              ] as [Which, string, string][]
            ).map(([value, label, hint]) => (
              <label key={value} className="radio">
                <input type="radio" name="export-which" value={value} checked={which === value} onChange={() => setWhich(value)} />
                <span>
                  {label} {hint && <span className="field-hint">{hint}</span>}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {which === 'all' ? (
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
        ) : (
          <p className="field-hint">{jobTitle ? `From ${jobTitle}. ` : ''}The template's columns, plus sync status and when synced.</p>
        )}
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
