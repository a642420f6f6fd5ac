// Near-miss duplicates: records in TrackerRMS that are probably the same person but do not match exactly.
// The exact rule (rule 3) decides; this only produces a visible warning on the candidate, never a silent link.
import { areNameVariants } from './nicknames'
import { emailDomain, normalizeEmail, normalizeFullName } from './normalize'

export interface PersonNames {
  fullName: string | null
  email: string | null
}

/** Mail providers where a shared domain says nothing about the person. */
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.com',
  'web.de',
  'mail.ru',
  'yandex.ru',
  'qq.com',
  '163.com',
  'orange.fr',
  'free.fr',
  'btinternet.com',
  'zoho.com'
])

const folded = (name: string | null) => normalizeFullName(name)?.split(' ') ?? []
/** Letters only, accents removed: "José-María" -> "josemaria". */
const bare = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '')

/** Why `record` looks like the same person as `candidate` without matching exactly, or null. */
export function nearMissReason(candidate: PersonNames, record: PersonNames): string | null {
  const a = folded(candidate.fullName)
  const b = folded(record.fullName)
  const emailA = normalizeEmail(candidate.email)
  const emailB = normalizeEmail(record.email)
  if (a.length && b.length) {
    const sameLast = bare(a[a.length - 1]) === bare(b[b.length - 1])
    const firstA = a.length > 1 ? a[0] : ''
    const firstB = b.length > 1 ? b[0] : ''
    if (sameLast && firstA && firstB) {
      if (areNameVariants(firstA, firstB)) return `"${cap(firstA)}" and "${cap(firstB)}" may be the same first name`
      if (bare(a.join('')) === bare(b.join(''))) return 'the names differ only in accents, spacing or punctuation'
      const [short, long] = firstA.length <= firstB.length ? [firstA, firstB] : [firstB, firstA]
      const shortBare = bare(short)
      if (shortBare.length >= 2 && bare(long).startsWith(shortBare) && shortBare !== bare(long)) return `"${cap(short)}" may be short for "${cap(long)}"`
      if (shortBare.length === 1 && bare(long).startsWith(shortBare)) return `the initial "${short}" fits "${cap(long)}"`
      if (emailA && emailB && emailDomain(emailA) === emailDomain(emailB) && !FREE_MAIL.has(emailDomain(emailA)))
        return `same last name and the same email domain (${emailDomain(emailA)})`
    }
  }
  if (emailA && emailB && emailA !== emailB) {
    const localA = emailA.slice(0, emailA.lastIndexOf('@'))
    const localB = emailB.slice(0, emailB.lastIndexOf('@'))
    if (localA === localB && localA.length >= 4) return `the same email name "${localA}" at another domain`
  }
  return null
}

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/** The words a near-miss lookup needs: the surname key and the email's local part. */
export function nearMissKeys(person: PersonNames): { surname: string | null; emailLocal: string | null } {
  const words = folded(person.fullName)
  const email = normalizeEmail(person.email)
  return {
    surname: words.length > 1 ? bare(words[words.length - 1]) || null : null,
    emailLocal: email ? email.slice(0, email.lastIndexOf('@')) : null
  }
}
