// The steps of one export. Which step comes next is read from the facts recorded so far (the item's columns and
// the ledger), never from audit wording; each step records its fact before the next begins (rule 6) and returns an
// outcome (outcome.ts) instead of throwing — the scheduler and queue-machine.ts own what happens to the item then.
//   no TrackerRMS id yet  → check for duplicates (index, then TrackerRMS itself), then create or link
//   our record, no resume → attach it (read back first if an earlier attach may have arrived)
//   a TrackerRMS job      → put it on the long list (read back first if an earlier request may have arrived)
import type { Candidate } from '../../shared/domain'
import type { IndexStatus } from '../../shared/events'
import { getCandidate, setDuplicateWarning } from '../db/candidates'
import { getLedgerEntry, getResumeFacts, markAttachSent, markResumeAttached, recordLedger } from '../db/ledger'
import { createSentWithoutRecord, getQueueItem, type QueueItem } from '../db/queue'
import { upsertIndexRecord } from '../db/tracker-index'
import type { CoreContext } from '../lib/context'
import type { Mutex } from '../lib/mutex'
import type { TrackerClient, TrackerDocument } from '../trackerrms/types'
import { checkDuplicate, MATCH_FIELD_LABELS } from './duplicate-check'
import { holdForDecision, readRecordOf } from './doubtful-match'
import { differsWords } from '../../shared/match-words'
import { guarded, outcomeOf, type StepOutcome } from './outcome'
import { recordStep } from './queue-machine'
import { serverGuard } from './server-guard'
import type { TrackerIndexRefresher } from './tracker-index-refresh'
import type { IndexReader } from './index-reader'

/** Named points between steps; tests stop the process at each to prove nothing is lost or duplicated. */
export type StepBoundary = 'index_refreshed' | 'linked' | 'checked' | 'create_sent' | 'created' | 'attach_sent' | 'resume_attached' | 'list_sent' | 'listed'

export interface ExportDeps {
  ctx: CoreContext
  client: TrackerClient
  /** The TrackerRMS REST host: the index is kept per host. */
  host: string
  /** Who connected the integration: the ledger records them as who sent each candidate (rule 7). */
  owner: string | null
  index: TrackerIndexRefresher
  /** Reads TrackerRMS's list in the background; told after each create (another desktop's twin shows up then). */
  reader: Pick<IndexReader, 'start' | 'afterCreate' | 'status'>
  /** Duplicate check and create run one at a time, so two exports of the same person cannot both create. */
  createLock: Mutex
  renderResume(candidate: Candidate): Promise<{ bytes: Uint8Array; fileName: string }>
  source: string
  atBoundary?(item: QueueItem, boundary: StepBoundary): void | Promise<void>
}

const MAX_STEPS = 8

/** Runs the export's steps until one does not simply lead to the next; returns that outcome. */
export async function runExport(deps: ExportDeps, queueId: number): Promise<StepOutcome> {
  for (let i = 0; i < MAX_STEPS; i++) {
    const outcome = await guarded(() => nextStep(deps, getQueueItem(deps.ctx.db, queueId) as QueueItem))
    if (outcome.kind !== 'next') return outcome
  }
  return { kind: 'retry', reason: 'The export did not settle within its steps (a Tracker Sync bug); it is tried again.' }
}

async function nextStep(deps: ExportDeps, item: QueueItem): Promise<StepOutcome> {
  const { db } = deps.ctx
  const candidate = getCandidate(db, item.candidateId)
  if (!candidate) return { kind: 'fail', reason: 'The candidate no longer exists in Tracker Sync.' }
  const ledger = getLedgerEntry(db, candidate.id)
  if (item.trackerResourceId === null) {
    if (ledger) return adopt(deps, item, ledger.trackerResourceId, ledger.how)
    return deps.createLock.run(() => checkAndCreate(deps, item, candidate))
  }
  if (ledger?.how === 'created' && !getResumeFacts(db, candidate.id)?.resumeAttachedAt) return attachResume(deps, item, candidate)
  if (item.trackerJobId !== null && !item.listedAt) return putOnList(deps, item)
  return {
    kind: 'done',
    message: item.trackerJobId === null ? 'Done. The job has no TrackerRMS job, so the record was not put on a list.' : 'Done.'
  }
}

const boundary = (deps: ExportDeps, queueId: number, name: StepBoundary) => deps.atBoundary?.(getQueueItem(deps.ctx.db, queueId) as QueueItem, name)

/** Rule 4: a candidate already in TrackerRMS (an earlier export, a link, a CSV import) is never sent again. */
function adopt(deps: ExportDeps, item: QueueItem, resourceId: number, how: string): StepOutcome {
  recordStep(
    deps.ctx.db,
    item,
    { trackerResourceId: resourceId, step: 'created', recordHow: 'existing' },
    { step: 'check', outcome: 'skipped', message: `Already in TrackerRMS as #${resourceId} (${how}); contact details are not sent again.` },
    deps.ctx.now()
  )
  return { kind: 'next' }
}

