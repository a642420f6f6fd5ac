import { plural } from '../../../../shared/plural'
import { CircleAlert, CircleCheck, Undo2 } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import type { ImportOutcome } from '../../../../shared/csv/types'
import { errorMessage } from '../../api/client'
import { useCallMutation } from '../../api/hooks'
import { candidatesHref } from '../../app/router'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Counts } from './Counts'
import { RowWarnings } from './RowWarnings'

/** What the import did, with a way to see the candidates and to undo it at once. */
export function ResultStep({ result, onClose }: { result: ImportOutcome; onClose(): void }) {
  const undo = useCallMutation('csv.undoLast')
  const [undone, setUndone] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function undoIt() {
    setError(null)
    try {
      const r = await undo.mutateAsync({})
      const offJob = r.membershipsRemoved ? `, ${plural(r.membershipsRemoved, 'candidate')} from other jobs taken off this job` : ''
      const text = `Undone: ${plural(r.candidatesRemoved, 'candidate')} removed${offJob}, ${r.candidatesRestored} restored.`
      setUndone(text)
      toast.success(`Import of ${r.import.fileName} undone`)
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }

  if (result.status === 'rejected')
    return (
      <div className="result rejected" role="alert">
        <CircleAlert aria-hidden="true" />
        <div>
          <h3>Nothing was imported</h3>
          <p>{result.reason}</p>
        </div>
      </div>
    )
  return (
    <div className="stack">
      <div className="result applied" role="status">
        <CircleCheck aria-hidden="true" />
        <div>
          <h3>{undone ? 'Import undone' : `Imported ${result.fileName}`}</h3>
          <p className="muted">
            {undone ??
              (result.importId === null
                ? 'Every row was a duplicate that was skipped: nothing changed.'
                : `Stages in the file are history: nobody was sent to TrackerRMS by this import.${result.savedMapping ? ` Mapping saved as “${result.savedMapping}”.` : ''}`)}
          </p>
        </div>
      </div>
      <Counts counts={result.counts} done />
      {!undone && <RowWarnings report={result} />}
      <ErrorMessage>{error}</ErrorMessage>
      <div className="row wrap">
        {!undone && (
          <a className="btn btn-primary" href={candidatesHref({ job: result.jobId })} onClick={onClose}>
            See the candidates
          </a>
        )}
        {!undone && result.importId !== null && (
          <button type="button" className="btn" onClick={() => void undoIt()} disabled={undo.isPending}>
            <Undo2 aria-hidden="true" /> Undo this import
          </button>
        )}
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  )
}
