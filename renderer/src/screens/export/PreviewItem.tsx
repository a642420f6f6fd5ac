import { Ban, CircleHelp, Link2, Plus, TriangleAlert } from 'lucide-react'
import { PREVIEW_CHOICES, type ExportChoice, type ExportPreviewItem, type ResourcePayload } from '../../../../shared/api/sync'
import { TrackerLink } from '../../components/TrackerLink'
import { choiceLabel, MatchCompare } from './DoubtfulMatch'

const MATCHED = { email: 'same email', linkedin: 'same LinkedIn URL', name: 'same full name' } as const

/** The TrackerRMS fields a create would write, in TrackerRMS's words. */
function payloadRows(p: ResourcePayload): [string, string][] {
  const rows: [string, string | undefined][] = [
    ['First name', p.firstName],
    ['Surname', p.surname],
    ['Email', p.contactDetails?.email],
    ['Mobile', p.contactDetails?.mobilePhone],
    ['LinkedIn URL', p.linkedInUrl],
    ['Job title', p.jobTitle],
    ['Current company', p.currentClient?.name],
    ['Town (city)', p.address?.town],
    ['County (state or region)', p.address?.county],
    ['Country', p.address?.country],
    ['Source', p.source]
  ]
  return rows.filter((r): r is [string, string] => !!r[1])
}

/** The row's choice: its default picked (an "ask" row has none: the user must pick before exporting). */
function Choices({ item, choice, onChoice }: { item: ExportPreviewItem; choice: ExportChoice | undefined; onChoice(choice: ExportChoice): void }) {
  const choices = PREVIEW_CHOICES[item.decision]
  if (choices.length === 0) return null
  const resourceId = 'trackerResourceId' in item ? item.trackerResourceId : 0
  return (
    <div className="row-choices" role="radiogroup" aria-label={`What to do with ${item.fullName}`} aria-required={item.decision === 'ask' || undefined}>
      {choices.map((c) => (
        <label key={c} className="row-choice">
          <input type="radio" name={`export-choice-${item.candidateId}`} value={c} checked={choice === c} onChange={() => onChoice(c)} />
          {choiceLabel(c, resourceId)}
        </label>
      ))}
    </div>
  )
}

export function PreviewItem({
  item,
  trackerJobId,
  choice,
  onChoice
}: {
  item: ExportPreviewItem
  trackerJobId: number | null
  choice: ExportChoice | undefined
  onChoice(choice: ExportChoice): void
}) {
  return (
    <li className={`preview-item decision-${item.decision}${choice === 'skip' ? ' skipped' : ''}`}>
      <div className="preview-head">
        <strong className="truncate">{item.fullName}</strong>
        {item.decision === 'create' && (
          <span className="chip chip-create">
            <Plus aria-hidden="true" /> New record
          </span>
        )}
        {item.decision === 'link' && (
          <span className="chip chip-link">
            <Link2 aria-hidden="true" /> Link to #{item.trackerResourceId} ({MATCHED[item.matchedOn]})
          </span>
        )}
        {item.decision === 'ask' && (
          <span className="chip chip-ask">
            <CircleHelp aria-hidden="true" /> Decide: same name,{' '}
            {item.match.differs.length === 2 ? 'other email and LinkedIn' : `other ${item.match.differs[0] === 'email' ? 'email' : 'LinkedIn'}`}
          </span>
        )}
        {item.decision === 'refused' && (
          <span className="chip chip-refused">
            <Ban aria-hidden="true" /> Not exported
          </span>
        )}
      </div>
      <p className="muted preview-reason">
        {item.reason}
        {item.decision === 'link' && trackerJobId ? ` It is put on TrackerRMS job ${trackerJobId}’s long list.` : ''}
      </p>
      {item.decision === 'link' && <TrackerLink resourceId={item.trackerResourceId} name={item.fullName} withText />}
      {item.decision === 'ask' && <MatchCompare match={item.match} />}
      <Choices item={item} choice={choice} onChoice={onChoice} />
      {item.decision === 'create' && item.nearMiss && (
        <p className="near-miss">
          <TriangleAlert aria-hidden="true" /> <span>Possible duplicate, not linked: {item.nearMiss}</span>
        </p>
      )}
      {(item.decision === 'create' || (item.decision === 'ask' && choice === 'create')) && (
        <details className="payload">
          <summary>What will be written</summary>
          <dl>
            {payloadRows(item.payload).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            <div>
              <dt>Resume</dt>
              <dd>A PDF made from the profile, attached as the primary resume</dd>
            </div>
            {trackerJobId && (
              <div>
                <dt>Job list</dt>
                <dd>Long list of TrackerRMS job {trackerJobId}</dd>
              </div>
            )}
          </dl>
        </details>
      )}
    </li>
  )
}
