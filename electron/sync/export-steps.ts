// The steps of one export, each recorded before the next begins (rule 6):
//   refresh the index delta -> duplicate check -> create (id recorded at once) -> attach the resume ->
//   put on the TrackerRMS job's long list -> done.
// A step that fails throws; the scheduler decides whether to retry, pause or fail the item.
import type { Candidate } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { getCandidate, setDuplicateWarning } from '../db/candidates'
import { getLedgerEntry, recordLedger } from '../db/ledger'
import { getQueueItem, insertAttempt, updateQueueItem, type QueueItem } from '../db/queue'
import { upsertIndexRecord } from '../db/tracker-index'
import type { CoreContext } from '../core/context'
import type { TrackerClient } from '../trackerrms/types'
import type { Mutex } from '../core/mutex'
import { checkDuplicate } from './duplicate-check'
import type { TrackerIndexRefresher } from './tracker-index-refresh'

/** Named points between steps; tests stop the process at each to prove nothing is lost or duplicated. */
export type StepBoundary = 'index_refreshed' | 'linked' | 'checked' | 'create_sent' | 'created' | 'resume_attached' | 'listed'

export interface ExportDeps {
  ctx: CoreContext
  client: TrackerClient
  /** The TrackerRMS REST host: the index is kept per host. */
  host: string
  /** Who connected the integration: TrackerRMS shows them as owner; the ledger records it (rule 7). */
  owner: string | null
  index: TrackerIndexRefresher
  /** Duplicate check and create run one at a time, so two exports of the same person cannot both create. */
  createLock: Mutex
  renderResume(candidate: Candidate): Promise<{ bytes: Uint8Array; fileName: string }>
  source: string
  atBoundary?(item: QueueItem, boundary: StepBoundary): void | Promise<void>
}

export async function runExport(deps: ExportDeps, queueId: number): Promise<void> {
  const { ctx } = deps
  const db = ctx.db
  const audit = (item: QueueItem, step: string, outcome: string, message: string | null) =>
    insertAttempt(db, { queueId: item.id, candidateId: item.candidateId, step, outcome, message }, ctx.now())
  const reload = () => getQueueItem(db, queueId) as QueueItem
  const boundary = async (item: QueueItem, name: StepBoundary) => deps.atBoundary?.(item, name)

  let item = reload()
  const candidate = getCandidate(db, item.candidateId)
  if (!candidate) throw new AppError('not_found', 'The candidate no longer exists in Tracker Sync.')

  if (item.step === 'queued' || item.step === 'checked') {
    const known = getLedgerEntry(db, candidate.id)
    if (known) {
      // Rule 4: contact data is sent once. A candidate already in TrackerRMS only goes on another job's list.
      db.transaction(() => {
        updateQueueItem(db, item.id, { step: 'created', trackerResourceId: known.trackerResourceId }, ctx.now())
        audit(item, 'check', 'skipped', `Already in TrackerRMS as #${known.trackerResourceId} (${known.how}); contact details are not sent again.`)
      })()
    } else {
      await deps.createLock.run(() => checkAndCreate(deps, item, candidate, audit, boundary))
    }
    item = reload()
  }

  if (item.step === 'created') {
    const ledger = getLedgerEntry(db, candidate.id)
    const attached = db
      .prepare(`SELECT 1 FROM sync_attempts WHERE candidate_id = ? AND step = 'resume' AND outcome = 'ok' LIMIT 1`)
      .get(candidate.id)
    if (ledger?.how === 'created' && !attached) {
      const resume = await deps.renderResume(candidate)
      await deps.client.attachResume(item.trackerResourceId as number, resume.bytes, resume.fileName)
      db.transaction(() => {
        updateQueueItem(db, item.id, { step: 'resume_attached' }, ctx.now())
        audit(item, 'resume', 'ok', `Attached ${resume.fileName} (${resume.bytes.length} bytes).`)
      })()
    } else {
      const why = attached ? 'a resume was attached by an earlier export' : 'the TrackerRMS record existed already, so its documents are left as they are'
      db.transaction(() => {
        updateQueueItem(db, item.id, { step: 'resume_attached' }, ctx.now())
        audit(item, 'resume', 'skipped', `No resume attached: ${why}.`)
      })()
    }
    item = reload()
    await boundary(item, 'resume_attached')
  }

  if (item.step === 'resume_attached') {
    const resourceId = item.trackerResourceId as number
    if (item.trackerJobId !== null) await deps.client.addToOpportunity(resourceId, item.trackerJobId, 'long')
    db.transaction(() => {
      updateQueueItem(db, item.id, { step: 'listed', state: 'done', lastError: null }, ctx.now())
      audit(
        item,
        'list',
        item.trackerJobId !== null ? 'ok' : 'skipped',
        item.trackerJobId !== null
          ? `On the long list of TrackerRMS job ${item.trackerJobId}.`
          : 'The job has no TrackerRMS job, so the record was not put on a list.'
      )
    })()
    await boundary(reload(), 'listed')
  }
}

