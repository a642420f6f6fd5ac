// The dry run behind the "Export to ATS" dialog: for each candidate, exactly what would be written to TrackerRMS
// and the duplicate decision, from what Tracker Sync knows of TrackerRMS (refreshed first when it can be reached).
import type { ExportPreview, ExportPreviewItem } from '../../shared/api/sync'
import type { CandidateFields } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { getCandidate } from '../db/candidates'
import { getLedgerEntry } from '../db/ledger'
import type { CoreContext } from '../lib/context'
import { toResourceCreateBody } from '../trackerrms/mapping'
import type { TrackerClient, TrackerOpportunity } from '../trackerrms/types'
import { checkDuplicate, MATCH_FIELD_LABELS, type ReadRecord } from './duplicate-check'
import { readRecordOf } from './doubtful-match'
import { differsWords } from '../../shared/match-words'
import { serverGuard, type GuardResult } from './server-guard'
import type { TrackerIndexRefresher } from './tracker-index-refresh'
import { getCrawlState } from '../db/tracker-crawl'

/**
 * Candidates the local copy of TrackerRMS would create are also checked on TrackerRMS itself (checkPerson), as the
 * export will: its list may carry names only. Each is one request, so a large preview checks the first ones and
 * leaves the rest to the check right before each create.
 */
const PREVIEW_SERVER_CHECKS = 25

/**
 * Why the preview could not ask TrackerRMS, plain words first: an outage is said as the banner says it (not as the
 * page of candidates being read); the error itself goes last, in parentheses (the dialog's "Details").
 */
function previewProblem(error: unknown): string {
  const said = error instanceof Error ? error.message : String(error)
  const code = error instanceof AppError ? error.code : null
  const plain =
    code === 'offline' ? 'TrackerRMS can’t be reached now.' : code === 'auth' ? 'TrackerRMS refused the token.' : 'TrackerRMS could not be asked now.'
  return `${plain} The decisions below use what Tracker Sync last knew of TrackerRMS; each export checks again before creating anything. (${said})`
}

export async function previewExport(
  ctx: CoreContext,
  deps: { client: () => TrackerClient; index: TrackerIndexRefresher; host: string | null; owner: string | null; source: string },
  input: { candidateIds: number[]; trackerJobId: number | null }
): Promise<ExportPreview> {
  let refreshProblem: string | null = null
  let indexNote: string | null = null
  let trackerJob: ExportPreview['trackerJob'] = input.trackerJobId === null ? null : { id: input.trackerJobId, title: null, clientName: null, found: null }
  try {
    const client = deps.client()
    if (deps.host && (await deps.index.refresh(client, deps.host)).kind === 'incomplete')
      indexNote =
        'Tracker Sync is still reading your TrackerRMS candidates (Activity shows how far). Candidates it would create wait in the queue until that is done, so no duplicate is made; matches TrackerRMS reports are linked straight away.'
    if (trackerJob) {
      const job: TrackerOpportunity = await client.getOpportunity(trackerJob.id)
      trackerJob = { id: job.id, title: job.title, clientName: job.clientName, found: true }
    }
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found' && trackerJob) trackerJob = { ...trackerJob, found: false }
    else refreshProblem = previewProblem(error)
  }
  const refreshedAt = getCrawlState(ctx.db, deps.host ?? '')?.lastRefreshAt ?? null

  let serverChecks = 0
  let client: TrackerClient | null = null
  try {
    client = refreshProblem ? null : deps.client()
  } catch {
    client = null
  }
  // TrackerRMS did not answer now: the export asks again right before creating (each check is one request).
  const budgeted = async <T>(check: (client: TrackerClient) => Promise<T>): Promise<T | null> => {
    if (!client || serverChecks >= PREVIEW_SERVER_CHECKS) return null
    serverChecks++
    return check(client).catch(() => null)
  }
  const guardOf = (candidate: Parameters<typeof serverGuard>[2]): Promise<GuardResult | null> => budgeted((c) => serverGuard(ctx.db, c, candidate))
  const readRecord: ReadRecord = (resourceId) => budgeted((c) => readRecordOf(c)(resourceId))

  const items: ExportPreviewItem[] = []
  for (const candidateId of [...new Set(input.candidateIds)]) items.push(await previewItem(candidateId))
  return { owner: deps.owner, trackerJob, indexRefreshedAt: refreshedAt, refreshProblem: refreshProblem ?? indexNote, items }

  async function previewItem(candidateId: number): Promise<ExportPreviewItem> {
    const candidate = getCandidate(ctx.db, candidateId)
    if (!candidate) return { candidateId, fullName: `#${candidateId}`, decision: 'refused', reason: `There is no candidate with id ${candidateId}.` }
    const ledger = getLedgerEntry(ctx.db, candidateId)
    if (ledger)
      return {
        candidateId,
        fullName: candidate.fullName,
        decision: 'refused',
        reason: `Already in TrackerRMS as #${ledger.trackerResourceId}; contact details are never sent twice.`
      }
    const decision = await checkDuplicate(ctx.db, candidate, readRecord)
    const guard = decision.kind !== 'link' ? await guardOf(candidate) : null
    if (guard?.kind === 'found')
      return {
        candidateId,
        fullName: candidate.fullName,
        decision: 'link',
        trackerResourceId: guard.resourceId,
        matchedOn: guard.matchedOn,
        reason: `TrackerRMS already has #${guard.resourceId} with the same ${MATCH_FIELD_LABELS[guard.matchedOn]}: it is linked, nothing is created or changed.`
      }
    if (guard?.kind === 'unresolved')
      return {
        candidateId,
        fullName: candidate.fullName,
        decision: 'refused',
        reason: indexNote
          ? `TrackerRMS already has this person (same ${guard.field}). Tracker Sync has not read that record yet, so it is left out: nothing is created. Export again once the TrackerRMS candidates are read (Activity shows how far), and it is linked.`
          : `TrackerRMS already has this person (same ${guard.field}), but Tracker Sync can't see that record yet, so it is left out: nothing is created. Try again in a minute.`
      }
    if (decision.kind === 'link')
      return {
        candidateId,
        fullName: candidate.fullName,
        decision: 'link',
        trackerResourceId: decision.resourceId,
        matchedOn: decision.matchedOn,
        reason: `TrackerRMS already has #${decision.resourceId} with the same ${decision.field}: it is linked, nothing is created or changed.`
      }
    if (decision.kind === 'doubt')
      return {
        candidateId,
        fullName: candidate.fullName,
        decision: 'ask',
        trackerResourceId: decision.resourceId,
        match: {
          ours: { fullName: candidate.fullName, email: candidate.email, linkedinUrl: candidate.linkedinUrl },
          theirs: { resourceId: decision.resourceId, ...decision.theirs },
          differs: decision.differs
        },
        payload: toResourceCreateBody(candidate as CandidateFields, deps.source),
        reason: `TrackerRMS #${decision.resourceId} has the same full name but ${differsWords(decision.differs)}: it may be another person. Choose: link to it, create a new record, or skip.`
      }
    return {
      candidateId,
      fullName: candidate.fullName,
      decision: 'create',
      payload: toResourceCreateBody(candidate as CandidateFields, deps.source),
      nearMiss: decision.nearMiss,
      reason: 'No TrackerRMS record has the same email, LinkedIn URL or full name: a new candidate is created, with the resume attached.'
    }
  }
}
