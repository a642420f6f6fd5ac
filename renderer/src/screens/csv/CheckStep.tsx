// Step 3: what the import would do, row by row, before anything is written: counts, every row's errors (row and
// column named), duplicates and what happens to them (people already stored as candidates of other jobs are added
// to this job, never created twice); the duplicate policy and "skip invalid rows".
import { plural } from '../../../../shared/plural'
import { jobsWords } from '../../../../shared/jobs-words'
import type { DuplicateInfo, DuplicatePolicy, ImportPreview } from '../../../../shared/csv/types'
import { STAGE_LABELS } from '../../../../shared/domain'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { ProgressBar } from '../../components/ProgressBar'
import { Counts } from './Counts'
import { RowWarnings } from './RowWarnings'

const POLICIES: { value: DuplicatePolicy; label: string; hint: string }[] = [
  {
    value: 'skip',
    label: 'Skip them',
    hint: 'Keep the candidate you have; the row is left out. Candidates of other jobs are added with their stored details.'
  },
  { value: 'update', label: 'Update them', hint: 'Fill in and overwrite the candidate’s details from the row, also for candidates of other jobs.' },
  { value: 'create', label: 'Add them anyway', hint: 'A second candidate with the same details. Candidates of other jobs are still added, not created twice.' }
]
const ACTION: Record<string, string> = { new: 'New', add: 'Add to job', update: 'Update', skip: 'Skip', invalid: 'Invalid' }
const FIELD: Record<DuplicateInfo['field'], string> = { trackerId: 'TrackerRMS ID', email: 'email', linkedin: 'LinkedIn URL', name: 'full name' }
const MAX_ERRORS_SHOWN = 200

interface Props {
  policy: DuplicatePolicy
  onPolicy(policy: DuplicatePolicy): void
  skipInvalid: boolean
  onSkipInvalid(skip: boolean): void
  saveAs: string
  onSaveAs(name: string): void
  preview: ImportPreview | null
  /** Progress of the dry run (0…1), null when not running. */
  progress: number | null
  error: string | null
}

export function CheckStep({ policy, onPolicy, skipInvalid, onSkipInvalid, saveAs, onSaveAs, preview, progress, error }: Props) {
  return (
    <div className="stack">
      <div className="grid-2 check-options">
        <fieldset className="radio-group">
          <legend className="field-label">
            Rows that are already a candidate of the job (same email, LinkedIn URL or TrackerRMS ID, or the same full name when no email or LinkedIn URL
            differs)
          </legend>
          {POLICIES.map((p) => (
            <label key={p.value} className="radio">
              <input type="radio" name="policy" value={p.value} checked={policy === p.value} onChange={() => onPolicy(p.value)} />
              <span>
                {p.label} <span className="field-hint">{p.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="stack">
          <label className="check">
            <input type="checkbox" checked={skipInvalid} onChange={(e) => onSkipInvalid(e.target.checked)} />
            <span>
              Skip invalid rows <span className="field-hint">Import the rest. Otherwise one invalid row stops the whole file (nothing is imported).</span>
            </span>
          </label>
          <Field label="Save this mapping as (optional)" hint="Reuse it for the next file with the same columns.">
            <input className="input" value={saveAs} maxLength={100} onChange={(e) => onSaveAs(e.target.value)} placeholder="e.g. TrackerRMS export" />
          </Field>
        </div>
      </div>
      {progress !== null && <ProgressBar value={progress} label="Checking every row" />}
      <ErrorMessage>{error}</ErrorMessage>
      {preview && (
        <>
          <Counts counts={preview.counts} />
          {preview.counts.added > 0 && (
            <p className="muted">
              {plural(preview.counts.added, 'row is', 'rows are')} already a candidate of another job (same TrackerRMS ID, email or LinkedIn URL):{' '}
              {policy === 'update'
                ? 'they are added to this job and their details updated from the file.'
                : 'they are added to this job with the details you already have.'}
            </p>
          )}
          {preview.blockedReason && (
            <ErrorMessage>
              {preview.counts.invalid > 0 && !skipInvalid
                ? `${preview.counts.invalid.toLocaleString()} row${preview.counts.invalid === 1 ? ' has' : 's have'} problems (below): fix the file and choose it again, or tick “Skip invalid rows” to import the others.`
                : preview.blockedReason}
            </ErrorMessage>
          )}
          {preview.errors.length > 0 && (
            <section aria-labelledby="row-errors-title">
              <h3 id="row-errors-title" className="section-title">
                {plural(preview.errorCount, 'problem')} in the file
              </h3>
              <DataTable label="Row errors" className="row-errors" columns={['Row', 'Column', 'Problem']}>
                {preview.errors.slice(0, MAX_ERRORS_SHOWN).map((problem, i) => (
                  <tr key={`${problem.row}-${i}`}>
                    <td className="num">{problem.row}</td>
                    <td>{problem.column ?? <span className="muted">whole row</span>}</td>
                    <td>{problem.message}</td>
                  </tr>
                ))}
              </DataTable>
            </section>
          )}
          {preview.duplicates.length > 0 && (
            <section aria-labelledby="duplicates-title">
              <h3 id="duplicates-title" className="section-title">
                {plural(preview.duplicateCount, 'duplicate')}
              </h3>
              <ul className="notes">
                {preview.duplicates.slice(0, 20).map((d) => (
                  <li key={d.row}>
                    Row {d.row}: same {FIELD[d.duplicate.field]} as {d.duplicate.candidateName ?? `row ${d.duplicate.row}`}
                    {d.duplicate.jobs && ` (id ${d.duplicate.candidateId}, ${jobsWords(d.duplicate.jobs)})`} — {ACTION[d.action].toLowerCase()}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <RowWarnings report={preview} />
          {preview.rows.some((r) => r.fields) && (
            <section aria-labelledby="first-rows-title">
              <h3 id="first-rows-title" className="section-title">
                The first rows as they would be stored
              </h3>
              <DataTable label="First rows" columns={['Row', 'Name', 'Email', 'Current role', 'Stage', 'Action']}>
                {preview.rows.slice(0, 10).map((row) => (
                  <tr key={row.row} data-action={row.action}>
                    <td className="num">{row.row}</td>
                    <td>{row.fields?.fullName ?? '—'}</td>
                    <td>{row.fields?.email ?? '—'}</td>
                    <td>{[row.fields?.currentTitle, row.fields?.currentCompany].filter(Boolean).join(' · ') || '—'}</td>
                    <td>{row.stage ? STAGE_LABELS[row.stage] : '—'}</td>
                    <td>
                      <span className={`state action-${row.action}`}>{ACTION[row.action]}</span>
                      {row.action === 'add' && row.duplicate?.jobs && (
                        <div className="muted cell-sub">
                          {row.duplicate.candidateName}, id {row.duplicate.candidateId}, {jobsWords(row.duplicate.jobs)}
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
            </section>
          )}
        </>
      )}
    </div>
  )
}
