import { describe, expect, it } from 'vitest'
import { checkEmail, emailDomain, normalizeEmail } from '../../../shared/normalize'

describe('normalizeEmail: trim and lower-case exactly one address', () => {
  it.each([
    ['ann@acme.com', 'ann@acme.com'],
    ['  Ann.Lee@Acme.COM ', 'ann.lee@acme.com'],
    ['ANN+jobs@mail.acme.co.uk', 'ann+jobs@mail.acme.co.uk'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['x@a.io', 'x@a.io'],
    ['łukasz@przykład.pl', 'łukasz@przykład.pl'],
    ['first_last-1@sub-domain.example.org', 'first_last-1@sub-domain.example.org']
  ])('%j -> %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected)
  })

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['ann.acme.com', 'has no "@"'],
    ['ann@acme.com, bob@acme.com', 'holds more than one address'],
    ['ann@acme.com;bob@acme.com', 'holds more than one address'],
    ['ann@acme.com bob@acme.com', 'holds more than one address'],
    ['ann@@acme.com', 'holds more than one address'],
    ['Ann Lee <ann@acme.com>', 'holds more than one address'],
    ['ann@acme', 'is not a valid email address'],
    ['ann@.com', 'is not a valid email address'],
    ['@acme.com', 'is not a valid email address'],
    ['ann@', 'is not a valid email address'],
    ['ann..lee@acme.com', 'is not a valid email address'],
    ['.ann@acme.com', 'is not a valid email address'],
    ['ann@acme..com', 'is not a valid email address'],
    ['ann@acme.c', 'is not a valid email address'],
    ['ann@-acme.com', 'is not a valid email address'],
    [`${'a'.repeat(250)}@acme.com`, 'is longer than 254 characters']
  ])('%j is rejected: %s', (input, reason) => {
    const check = checkEmail(input)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.reason).toBe(reason)
    expect(normalizeEmail(input)).toBeNull()
  })

  it('gives the domain of a normalised address', () => {
    expect(emailDomain('ann@acme.co.uk')).toBe('acme.co.uk')
  })
})
