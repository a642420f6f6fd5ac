// Undoing an import: its created candidates removed, the job memberships it gave stored candidates removed (the
// candidates stay), updated candidates and stages restored, the ledger and TrackerRMS index entries it added removed
// — only when nothing it touched has changed since (an edit, an outreach event, a sync); otherwise nothing is undone
// and the message says why. The reversal itself runs in slices (revert.ts), so another Tracker Sync on the folder
// never waits long for it; one interrupted half-way is finished by the next start.
//
// The same reversal rolls back an import that failed or was abandoned after some of its slices had committed: then
// the import leaves no history at all, as an import refused at its first slice.
import type { ImportRecord, UndoResult } from '../../shared/csv'
import { conflict, notFound } from '../../shared/errors'
import { claimImport, forgetImport, ownerAlive, settleImport, beatImport, unfinishedImports } from '../db/import-runs'
import { importById, lastOpenImport } from '../db/imports'
import type { Db } from '../db/open'
import type { SliceTiming } from '../db/write-slices'
import type { Logger } from '../lib/log'
import { revertImport, type UndoCounts } from './revert'
import { blockersOf, blockedMessage } from './undo-blockers'

interface UndoOptions {
  now: () => string
  timing?: SliceTiming
}

export async function undoLastImport(db: Db, options: UndoOptions): Promise<UndoResult> {
  const record = lastOpenImport(db)
  if (!record) throw notFound('There is no import to undo.')
  const run = unfinishedImports(db).find((r) => r.id === record.id)
  if (run && ownerAlive(run))
    throw conflict(
      run.state === 'applying'
        ? `The import of ${record.fileName} into "${record.jobTitle}" is still running (${run.rowsDone.toLocaleString('en')} rows so far), ` +
            'in this or another Tracker Sync window or command. Wait for it to finish, then undo it.'
        : `The import of ${record.fileName} is being undone right now by another Tracker Sync window or command.`
    )
  // An undo a crash interrupted goes on: its checks passed when it began, and part of it is already reversed.
  if (record.state !== 'undoing') {
    const blockers = blockersOf(db, record)
    if (blockers.length) throw conflict(blockedMessage(record, blockers))
  }
  const counts = await reverse(db, record, run?.heartbeatAt ?? null, 'undone', options)
  return { import: { ...record, state: 'undone', undoneAt: options.now() }, ...counts }
}

/**
 * Takes back an import whose apply failed or was abandoned after some slices committed. 'kept' when something it
 * wrote has been changed meanwhile by someone else (then it stays, applied as far as it got, and can be undone later).
 */
export async function rollBackImport(db: Db, importId: number, lastBeat: string | null, options: UndoOptions): Promise<'rolled_back' | 'kept'> {
  const record = importById(db, importId)
  if (!record) return 'rolled_back'
  if (record.state === 'applying' && blockersOf(db, record).length) {
    settleImport(db, importId, 'applied', options.now())
    return 'kept'
  }
  await reverse(db, record, lastBeat, record.state === 'undoing' ? 'undone' : 'forgotten', options)
  return 'rolled_back'
}

/** Rolls back every import (and finishes every undo) whose process is gone; run at start, before any import or undo. */
export async function recoverAbandonedImports(db: Db, options: UndoOptions & { log: Logger }): Promise<void> {
  for (const run of unfinishedImports(db)) {
    if (ownerAlive(run)) continue
    const outcome = await rollBackImport(db, run.id, run.heartbeatAt, options)
    options.log.warn('csv.abandoned_import_recovered', { importId: run.id, state: run.state, rowsDone: run.rowsDone, outcome })
  }
}

async function reverse(db: Db, record: ImportRecord, lastBeat: string | null, end: 'undone' | 'forgotten', options: UndoOptions): Promise<UndoCounts> {
  return revertImport(
    db,
    record.id,
    record.appliedAt,
    {
      first() {
        const to = record.state === 'applying' && end === 'forgotten' ? 'applying' : 'undoing'
        if (!claimImport(db, record.id, record.state, lastBeat, to))
          throw conflict(`The import of ${record.fileName} changed while it was being undone (another Tracker Sync window?). Nothing was undone; try again.`)
      },
      beat: () => beatImport(db, record.id),
      last: () => (end === 'undone' ? settleImport(db, record.id, 'undone', options.now()) : forgetImport(db, record.id))
    },
    options.timing
  )
}
