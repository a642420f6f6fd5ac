// The CSV import wizard: file -> columns -> check -> import. Nothing is written before the last step; the
// import is all or nothing, shows its progress, and can be undone from its result (or later, in Activity).
import type { ImportPreview } from '../../../../shared/csv/types'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ProgressBar } from '../../components/ProgressBar'
import { CheckStep } from './CheckStep'
import { FileStep } from './FileStep'
import { MappingStep } from './MappingStep'
import { ResultStep } from './ResultStep'
import { useImportWizard, type Step } from './useImportWizard'

const STEPS: { step: Step; label: string }[] = [
  { step: 'file', label: 'File' },
  { step: 'mapping', label: 'Columns' },
  { step: 'check', label: 'Check' },
  { step: 'import', label: 'Import' }
]

export function ImportWizard({ open, defaultJobId, onOpenChange }: { open: boolean; defaultJobId: number | null; onOpenChange(open: boolean): void }) {
  const w = useImportWizard(open, defaultJobId)
  const { jobs, step, setStep, jobId, inspect, preview, result, error, progress, busy, file } = w
  const jobTitle = jobs.find((j) => j.id === jobId)?.title ?? 'the job'
  const current = STEPS.findIndex((s) => s.step === step)
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Import candidates from CSV"
      description={`Into ${jobTitle}. Nothing is written until the last step.`}
      wide
    >
      <div className="dialog-body wizard">
        <ol className="wizard-steps" aria-label="Steps">
          {STEPS.map((s, i) => (
            <li key={s.step} className={i < current ? 'done' : i === current ? 'current' : ''} aria-current={i === current ? 'step' : undefined}>
              <span className="wizard-step-number" aria-hidden="true">
                {i + 1}
              </span>
              {s.label}
            </li>
          ))}
        </ol>
        {step === 'file' && (
          <FileStep jobs={jobs} jobId={jobId} onJob={w.setJobId} uploading={w.uploading} error={error} onFile={(f) => void w.chooseFile(f)} />
        )}
        {step === 'mapping' && inspect && (
          <>
            <MappingStep
              inspect={inspect}
              overrides={w.overrides}
              onOverride={(header, field) => void w.remap({ ...w.overrides, [header]: field }, w.savedName)}
              saved={w.saved}
              savedName={w.savedName}
              onSaved={(name) => void w.remap({}, name)}
              onEncoding={(encoding) => void w.remap(w.overrides, w.savedName, encoding)}
              onSheet={(name) => void w.chooseSheet(name)}
            />
            <ErrorMessage>{error}</ErrorMessage>
          </>
        )}
        {step === 'check' && (
          <CheckStep
            policy={w.policy}
            onPolicy={w.setPolicy}
            skipInvalid={w.skipInvalid}
            onSkipInvalid={w.setSkipInvalid}
            saveAs={w.saveAs}
            onSaveAs={w.setSaveAs}
            preview={preview}
            progress={progress ? progress.value : null}
            error={error}
          />
        )}
        {step === 'import' && !result && <ProgressBar value={progress?.value ?? null} label={`Importing ${file?.fileName ?? ''}`} />}
        {step === 'import' && result && <ResultStep result={result} onClose={() => onOpenChange(false)} />}
        {step !== 'import' && (
          <footer className="dialog-footer">
            <button type="button" className="btn" onClick={() => (step === 'file' ? onOpenChange(false) : setStep(step === 'check' ? 'mapping' : 'file'))}>
              {step === 'file' ? 'Cancel' : 'Back'}
            </button>
            {step === 'mapping' && (
              <button type="button" className="btn btn-primary" disabled={busy || !inspect || inspect.problems.length > 0} onClick={() => void w.check()}>
                Check the rows
              </button>
            )}
            {step === 'check' && (
              <button type="button" className="btn btn-primary" disabled={busy || !preview?.canApply} onClick={() => void w.apply()}>
                Import {preview ? importedCount(preview).toLocaleString() : ''} candidate{preview && importedCount(preview) === 1 ? '' : 's'}
              </button>
            )}
          </footer>
        )}
      </div>
    </Dialog>
  )
}

/** The candidates an import writes to the job: created, added from other jobs, and updated. */
function importedCount(preview: ImportPreview): number {
  const c = preview.counts
  return c.new + c.added + c.updated
}
