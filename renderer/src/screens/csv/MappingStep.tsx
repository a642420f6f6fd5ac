// Step 2: what was detected (encoding, separator; for an Excel workbook, the sheet, with a choice when it has
// several), and which field each column fills — recognised automatically, changeable per column; a saved mapping
// can be applied. Problems that would refuse the file are shown here.
import { CircleAlert, Info } from 'lucide-react'
import type { EncodingName } from '../../../../shared/csv/encodings'
import type { SavedMapping } from '../../../../shared/csv/types'
import type { InspectResult } from '../../../../shared/csv/types'
import { IMPORT_COLUMNS } from '../../../../shared/csv/columns'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { EncodingChoice } from './EncodingChoice'

interface Props {
  inspect: InspectResult
  /** The user's choice per header, where it differs from the automatic one. */
  overrides: Record<string, string | null>
  onOverride(header: string, field: string | null): void
  saved: SavedMapping[]
  savedName: string
  onSaved(name: string): void
  /** Reads the file in another encoding (null: as detected). */
  onEncoding(encoding: EncodingName | null): void
  /** Another sheet of a workbook chosen. */
  onSheet(name: string): void
}

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`)

export function MappingStep({ inspect, overrides, onOverride, saved, savedName, onSaved, onEncoding, onSheet }: Props) {
  const book = inspect.format.workbook
  return (
    <div className="stack">
      <dl className="detected">
        <div>
          <dt>File</dt>
          <dd>
            {inspect.fileName} <span className="muted">({size(inspect.bytes)})</span>
          </dd>
        </div>
        {book ? (
          <div>
            <dt>Sheet</dt>
            <dd>
              {book.sheets.length > 1 ? (
                <select className="select" aria-label="Sheet to import" value={book.sheet} onChange={(e) => onSheet(e.target.value)}>
                  {book.sheets.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              ) : (
                book.sheet
              )}
            </dd>
          </div>
        ) : (
          <>
            <div>
              <dt>Encoding</dt>
              <dd>
                <EncodingChoice inspect={inspect} onEncoding={onEncoding} />
              </dd>
            </div>
            <div>
              <dt>Separator</dt>
              <dd>{inspect.format.delimiterLabel}</dd>
            </div>
          </>
        )}
        <div>
          <dt>Columns</dt>
          <dd>{inspect.headers.length}</dd>
        </div>
      </dl>
      {saved.length > 0 && (
        <div className="field saved-mapping">
          <label className="field-label" htmlFor="saved-mapping">
            Use a saved mapping
          </label>
          <select id="saved-mapping" className="select" value={savedName} onChange={(e) => onSaved(e.target.value)}>
            <option value="">None: the columns as recognised</option>
            {saved.map((m) => (
              <option key={m.name} value={m.name}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <DataTable label="Columns of the file" className="mapping-table" columns={['Column in the file', 'First value', 'Imported as']}>
        {inspect.mapping.map((column) => {
          const chosen = column.header in overrides ? overrides[column.header] : column.field
          return (
            <tr key={column.index}>
              <td>{column.header || <span className="muted">(no header, column {column.index + 1})</span>}</td>
              <td className="muted truncate sample">{inspect.sampleRows[0]?.[column.index] ?? ''}</td>
              <td>
                <select
                  className={`select${chosen ? '' : ' unmapped'}`}
                  aria-label={`Import column “${column.header || column.index + 1}” as`}
                  value={chosen ?? ''}
                  disabled={!column.header}
                  onChange={(e) => onOverride(column.header, e.target.value || null)}
                >
                  <option value="">Not imported</option>
                  {IMPORT_COLUMNS.map((c) => (
                    <option key={c.field} value={c.field}>
                      {c.header}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          )
        })}
      </DataTable>
      {inspect.problems.map((problem) => (
        <ErrorMessage key={problem}>
          <CircleAlert aria-hidden="true" /> <span>{problem}</span>
        </ErrorMessage>
      ))}
      {inspect.notes.length > 0 && (
        <ul className="notes">
          {inspect.notes.map((note) => (
            <li key={note}>
              <Info aria-hidden="true" /> <span>{note}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
