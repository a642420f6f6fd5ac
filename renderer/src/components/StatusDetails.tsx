// Plain words first; the technical words (error codes, the host, what was being done) behind "Details", for support
// or the curious.
import { plainAndDetail } from '../../../shared/sync-status'

export function StatusDetails({ detail }: { detail: string | null }) {
  if (!detail) return null
  return (
    <details className="status-details">
      <summary>Details</summary>
      <span>{detail}</span>
    </details>
  )
}

/** A message whose closing parenthesis holds the detail (see plainAndDetail). */
export function PlainWithDetails({ text }: { text: string }) {
  const { plain, detail } = plainAndDetail(text)
  return (
    <div>
      <p>{plain}</p>
      <StatusDetails detail={detail} />
    </div>
  )
}