async function checkAndCreate(deps: ExportDeps, item: QueueItem, candidate: Candidate): Promise<StepOutcome> {
  const { ctx, client } = deps
  const db = ctx.db
  // The user chose to link a doubtful match (in the preview, or on the held export): exactly that record.
  if (item.decision === 'link' && item.decisionResourceId !== null) return link(deps, item, candidate, item.decisionResourceId, 'name', false, true)
  // Rule 6: an earlier attempt may have sent the create before the app stopped; refresh so its record is found.
  const createSent = createSentWithoutRecord(db, candidate.id)
  const refresh = await deps.index.refresh(client, deps.host, { force: createSent })
  if (refresh.kind === 'delta' || refresh.kind === 'full')
    recordStep(
      db,
      item,
      {},
      { step: 'index', outcome: 'ok', message: `TrackerRMS index ${refresh.kind} refresh: ${refresh.records} records in ${refresh.pages} pages.` },
      ctx.now()
    )
  await boundary(deps, item.id, 'index_refreshed')

  const decision = await checkDuplicate(db, candidate, readRecordOf(client))
  if (decision.kind === 'link') return link(deps, item, candidate, decision.resourceId, decision.matchedOn, createSent)
  const complete = refresh.kind !== 'incomplete'
  // TrackerRMS reports the person but the index lacks the record: read what changed, then look again (once).
  // Asked for a doubtful match too: a record with this email or LinkedIn URL settles it without asking the user.
  const readChanges = complete ? async () => void (await deps.index.refresh(client, deps.host, { force: true })) : undefined
  const guard = await serverGuard(db, client, candidate, readChanges)
  if (guard.kind === 'found') return link(deps, item, candidate, guard.resourceId, guard.matchedOn, createSent)
  if (guard.kind === 'unresolved')
    return {
      kind: 'waiting',
      capability: complete ? 'record' : 'index',
      reason: `TrackerRMS already has this person (same ${guard.field}) — Tracker Sync can't see the record yet. Nothing was created; it is linked as soon as the record shows up in TrackerRMS's list.`
    }
  if (!complete) {
    deps.reader.start()
    return { kind: 'waiting', capability: 'index', reason: indexWaitReason(deps.reader.status()) }
  }
  if (decision.kind === 'doubt' && item.decision !== 'create') return holdForDecision(ctx, item, candidate, decision)

  const warning = decision.kind === 'create' ? decision.nearMiss : null
  const checked =
    decision.kind === 'doubt'
      ? `You chose a new record: TrackerRMS #${decision.resourceId} has the same full name but ${differsWords(decision.differs)}, and no record has this email or LinkedIn URL.`
      : guard.kind === 'skipped'
        ? `No record with the same email, LinkedIn URL or full name in Tracker Sync's copy of TrackerRMS (${guard.reason}).`
        : 'No TrackerRMS record with the same email, LinkedIn URL or full name.'
  // create_sent_at is written BEFORE the create goes out: whatever happens next, a matching record is our own.
  recordStep(
    db,
    item,
    { step: 'checked', checkedAt: ctx.now(), createSentAt: ctx.now() },
    { step: 'check', outcome: 'no_match', message: `${checked}${warning ? ` Warning: ${warning}` : ''}` },
    ctx.now(),
    () => {
      if (warning) setDuplicateWarning(db, candidate.id, warning, ctx.now())
    }
  )
  await boundary(deps, item.id, 'checked')

  const created = await client.createResource(candidate, { source: deps.source })
  await boundary(deps, item.id, 'create_sent')
  const notes = created.notes.length ? ` ${created.notes.join(' ')}` : ''
  recordStep(
    db,
    item,
    { step: 'created', trackerResourceId: created.id, recordHow: 'created' },
    { step: 'create', outcome: 'ok', message: `Created TrackerRMS #${created.id}.${notes}` },
    ctx.now(),
    () => {
      recordLedger(db, { candidateId: candidate.id, trackerResourceId: created.id, how: 'created', matchedOn: null, syncedAt: ctx.now(), syncedBy: deps.owner })
      upsertIndexRecord(
        db,
        { resourceId: created.id, fullName: candidate.fullName, email: candidate.email, linkedinUrl: candidate.linkedinUrl, updatedAt: null },
        'created',
        ctx.now()
      )
    }
  )
  deps.reader.afterCreate()
  await boundary(deps, item.id, 'created')
  return { kind: 'next' }
}

/** "Waiting for the TrackerRMS candidate list (34 %) …": nothing is created before every name is known. */
export function indexWaitReason(status: IndexStatus): string {
  const share = status.percent !== null ? ` (${status.percent} %)` : status.rows ? ` (${status.rows.toLocaleString('en')} read)` : ''
  return `Waiting for the TrackerRMS candidate list${share}: nothing is created until Tracker Sync has read every name in TrackerRMS, so it cannot create a duplicate.`
}

