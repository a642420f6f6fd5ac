// The one check of control characters in typed or imported text, and where it applies to a candidate: one-line
// fields refuse every C0 control and DEL; fields of several lines keep TAB, LF and CR.
import { describe, expect, it } from 'vitest'
import { candidateControlProblem, cleanCandidateFields } from '../../../shared/candidate-fields'
import { controlCharacterProblem, controlName } from '../../../shared/control-characters'

describe('control characters', () => {
  it('names each one as people can look it up', () => {
    expect(controlName(0x00)).toBe('U+0000 (NUL)')
    expect(controlName(0x07)).toBe('U+0007 (BEL)')
    expect(controlName(0x1b)).toBe('U+001B (ESC)')
    expect(controlName(0x1f)).toBe('U+001F (US)')
    expect(controlName(0x7f)).toBe('U+007F (DEL)')
  })

  it.each([
    ['Ann\u001b[31mLee', false, 'contains the control character U+001B (ESC) at character 4: remove it'],
    ['\u0000', false, 'contains the control character U+0000 (NUL) at character 1: remove it'],
    ['ding\u0007', true, 'contains the control character U+0007 (BEL) at character 5: remove it'],
    ['rub\u007fout', true, 'contains the control character U+007F (DEL) at character 4: remove it'],
    ['form\u000cfeed', true, 'contains the control character U+000C (FF) at character 5: remove it'],
    ['😀\u0008', false, 'contains the control character U+0008 (BS) at character 2: remove it'], // an emoji is one character
    ['Ann\nLee', false, 'contains a line break (U+000A) at character 4: it must be one line'],
    ['Ann\rLee', false, 'contains a line break (U+000D) at character 4: it must be one line'],
    ['Ann\tLee', false, 'contains a tab (U+0009) at character 4: use a space instead']
  ])('%j (several lines: %s) %s', (value, multiline, problem) => {
    expect(controlCharacterProblem(value, multiline)).toBe(problem)
  })

  it('lets through text without any, and TAB and line breaks where a field has several lines', () => {
    for (const value of ['', 'Ann Lee', 'Zoë Ó Briain', '中文 😀 👩‍👩‍👧', 'a\u0080b\u009bc', '\u00a0\u2028'])
      expect(controlCharacterProblem(value), value).toBeNull()
    expect(controlCharacterProblem('line one\r\nline two\n\tindented', true)).toBeNull()
  })
})

describe("a candidate's fields", () => {
  it('names the field; the notes and the other long texts may hold several lines', () => {
    expect(candidateControlProblem('fullName', 'Ann\u001bLee')).toBe('Full name contains the control character U+001B (ESC) at character 4: remove it.')
    expect(candidateControlProblem('currentCompany', 'St Mary\n')).toBe('Current company contains a line break (U+000A) at character 8: it must be one line.')
    for (const field of ['summary', 'experience', 'education', 'skills', 'notes'] as const)
      expect(candidateControlProblem(field, 'a\n\tb\r\nc'), field).toBeNull()
    expect(candidateControlProblem('notes', 'a\u0007')).toBe('Notes contains the control character U+0007 (BEL) at character 2: remove it.')
  })

  it('are refused with every field that holds one, before a name is completed or its spacing folded', () => {
    expect(cleanCandidateFields({ firstName: 'Ann\u0000', lastName: 'Lee', city: 'Leeds\u001b', notes: 'fine\nnotes' })).toEqual({
      ok: false,
      errors: [
        { field: 'firstName', message: 'First name contains the control character U+0000 (NUL) at character 4: remove it.' },
        { field: 'city', message: 'City contains the control character U+001B (ESC) at character 6: remove it.' }
      ]
    })
    // Folding would have made this "Ann Lee": a line break inside a name is refused, not turned into a space.
    expect(cleanCandidateFields({ fullName: 'Ann\nLee' })).toMatchObject({ ok: false, errors: [{ field: 'fullName' }] })
    // Around a value, whitespace is trimmed as always.
    expect(cleanCandidateFields({ fullName: '\tAnn Lee\n' })).toMatchObject({ ok: true, fields: { fullName: 'Ann Lee' } })
  })
})
