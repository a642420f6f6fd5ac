import type { ReactNode } from 'react'

/** A column title; `{ hidden }` names a column for screen readers only (e.g. the row's action buttons). */
type DataTableColumn = string | { hidden: string }

interface Props {
  /** The table's accessible name. */
  label: string
  columns: DataTableColumn[]
  /** Classes added to "data-table" (a table's own column widths). */
  className?: string
  /** The rows. */
  children: ReactNode
  /** Shown under the table, inside its scrolling frame (e.g. "Showing the latest 200"). */
  after?: ReactNode
}

/** The app's list of records: a framed, scrolling table with a header row of column titles. */
export function DataTable({ label, columns, className, children, after }: Props) {
  return (
    <div className="table-wrap">
      <table className={className ? `data-table ${className}` : 'data-table'} aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.hidden} scope="col">
                  <span className="visually-hidden">{column.hidden}</span>
                </th>
              )
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {after}
    </div>
  )
}
