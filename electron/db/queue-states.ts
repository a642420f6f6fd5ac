// The queue's state sets as SQL lists, from the one definition in shared/domain (never written out by hand in SQL).
import { ACTIVE_QUEUE_STATES, BUSY_QUEUE_STATES, DUE_QUEUE_STATES, type QueueState } from '../../shared/domain'

/** A SQL list of states: `('pending','retry_wait')`. The states are the domain's own constants, never user input. */
export const sqlStates = (states: readonly QueueState[]) => `(${states.map((state) => `'${state}'`).join(',')})`

export const ACTIVE_SQL = sqlStates(ACTIVE_QUEUE_STATES)
export const BUSY_SQL = sqlStates(BUSY_QUEUE_STATES)
export const DUE_SQL = sqlStates(DUE_QUEUE_STATES)
