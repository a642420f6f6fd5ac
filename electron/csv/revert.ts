// Reversing what one import changed, from its change log, in slices (db/write-slices.ts): each slice reverses a
// batch of changes and removes them from the log in the same transaction, so an undo interrupted half-way goes on
// exactly where it stopped. The order matters: ledger entries and field updates first, then stages and memberships,
// then the created candidates, then the index entries (which may only go once no ledger entry uses them).
import { CANDIDATE_FIELDS } from '../../shared/candidate-fields'
import type { CandidateFields, Stage } from '../../shared/domain'
import type { UndoResult } from '../../shared/csv'
import { setStage, updateCandidate } from '../db/candidates'
import { changesOf, dropChanges, type ChangeKind, type ChangeRow } from '../db/imports'
import type { Db } from '../db/open'
import { writeInSlices, type SliceTiming } from '../db/write-slices'

export type UndoCounts = Omit<UndoResult, 'import'>

const ORDER: readonly ChangeKind[] = ['ledger_added', 'candidate_updated', 'stage_set', 'membership_added', 'candidate_created', 'index_added', 'index_updated']
const BATCH = 500

const noCounts = (): UndoCounts => ({
  candidatesRemoved: 0,
  membershipsRemoved: 0,
  candidatesRestored: 0,
  stagesRestored: 0,
  ledgerEntriesRemoved: 0,
  indexEntriesRemoved: 0,
  indexEntriesRestored: 0
})

/**
 * Reverses every change still in the import's log. `first` and `last` run inside the first and the last slice's
 * transactions (claiming the import, settling it).
 */
export async function revertImport(
  db: Db,
  importId: number,
  appliedAt: string,
  hooks: { first(): void; beat(): void; last(): void },
  timing?: SliceTiming
): Promise<UndoCounts> {
  const counts = noCounts()
  const revert = reverter(db, appliedAt, counts)
  let kind = 0
  await writeInSlices(
    db,
    {
      begin: (slice) => (slice === 1 ? hooks.first() : undefined),
      step() {
        while (kind < ORDER.length) {
          const changes = changesOf(db, importId, ORDER[kind], BATCH)
          if (changes.length) {
            for (const change of changes) revert(change)
            dropChanges(
              db,
              changes.map((c) => c.id)
            )
            return true
          }
          kind++
        }
        return false
      },
      end: (done) => (done ? hooks.last() : hooks.beat())
    },
    timing
  )
  return counts
}

function reverter(db: Db, appliedAt: string, counts: UndoCounts): (change: ChangeRow) => void {
  const removeLedger = db.prepare(`DELETE FROM sync_ledger WHERE candidate_id = ? AND tracker_resource_id = ? AND how = 'imported'`)
  const removeMembership = db.prepare('DELETE FROM job_candidates WHERE job_id = ? AND candidate_id = ?')
  const removeCandidate = db.prepare('DELETE FROM candidates WHERE id = ?')
  // An index entry the import added goes unless something else now relies on it (a sync linked to it, a crawl saw it).
  const removeIndex = db.prepare(
    `DELETE FROM tracker_index WHERE resource_id = ? AND source = 'imported'
     AND NOT EXISTS (SELECT 1 FROM sync_ledger WHERE tracker_resource_id = ?)`
  )
  return (change) => {
    switch (change.kind) {
      case 'ledger_added':
        counts.ledgerEntriesRemoved += removeLedger.run(change.candidateId, change.resourceId).changes
        break
      case 'candidate_updated': {
        const previous = change.previous as CandidateFields & { updatedAt: string }
        if (updateCandidate(db, change.candidateId as number, pickFields(previous), previous.updatedAt)) counts.candidatesRestored++
        break
      }
      case 'stage_set': {
        const previous = change.previous as { stage: Stage; stageChangedAt: string }
        setStage(db, change.jobId as number, change.candidateId as number, previous.stage, previous.stageChangedAt)
        counts.stagesRestored++
        break
      }
      case 'membership_added':
        counts.membershipsRemoved += removeMembership.run(change.jobId, change.candidateId).changes
        break
      case 'candidate_created':
        counts.candidatesRemoved += removeCandidate.run(change.candidateId).changes
        break
      case 'index_added':
        counts.indexEntriesRemoved += removeIndex.run(change.resourceId, change.resourceId).changes
        break
      case 'index_updated':
        if (restoreIndexRow(db, change.previous as Record<string, unknown>, appliedAt)) counts.indexEntriesRestored++
        break
    }
  }
}

/** Puts back an index entry as it was, unless a crawl or a sync has refreshed it since the import. */
function restoreIndexRow(db: Db, previous: Record<string, unknown>, appliedAt: string): boolean {
  const columns = Object.keys(previous).filter((column) => column !== 'resource_id' && /^[a-z_]+$/.test(column))
  const sets = columns.map((column) => `${column} = @${column}`).join(', ')
  return db.prepare(`UPDATE tracker_index SET ${sets} WHERE resource_id = @resource_id AND seen_at = @appliedAt`).run({ ...previous, appliedAt }).changes > 0
}

const pickFields = (source: CandidateFields): CandidateFields => Object.fromEntries(CANDIDATE_FIELDS.map((f) => [f, source[f]])) as unknown as CandidateFields
