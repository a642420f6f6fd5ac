// A doubtful match: the candidate and a TrackerRMS record with the same full name but another email or LinkedIn URL,
// side by side with what differs marked, so the user can tell whether they are one person. The export preview offers
// it as a choice per row; an export held for it (Activity, the candidate's profile, the export's outcomes) is decided
// here: link to that record, create a new one, or skip — nothing is linked or created until the user says so.
import { Ban, Link2, Plus } from 'lucide-react'
import { toast } from 'sonner'
import type { DoubtfulMatch, ExportChoice, MatchPerson, QueueEntry } from '../../../../shared/api/sync'
import type { ContactField } from '../../../../shared/domain'
import { differsWords } from '../../../../shared/match-words'
import { errorMessage } from '../../api/client'
import { useCallMutation } from '../../api/hooks'
import { TrackerLink } from '../../components/TrackerLink'

const FIELDS: { label: string; value(p: MatchPerson): string | null; field?: ContactField }[] = [
  { label: 'Name', value: (p) => p.fullName },
  { label: 'Email', value: (p) => p.email, field: 'email' },
  { label: 'LinkedIn URL', value: (p) => p.linkedinUrl, field: 'linkedin' }
]

export function MatchCompare({ match }: { match: DoubtfulMatch }) {
  const { ours, theirs } = match
  return (
    <table className="match-compare" aria-label={`${ours.fullName ?? 'The candidate'} and TrackerRMS record #${theirs.resourceId}`}>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Field</span>
          </th>
          <th scope="col">In Tracker Sync</th>
          <th scope="col">
            {/* "#N" as the link's text: it is part of the link's name ("Open … in TrackerRMS, record #N"). */}
            TrackerRMS <TrackerLink resourceId={theirs.resourceId} name={theirs.fullName ?? 'this person'} withText text={`#${theirs.resourceId}`} size={14} />
          </th>
        </tr>
      </thead>
      <tbody>
        {FIELDS.map(({ label, value, field }) => {
          const differs = field !== undefined && match.differs.includes(field)
          return (
            <tr key={label} className={differs ? 'differs' : undefined}>
              <th scope="row">
                {label}
                {differs && <span className="differs-note"> (differs)</span>}
              </th>
              <td>{value(ours) ?? <span className="muted">—</span>}</td>
              <td>{value(theirs) ?? <span className="muted">—</span>}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** The three ways to decide, in the user's words (the preview's radio buttons and a held export's buttons). */
export const choiceLabel = (choice: ExportChoice, resourceId: number) =>
  choice === 'link' ? `Link to #${resourceId}` : choice === 'create' ? 'Create new' : 'Skip'

const ICONS = { link: Link2, create: Plus, skip: Ban }

/** An export held for the user's decision, with the two people and the three choices. */
export function HeldDecision({ entry }: { entry: QueueEntry }) {
  const decide = useCallMutation('sync.decide')
  if (!entry.match) return null
  const { match } = entry
  const act = (decision: ExportChoice) =>
    void decide
      .mutateAsync({ queueId: entry.id, decision })
      .then(() =>
        toast.success(
          decision === 'skip'
            ? `${entry.candidateName} is skipped: nothing is sent`
            : decision === 'link'
              ? `${entry.candidateName} will be linked to #${match.theirs.resourceId}`
              : `A new TrackerRMS record will be created for ${entry.candidateName}`
        )
      )
      .catch((e) => toast.error(errorMessage(e)))
  return (
    <div className="held-decision" role="group" aria-label={`Needs your decision: ${entry.candidateName}`}>
      <p>
        <strong>Needs your decision.</strong> TrackerRMS #{match.theirs.resourceId} has the same full name but {differsWords(match.differs)}. Nothing was linked
        or created.
      </p>
      <MatchCompare match={match} />
      <div className="held-actions">
        {(['link', 'create', 'skip'] as const).map((choice) => {
          const Icon = ICONS[choice]
          return (
            <button
              key={choice}
              type="button"
              className={choice === 'skip' ? 'btn btn-sm btn-ghost' : 'btn btn-sm'}
              disabled={decide.isPending}
              onClick={() => act(choice)}
            >
              <Icon aria-hidden="true" /> {choiceLabel(choice, match.theirs.resourceId)}
            </button>
          )
        })}
      </div>
    </div>
  )
}
