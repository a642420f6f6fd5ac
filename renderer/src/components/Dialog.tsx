import * as RadixDialog from '@radix-ui/react-dialog'
import { X } from 'lucide-react'
import type { ReactNode } from 'react'

interface DialogProps {
  open: boolean
  onOpenChange(open: boolean): void
  title: string
  description?: string
  children: ReactNode
  /** 'center' for forms, 'side' for the profile panel. */
  variant?: 'center' | 'side'
  wide?: boolean
}

/** Radix's accessible dialog (focus trap, Escape, labelled), in the app's style. */
export function Dialog({ open, onOpenChange, title, description, children, variant = 'center', wide }: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={`dialog dialog-${variant}${wide ? ' dialog-wide' : ''}`}
          // A side panel is for reading: focus lands on the panel itself (Tab reaches its controls), not on Close.
          onOpenAutoFocus={variant === 'side' ? (event) => (event.preventDefault(), (event.currentTarget as HTMLElement).focus()) : undefined}
        >
          <header className="dialog-header">
            <div className="titles">
              <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
              {description ? (
                <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description>
              ) : (
                <RadixDialog.Description className="visually-hidden">{title}</RadixDialog.Description>
              )}
            </div>
            <RadixDialog.Close className="btn btn-ghost btn-icon" aria-label="Close">
              <X aria-hidden="true" />
            </RadixDialog.Close>
          </header>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  )
}
