import { describe, expect, it } from 'vitest'
import { parseStage, parseTrackerId, pickEmail } from '../../../shared/csv'

describe('stage cells', () => {
  it.each([
    ['Sourced', 'sourced'],
    ['sequence', 'sequence'],
    ['In sequence', 'sequence'],
    ['IN  SEQUENCE', 'sequence'],
    ['in-sequence', 'sequence'],
    ['Replied', 'replied'],
    [' interested ', 'interested'],
    ['Not interested', 'not_interested'],
    ['not-interested', 'not_interested'],
    ['NOT_INTERESTED', 'not_interested']
  ])('%s -> %s', (text, stage) => expect(parseStage(text)).toBe(stage))

  it.each(['Maybe', 'hired', 'not', ''])('%s is not a stage', (text) => expect(parseStage(text)).toBeNull())
})

describe('TrackerRMS id cells', () => {
  it('reads positive whole numbers', () => {
    expect(parseTrackerId('10452')).toBe(10452)
    expect(parseTrackerId(' 7 ')).toBe(7)
  })
  it.each(['0', '-3', '12.5', '1e3', 'n/a', '9007199254740993', '12 34'])('refuses %s', (text) => expect(parseTrackerId(text)).toBeNull())
})

describe('email cells', () => {
  it('takes the first of several addresses', () => {
    expect(pickEmail('a@x.com; b@y.com')).toEqual({ value: 'a@x.com', dropped: ['b@y.com'] })
    expect(pickEmail('a@x.com, b@y.com c@z.com')).toEqual({ value: 'a@x.com', dropped: ['b@y.com', 'c@z.com'] })
  })
  it('leaves anything else for the email check', () => {
    expect(pickEmail('a@x.com')).toEqual({ value: 'a@x.com', dropped: [] })
    expect(pickEmail('ann @x.com')).toEqual({ value: 'ann @x.com', dropped: [] })
    expect(pickEmail('Ann <a@x.com>')).toEqual({ value: 'Ann <a@x.com>', dropped: [] })
  })
})
