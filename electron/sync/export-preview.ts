// The dry run behind the "Export to ATS" dialog: for each candidate, exactly what would be written to TrackerRMS
// and the duplicate decision, from what Tracker Sync knows of TrackerRMS (refreshed first when it can be reached).
import type { ExportPreview, ExportPreviewItem } from '../../shared/api/sync'
import type { CandidateFields } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { getCandidate } from '../db/candidates'
import { getLedgerEntry } from '../db/ledger'
import type { CoreContext } from '../core/context'
import { toResourceCreateBody } from '../trackerrms/mapping'
import type { TrackerClient, TrackerOpportunity } from '../trackerrms/types'
import { checkDuplicate } from './duplicate-check'
import type { TrackerIndexRefresher } from './tracker-index-refresh'

export async function previewExport(
  ctx: CoreContext,
  deps: { client: () => TrackerClient; index: TrackerIndexRefresher; host: string | null; owner: string | null; source: string },
  input: { candidateIds: number[]; trackerJobId: number | null }
): Promise<ExportPreview> {
  let refreshProblem: string | null = null
  let trackerJob: ExportPreview['trackerJob'] = input.trackerJobId === null ? null : { id: input.trackerJobId, title: null, clientName: null, found: null }
  try {
    const client = deps.client()
    if (deps.host) await deps.index.refresh(client, deps.host)
    if (trackerJob) {
      const job: TrackerOpportunity = await client.getOpportunity(trackerJob.id)
      trackerJob = { id: job.id, title: job.title, clientName: job.clientName, found: true }
    }
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found' && trackerJob) trackerJob = { ...trackerJob, found: false }
    else refreshProblem = `${error instanceof Error ? error.message : String(error)} The decisions below use what Tracker Sync last knew of TrackerRMS.`
  }
  const refreshed = ctx.db.prepare('SELECT last_refresh_at AS at FROM tracker_crawl WHERE host = ?').get(deps.host ?? '') as { at: string } | undefined

  const items = [...new Set(input.candidateIds)].map((candidateId): ExportPreviewItem => {
    const candidate = getCandidate(ctx.db, candidateId)
    if (!candidate) return { candidateId, fullName: `#${candidateId}`, decision: 'refused', reason: `There is no candidate with id ${candidateId}.` }
    const ledger = getLedgerEntry(ctx.db, candidateId)
    if (ledger)
      return { candidateId, fullName: candidate.fullName, decision: 'refused', reason: `Already in TrackerRMS as #${ledger.trackerResourceId}; contact details are never sent twice.` }
    const decision = checkDuplicate(ctx.db, candidate)
    if (decision.kind === 'link')
      return {
        candidateId,
        fullName: candidate.fullName,
        decision: 'link',
        trackerResourceId: decision.resourceId,
        matchedOn: decision.matchedOn,
        reason: `TrackerRMS already has #${decision.resourceId} with the same ${decision.field}: it is linked, nothing is created or changed.`
      }
    return {
      candidateId,
      fullName: candidate.fullName,
      decision: 'create',
      payload: toResourceCreateBody(candidate as CandidateFields, deps.source),
      nearMiss: decision.nearMiss,
      reason: 'No TrackerRMS record has the same email, LinkedIn URL or full name: a new candidate is created, with the resume attached.'
    }
  })
  return { owner: deps.owner, trackerJob, indexRefreshedAt: refreshed?.at ?? null, refreshProblem, items }
}