/**
 * A matching record. After a create was sent and not recorded (the check had found none), it is our own record:
 * no timestamps needed, so it gets its resume. Otherwise it existed already: linked, never rewritten.
 */
async function link(
  deps: ExportDeps,
  item: QueueItem,
  candidate: Candidate,
  resourceId: number,
  matchedOn: 'email' | 'linkedin' | 'name',
  ours: boolean,
  chosen = false
): Promise<StepOutcome> {
  const { ctx } = deps
  const field = MATCH_FIELD_LABELS[matchedOn]
  const entry = ours
    ? { step: 'create', outcome: 'ok', message: `Found TrackerRMS #${resourceId}, created by the interrupted attempt (same ${field}); not created again.` }
    : chosen
      ? { step: 'check', outcome: 'linked', message: `You chose to link TrackerRMS #${resourceId} (same full name): linked to it, nothing created.` }
      : { step: 'check', outcome: 'linked', message: `Same ${field} as TrackerRMS #${resourceId}: linked to it, nothing created.` }
  const change = { step: 'created', trackerResourceId: resourceId, recordHow: ours ? 'created' : 'linked' } as const
  recordStep(ctx.db, item, change, entry, ctx.now(), () =>
    recordLedger(ctx.db, {
      candidateId: candidate.id,
      trackerResourceId: resourceId,
      how: ours ? 'created' : 'linked',
      matchedOn: ours ? null : matchedOn,
      syncedAt: ctx.now(),
      syncedBy: deps.owner
    })
  )
  await boundary(deps, item.id, 'linked')
  return { kind: 'next' }
}

async function attachResume(deps: ExportDeps, item: QueueItem, candidate: Candidate): Promise<StepOutcome> {
  const { ctx, client } = deps
  const resourceId = item.trackerResourceId as number
  const resume = await deps.renderResume(candidate)
  const attached = (message: string) => {
    recordStep(ctx.db, item, { step: 'resume_attached' }, { step: 'resume', outcome: 'ok', message }, ctx.now(), () =>
      markResumeAttached(ctx.db, candidate.id, ctx.now(), resume.fileName)
    )
    return { kind: 'next' } as const
  }
  // An earlier attach may have arrived before the app stopped: look before sending it again.
  if (getResumeFacts(ctx.db, candidate.id)?.attachSentAt) {
    let documents: TrackerDocument[] = []
    try {
      documents = await client.listDocuments(resourceId)
    } catch (error) {
      const outcome = outcomeOf(error)
      // Not readable here at all (a refused or unknown route): attaching again is the only way to be sure.
      if (outcome.kind !== 'fail') return outcome
      recordStep(
        ctx.db,
        item,
        {},
        { step: 'resume', outcome: 'read_back_failed', message: `Could not read the record's documents back (${outcome.reason}); attaching the resume again.` },
        ctx.now()
      )
    }
    if (documents.some((d) => d.filename.toLowerCase() === resume.fileName.toLowerCase()))
      return attached(`${resume.fileName} is on TrackerRMS #${resourceId} already (sent by the interrupted attempt); not attached again.`)
  }
  recordStep(ctx.db, item, {}, null, ctx.now(), () => markAttachSent(ctx.db, candidate.id, ctx.now(), resume.fileName))
  await client.attachResume(resourceId, resume.bytes, resume.fileName)
  await boundary(deps, item.id, 'attach_sent')
  attached(`Attached ${resume.fileName} (${resume.bytes.length} bytes) to TrackerRMS #${resourceId}.`)
  await boundary(deps, item.id, 'resume_attached')
  return { kind: 'next' }
}

async function putOnList(deps: ExportDeps, item: QueueItem): Promise<StepOutcome> {
  const { ctx, client } = deps
  const resourceId = item.trackerResourceId as number
  const jobId = item.trackerJobId as number
  const listed = (message: string) => recordStep(ctx.db, item, { step: 'listed', listedAt: ctx.now() }, { step: 'list', outcome: 'ok', message }, ctx.now())
  // An earlier request may have arrived (and a second one might add a second entry): read the lists back first.
  if (item.listSentAt && (await client.isOnOpportunity(resourceId, jobId)) === true) {
    listed(`On the long list of TrackerRMS job ${jobId} already (put there by the interrupted attempt).`)
    return { kind: 'next' }
  }
  recordStep(ctx.db, item, { listSentAt: ctx.now() }, null, ctx.now())
  const result = await client.addToOpportunity(resourceId, jobId, 'long')
  await boundary(deps, item.id, 'list_sent')
  if (result.kind === 'added') listed(`On the long list of TrackerRMS job ${jobId}.`)
  else if (result.confirmed) listed(`Already on the list of TrackerRMS job ${jobId} (TrackerRMS answered 3, and the lists read back confirm it).`)
  else listed(`TrackerRMS says the candidate is already on job ${jobId} (status 3); its lists are too long to confirm it by reading them back.`)
  await boundary(deps, item.id, 'listed')
  return { kind: 'next' }
}
