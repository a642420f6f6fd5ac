import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/db/open'
import { getQueueItem, insertQueueItem, listAttempts } from '../../../electron/db/queue'
import { LEGAL_MOVES, moveAll, moveItem, recordStep } from '../../../electron/sync/queue-machine'
import { QUEUE_STATES } from '../../../shared/domain'
import { tempDir } from '../../helpers/temp'

const now = '2026-03-01T09:00:00.000Z'
function setup() {
  const db = openDatabase(join(tempDir(), 'app.sqlite'))
  db.prepare('INSERT INTO candidates (id, full_name, name_key, created_at, updated_at) VALUES (1, ?, ?, ?, ?)').run('Ann Lee', 'ann lee', now, now)
  const item = insertQueueItem(db, { candidateId: 1, jobId: null, trackerJobId: 5001, origin: 'manual', eventId: null, nextRunAt: now }, now)
  return { db, item }
}

describe('the export state machine', () => {
  it('knows every state, and a finished export goes nowhere', () => {
    expect(Object.keys(LEGAL_MOVES).sort()).toEqual([...QUEUE_STATES].sort())
    expect(LEGAL_MOVES.done).toEqual([])
  })

  it('moves an item and writes its audit row together; an illegal move changes nothing', () => {
    const { db, item } = setup()
    const moved = moveItem(db, item.id, { to: 'running', audit: null }, now)
    expect(moved.state).toBe('running')
    const waiting = moveItem(
      db,
      item.id,
      { to: 'waiting', waitingFor: 'widget', change: { lastError: 'no key' }, audit: { step: 'created', outcome: 'waiting', message: 'no key' } },
      now
    )
    expect(waiting).toMatchObject({ state: 'waiting', waitingFor: 'widget', lastError: 'no key' })
    expect(listAttempts(db, { queueId: item.id }).map((a) => a.outcome)).toEqual(['waiting'])
    expect(() => moveItem(db, item.id, { to: 'done', audit: { step: 'x', outcome: 'done', message: null } }, now)).toThrow(/cannot become done/)
    expect(getQueueItem(db, item.id)).toMatchObject({ state: 'waiting' })
    expect(listAttempts(db, { queueId: item.id })).toHaveLength(1)
    // Leaving 'waiting' clears what it waited for.
    expect(moveItem(db, item.id, { to: 'pending', audit: null }, now)).toMatchObject({ state: 'pending', waitingFor: null })
  })

  it('records a step fact only while the item runs (a cancelled export records nothing more)', () => {
    const { db, item } = setup()
    moveItem(db, item.id, { to: 'running', audit: null }, now)
    expect(
      recordStep(db, item, { checkedAt: now, createSentAt: now, step: 'checked' }, { step: 'check', outcome: 'no_match', message: null }, now)
    ).toMatchObject({ checkedAt: now, createSentAt: now, step: 'checked' })
    moveItem(db, item.id, { to: 'pending', audit: null }, now)
    moveItem(db, item.id, { to: 'cancelled', audit: null }, now)
    expect(() => recordStep(db, item, { trackerResourceId: 7 }, null, now)).toThrow(/no longer running/)
    expect(getQueueItem(db, item.id)?.trackerResourceId).toBeNull()
  })

  it('moves everything in given states at once (pause, resume), skipping nothing it may move', () => {
    const { db, item } = setup()
    const other = insertQueueItem(db, { candidateId: 1, jobId: null, trackerJobId: 5002, origin: 'manual', eventId: null, nextRunAt: now }, now)
    expect(moveAll(db, ['pending', 'retry_wait'], { to: 'blocked_auth', audit: null }, now).sort()).toEqual([item.id, other.id].sort())
    expect(moveAll(db, ['blocked_auth'], { to: 'pending', audit: null }, now)).toHaveLength(2)
  })
})
