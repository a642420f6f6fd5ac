import { describe, expect, it } from 'vitest'
import { STAGES, TRIGGERS, type OutreachEventKind, type Trigger } from '../../../shared/domain'
import { decideTrigger, triggerMatches } from '../../../electron/sync/triggers'

const EXPECTED: Record<Trigger, OutreachEventKind[]> = {
  never: [],
  sequence: ['sequence'],
  replied: ['replied', 'interested'],
  interested: ['interested']
}

describe('rule 2: trigger matching', () => {
  for (const trigger of TRIGGERS)
    for (const kind of STAGES)
      it(`${trigger} ${EXPECTED[trigger].includes(kind) ? 'fires' : 'does not fire'} on ${kind}`, () => {
        expect(triggerMatches(trigger, kind)).toBe(EXPECTED[trigger].includes(kind))
      })
})

describe('rule 1: no retroactive sync', () => {
  const job = { trigger: 'replied' as const, triggerSetAt: '2026-05-01T00:00:00.000Z' }

  it('fires for an event after connecting and after the trigger was set', () => {
    expect(decideTrigger({ kind: 'replied', occurredAt: '2026-05-02T00:00:00.000Z' }, job, '2026-04-01T00:00:00.000Z')).toEqual({ fire: true })
  })

  it('does not fire for an event from before the integration was connected', () => {
    expect(decideTrigger({ kind: 'replied', occurredAt: '2026-05-02T00:00:00.000Z' }, job, '2026-05-03T00:00:00.000Z')).toEqual({
      fire: false,
      reason: 'it happened before TrackerRMS was connected'
    })
  })

  it('does not fire for an event from before the trigger was set', () => {
    expect(decideTrigger({ kind: 'replied', occurredAt: '2026-04-20T00:00:00.000Z' }, job, '2026-04-01T00:00:00.000Z')).toMatchObject({
      fire: false,
      reason: 'it happened before the job’s trigger was set'
    })
  })

  it('does not fire when not connected, or when the trigger does not match', () => {
    expect(decideTrigger({ kind: 'replied', occurredAt: '2026-05-02T00:00:00.000Z' }, job, null)).toMatchObject({ fire: false })
    expect(decideTrigger({ kind: 'sequence', occurredAt: '2026-05-02T00:00:00.000Z' }, job, '2026-04-01T00:00:00.000Z')).toMatchObject({ fire: false })
  })

  it('an event at the very moment of connecting counts as after it', () => {
    expect(decideTrigger({ kind: 'interested', occurredAt: '2026-05-02T00:00:00.000Z' }, job, '2026-05-02T00:00:00.000Z')).toEqual({ fire: true })
  })
})