async function checkAndCreate(
  deps: ExportDeps,
  item: QueueItem,
  candidate: Candidate,
  audit: (item: QueueItem, step: string, outcome: string, message: string | null) => void,
  boundary: (item: QueueItem, name: StepBoundary) => Promise<void>
): Promise<void> {
  const { ctx, client } = deps
  const db = ctx.db
  // Rule 6: an earlier attempt may have sent the create before the app died; refresh so that record is found.
  const mayHaveCreated = item.step === 'checked' || item.attempts > 0
  const refresh = await deps.index.refresh(client, deps.host, { force: mayHaveCreated })
  if (refresh.kind !== 'fresh') audit(item, 'index', 'ok', `TrackerRMS index ${refresh.kind} refresh: ${refresh.records} records in ${refresh.pages} pages.`)
  await boundary(item, 'index_refreshed')

  const decision = checkDuplicate(db, candidate)
  if (decision.kind === 'link') {
    const { field } = decision
    // After an interruption between sending the create and recording its answer, the record found is our own.
    const ours = item.step === 'checked' && createdSinceCheck(db, item.id, decision.resourceId)
    db.transaction(() => {
      recordLedger(db, {
        candidateId: candidate.id,
        trackerResourceId: decision.resourceId,
        how: ours ? 'created' : 'linked',
        matchedOn: ours ? null : decision.matchedOn,
        syncedAt: ctx.now(),
        syncedBy: deps.owner
      })
      updateQueueItem(db, item.id, { step: 'created', trackerResourceId: decision.resourceId }, ctx.now())
      if (ours) audit(item, 'create', 'ok', `Found TrackerRMS #${decision.resourceId}, created by the interrupted attempt (same ${field}); not created again.`)
      else audit(item, 'check', 'linked', `Same ${field} as TrackerRMS #${decision.resourceId}: linked to it, nothing created.`)
    })()
    await boundary(item, 'linked')
    return
  }

  const warning = decision.nearMiss
  db.transaction(() => {
    if (warning) setDuplicateWarning(db, candidate.id, warning, ctx.now())
    updateQueueItem(db, item.id, { step: 'checked' }, ctx.now())
    audit(item, 'check', 'no_match', `No TrackerRMS record with the same email, LinkedIn URL or full name.${warning ? ` Warning: ${warning}` : ''}`)
  })()
  await boundary(item, 'checked')

  const created = await client.createResource(candidate, { source: deps.source })
  await boundary(item, 'create_sent')
  db.transaction(() => {
    recordLedger(db, { candidateId: candidate.id, trackerResourceId: created.id, how: 'created', matchedOn: null, syncedAt: ctx.now(), syncedBy: deps.owner })
    upsertIndexRecord(db, { resourceId: created.id, fullName: candidate.fullName, email: candidate.email, linkedinUrl: candidate.linkedinUrl, updatedAt: null }, 'created', ctx.now())
    updateQueueItem(db, item.id, { step: 'created', trackerResourceId: created.id }, ctx.now())
    audit(item, 'create', 'ok', `Created TrackerRMS #${created.id}${deps.owner ? ` (owner: ${deps.owner})` : ''}.`)
  })()
  await boundary(getQueueItem(db, item.id) as QueueItem, 'created')
}

/** Grace for clock differences between TrackerRMS and this machine when dating a record. */
const CLOCK_SKEW_MS = 5 * 60_000

/**
 * True when the matching record appeared in TrackerRMS after this export passed its duplicate check: the create
 * was sent, but the app stopped before it could record the answer.
 */
function createdSinceCheck(db: CoreContext['db'], queueId: number, resourceId: number): boolean {
  const checked = db
    .prepare(`SELECT at FROM sync_attempts WHERE queue_id = ? AND step = 'check' AND outcome = 'no_match' ORDER BY id DESC LIMIT 1`)
    .get(queueId) as { at: string } | undefined
  const indexed = db.prepare('SELECT updated_at FROM tracker_index WHERE resource_id = ?').get(resourceId) as { updated_at: string | null } | undefined
  if (!checked || !indexed?.updated_at) return false
  return Date.parse(indexed.updated_at) >= Date.parse(checked.at) - CLOCK_SKEW_MS
}
