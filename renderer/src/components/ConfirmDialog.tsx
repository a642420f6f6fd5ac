import type { ReactNode } from 'react'
import { Dialog } from './Dialog'
import { ErrorMessage } from './ErrorMessage'

interface Props {
  open: boolean
  onOpenChange(open: boolean): void
  title: string
  description?: string
  children?: ReactNode
  confirmLabel: string
  onConfirm(): void
  busy?: boolean
  danger?: boolean
  error?: string | null
}

/** "Are you sure?" with what happens in words; the safe choice is the default focus. */
export function ConfirmDialog({ open, onOpenChange, title, description, children, confirmLabel, onConfirm, busy, danger, error }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} description={description}>
      <div className="dialog-body">
        {children}
        <ErrorMessage>{error}</ErrorMessage>
        <footer className="dialog-footer">
          <button type="button" className="btn" autoFocus onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="button" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </footer>
      </div>
    </Dialog>
  )
}
