// The CSV import history, newest first; the latest import can be undone (exactly, or refused if changed since).
import { plural } from '../../../../shared/plural'
import { FileUp, Undo2 } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { errorMessage } from '../../api/client'
import { useCall, useCallMutation } from '../../api/hooks'
import { formatDateTime } from '../../api/time'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { DataTable } from '../../components/DataTable'
import { EmptyState } from '../../components/EmptyState'

export function ImportsTab({ onImport }: { onImport(): void }) {
  const imports = useCall('csv.imports', { limit: 50 })
  const undo = useCallMutation('csv.undoLast')
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const list = imports.data ?? []
  const latest = list.find((record) => record.state !== 'undone')

  async function undoLast() {
    setError(null)
    try {
      const result = await undo.mutateAsync({})
      setConfirming(false)
      toast.success(`Import of ${result.import.fileName} undone`, {
        description: `${plural(result.candidatesRemoved, 'candidate')} removed, ${result.candidatesRestored} restored.`
      })
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }

  if (imports.isSuccess && list.length === 0)
    return (
      <EmptyState
        icon={FileUp}
        title="No CSV imports yet"
        actions={
          <button type="button" className="btn" onClick={onImport}>
            Import a CSV file
          </button>
        }
      >
        <p>Bring candidates in from a spreadsheet or a TrackerRMS export. Each import is listed here, and the latest one can be undone.</p>
      </EmptyState>
    )
  return (
    <DataTable
      label="CSV imports"
      columns={['File', 'Job', 'Rows', 'When', { hidden: 'Actions' }]}
      after={
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          title="Undo the last import?"
          description={latest ? `${latest.fileName} into ${latest.jobTitle}` : undefined}
          confirmLabel="Undo import"
          danger
          busy={undo.isPending}
          error={error}
          onConfirm={() => void undoLast()}
        >
          <p>
            The candidates it created are removed, the ones it added from other jobs are taken off this job again (they stay on their other jobs), and the ones
            it updated get their earlier details back. This is refused if any of them changed since.
          </p>
        </ConfirmDialog>
      }
    >
      {list.map((record) => (
        <tr key={record.id}>
          <td>{record.fileName}</td>
          <td>{record.jobTitle}</td>
          <td>
            {record.state === 'applying' ? (
              // a big import writes in slices: another window or the command line may be importing right now
              <span className="muted">importing… {record.counts.rows.toLocaleString()} rows so far</span>
            ) : (
              <>
                {record.counts.new} new, {record.counts.added ? `${record.counts.added} added from other jobs, ` : ''}
                {record.counts.updated} updated, {record.counts.skipped} skipped
                {record.counts.invalid ? `, ${record.counts.invalid} invalid left out` : ''}
              </>
            )}
          </td>
          <td className="nowrap">
            {formatDateTime(record.appliedAt)}
            {record.state === 'undoing' && <div className="muted cell-sub">being undone…</div>}
            {record.undoneAt && <div className="muted cell-sub">undone {formatDateTime(record.undoneAt)}</div>}
          </td>
          <td className="actions-cell">
            {record === latest && record.state === 'applied' && (
              <button type="button" className="btn btn-sm" onClick={() => setConfirming(true)}>
                <Undo2 aria-hidden="true" /> Undo
              </button>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  )
}
