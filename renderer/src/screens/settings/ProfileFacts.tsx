// What connecting learned about this TrackerRMS (the connection profile): which calls answer, and what each means
// for the user — the answers to what TrackerRMS's documentation leaves open.
import { LISTING_LABELS, WIDGET_AUTH_STYLE_LABELS, type ConnectionProfile } from '../../../../shared/api/connection'
import { Fact } from './Fact'

export function ProfileFacts({ profile }: { profile: ConnectionProfile | null }) {
  if (!profile) return <p className="muted">Tracker Sync has not learned this TrackerRMS yet: run “Check connection”.</p>
  const { listing, widget } = profile
  const rows = listing.rowsCarryEmail || listing.rowsCarryLinkedIn
  return (
    <dl className="facts" aria-label="What Tracker Sync learned about your TrackerRMS">
      <Fact
        label="Reading candidates"
        value={
          listing.variant ? `${LISTING_LABELS[listing.variant]}${listing.envelopeKey ? ` (rows under “${listing.envelopeKey}”)` : ''}` : 'not possible yet'
        }
        hint={listing.variant ? undefined : 'Nothing is created until Tracker Sync can read the candidates it compares new ones with.'}
      />
      <Fact
        label="Only what changed"
        value={
          listing.updatedAfter === 'honoured'
            ? 'yes'
            : listing.updatedAfter === 'ignored'
              ? 'no: the whole list is re-read (at most every 30 minutes)'
              : 'not known yet'
        }
      />
      <Fact
        label="Duplicate check by email and LinkedIn"
        value={
          rows ? 'from the list of candidates' : widget.style ? 'on TrackerRMS right before each create (checkPerson)' : 'not available: by full name only'
        }
        hint={!rows && !widget.style ? 'A Widget API key makes TrackerRMS check emails and LinkedIn URLs too.' : undefined}
      />
      <Fact
        label="Widget API (resumes, job lists)"
        value={widget.style ? `signed in with ${WIDGET_AUTH_STYLE_LABELS[widget.style]}` : 'not available'}
        hint={
          widget.style
            ? undefined
            : "Resumes can't be attached and candidates can't be put on job lists until TrackerRMS gives you a Widget API key: ask TrackerRMS support. Records are still created; those steps wait."
        }
      />
      <Fact label="TrackerRMS web app" value={profile.webHost} hint={profile.webHost ? 'From TrackerRMS itself; record links point here.' : undefined} />
    </dl>
  )
}
