import { ExternalLink } from 'lucide-react'
import { useRecordLink } from '../api/state'
import { TrackerBadge } from './badges'

/**
 * Our "in TrackerRMS" badge as a link to the record in the user's TrackerRMS web app. A normal link in a new tab:
 * the browser opens it; the desktop app hands it to the system browser, and only for the user's TrackerRMS host.
 */
export function TrackerLink({
  resourceId,
  name,
  size = 16,
  withText = false,
  text
}: {
  resourceId: number
  name: string
  size?: number
  withText?: boolean
  /** Shorter link text than "Open record #N in TrackerRMS" (tables). */
  text?: string
}) {
  const url = useRecordLink()(resourceId)
  const label = `Open ${name} in TrackerRMS, record #${resourceId}`
  if (!url)
    return (
      <span className="tracker-link" title={`In TrackerRMS as record ${resourceId}`}>
        <TrackerBadge size={size} label={`In TrackerRMS (record ${resourceId})`} />
        {withText && <span>{text ?? `Record #${resourceId}`}</span>}
      </span>
    )
  return (
    <a
      className="tracker-link"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={withText && !text ? undefined : label}
      title={label}
      onClick={(e) => e.stopPropagation()}
    >
      <TrackerBadge size={size} label="" />
      {withText && (
        <>
          <span>{text ?? `Open record #${resourceId} in TrackerRMS`}</span>
          <ExternalLink aria-hidden="true" className="tracker-link-icon" />
        </>
      )}
    </a>
  )
}
