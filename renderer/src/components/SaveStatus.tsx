import { Check, CircleAlert, LoaderCircle } from 'lucide-react'

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string }

/** "Saving…", "Saved", or what went wrong — announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <span className={`save-status save-${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'saving' && (
        <>
          <LoaderCircle className="spin" aria-hidden="true" /> Saving…
        </>
      )}
      {state.kind === 'saved' && (
        <>
          <Check aria-hidden="true" /> Saved
        </>
      )}
      {state.kind === 'error' && (
        <>
          <CircleAlert aria-hidden="true" /> {state.message}
        </>
      )}
    </span>
  )
}
