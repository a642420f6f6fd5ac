import { describe, expect, it } from 'vitest'
import { nearMissKeys, nearMissReason } from '../../../shared/near-miss'
import { areNameVariants } from '../../../shared/nicknames'

const person = (fullName: string, email: string | null = null) => ({ fullName, email })

describe('near-miss duplicates (warnings only)', () => {
  it.each([
    ['Steve Lu', 'Steven Lu', 'may be the same first name'],
    ['Bill Gates', 'William Gates', 'may be the same first name'],
    ['Kate Lee', 'Katherine Lee', 'may be the same first name'],
    ['Chris Evans', 'Christopher Evans', 'may be the same first name'],
    ['Jon Smith', 'Jonathan Smith', 'may be the same first name'],
    ['Max Weber', 'Maximilian Weber', 'may be short for "Maximilian"'],
    ['José García', 'Jose Garcia', 'differ only in accents'],
    ['Ann-Marie Lee', 'Annmarie Lee', 'differ only in accents'],
    ['S Lu', 'Steven Lu', 'initial']
  ])('%s ~ %s', (a, b, reason) => {
    expect(nearMissReason(person(a), person(b))).toContain(reason)
    expect(nearMissReason(person(b), person(a))).toContain(reason.includes('short for') ? 'may be short for' : reason)
  })

  it('same company email domain and last name', () => {
    expect(nearMissReason(person('Priya Sharma', 'priya@acme.io'), person('Anand Sharma', 'asharma@acme.io'))).toContain('same email domain (acme.io)')
    expect(nearMissReason(person('Priya Sharma', 'priya@gmail.com'), person('Anand Sharma', 'asharma@gmail.com'))).toBeNull()
  })

  it('same email name at another domain', () => {
    expect(nearMissReason(person('Ann Lee', 'ann.lee@gmail.com'), person('A. Lee-Wong', 'ann.lee@acme.com'))).toContain('same email name "ann.lee"')
  })

  it.each([
    ['Steve Lu', 'Steve Chen'],
    ['Ann Lee', 'Bob Lee'],
    ['Lu', 'Lu'],
    ['Maria Lopez', 'Mario Lopez']
  ])('%s and %s are not near misses', (a, b) => {
    expect(nearMissReason(person(a), person(b))).toBeNull()
  })

  it('keys for the lookup: surname without accents, email local part', () => {
    expect(nearMissKeys(person('José García', 'Jose.Garcia@Example.com'))).toEqual({ surname: 'garcia', emailLocal: 'jose.garcia' })
    expect(nearMissKeys(person('Madonna'))).toEqual({ surname: null, emailLocal: null })
  })

  it('knows common short forms both ways, never a name with itself', () => {
    expect(areNameVariants('steven', 'steve')).toBe(true)
    expect(areNameVariants('steve', 'steve')).toBe(false)
    expect(areNameVariants('steve', 'bill')).toBe(false)
  })
})
