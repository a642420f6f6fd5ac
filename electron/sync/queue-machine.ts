// The export's state machine: the ONE module that moves a queue item between states and records the facts of its
// steps. Every write changes the item and adds its audit row in one transaction, and a move that the table below
// does not allow is refused (a bug, never a silent overwrite). The scheduler, the steps, the trigger hook and the
// user's retry/cancel all go through here; the SQL itself stays in db/queue.ts.
import type { QueueCapability, QueueState } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import type { Db } from '../db/open'
import { getQueueItem, idsInStates, insertAttempt, updateQueueItem, type QueueChange, type QueueItem } from '../db/queue'

/** From each state, the states an item may move to. */
export const LEGAL_MOVES: Record<QueueState, readonly QueueState[]> = {
  pending: ['running', 'cancelled', 'blocked_auth'],
  retry_wait: ['running', 'cancelled', 'blocked_auth', 'pending'],
  blocked_auth: ['pending', 'cancelled'],
  waiting: ['pending', 'cancelled'],
  running: ['done', 'retry_wait', 'failed', 'pending', 'blocked_auth', 'waiting'],
  failed: ['pending'],
  cancelled: ['pending'],
  done: []
}

export interface AuditEntry {
  step: string
  outcome: string
  message: string | null
}

export interface Move {
  to: QueueState
  /** Other columns that change with the move (attempts, next run, the error shown). */
  change?: Omit<QueueChange, 'state' | 'waitingFor'>
  /** With 'waiting': what the item waits for. */
  waitingFor?: QueueCapability
  audit: AuditEntry | null
}

class IllegalMove extends AppError {
  constructor(item: QueueItem, to: QueueState) {
    super('conflict', `Export ${item.id} is ${item.state.replace('_', ' ')}; it cannot become ${to.replace('_', ' ')}.`)
  }
}

const audit = (db: Db, item: QueueItem, entry: AuditEntry, now: string) =>
  insertAttempt(db, { queueId: item.id, candidateId: item.candidateId, step: entry.step, outcome: entry.outcome, message: entry.message }, now)

/** Moves one item (read afresh inside the transaction) and returns it as it now is. */
export function moveItem(db: Db, id: number, move: Move, now: string): QueueItem {
  return db
    .transaction(() => {
      const item = getQueueItem(db, id)
      if (!item) throw new AppError('not_found', `There is no queued export with id ${id}.`)
      if (!LEGAL_MOVES[item.state].includes(move.to)) throw new IllegalMove(item, move.to)
      updateQueueItem(db, id, { ...move.change, state: move.to, waitingFor: move.to === 'waiting' ? (move.waitingFor ?? 'widget') : null }, now)
      if (move.audit) audit(db, item, move.audit, now)
      return getQueueItem(db, id) as QueueItem
    })
    .immediate()
}

/** Moves every item in `from` (pause, resume, release the waiting: those waiting for `waitingFor`); returns their ids. */
export function moveAll(db: Db, from: readonly QueueState[], move: Move, now: string, waitingFor?: readonly QueueCapability[]): number[] {
  return db
    .transaction(() => {
      const ids = idsInStates(db, from, waitingFor).filter((id) => LEGAL_MOVES[(getQueueItem(db, id) as QueueItem).state].includes(move.to))
      for (const id of ids) moveItem(db, id, move, now)
      return ids
    })
    .immediate()
}

/**
 * Records what a step established (a fact column, the step reached), its audit row, and the writes that belong
 * with it (the ledger, the duplicate index), in one transaction. The item stays 'running'.
 */
export function recordStep(
  db: Db,
  item: QueueItem,
  change: Omit<QueueChange, 'state' | 'waitingFor' | 'attempts'>,
  entry: AuditEntry | null,
  now: string,
  alongside?: () => void
): QueueItem {
  return db
    .transaction(() => {
      const current = getQueueItem(db, item.id)
      if (current?.state !== 'running') throw new AppError('conflict', `Export ${item.id} is no longer running (${current?.state ?? 'removed'}).`)
      alongside?.()
      if (Object.keys(change).length) updateQueueItem(db, item.id, change, now)
      if (entry) audit(db, item, entry, now)
      return getQueueItem(db, item.id) as QueueItem
    })
    .immediate()
}

/** pending/retry_wait → running, unless another worker took it or the candidate has an export running. */
export { claimItem as claim } from '../db/queue'
