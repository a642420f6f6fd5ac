// Duplicate-check key for a full name. Exactly the seed rule: case and spacing are folded, nothing else.
// "Steve Lu" and "Steven Lu" stay different; "José" (composed or decomposed) and "JOSÉ" are the same.
import { rememberLast } from './last-answer'

// Words of ASCII and Latin-1 letters separated by single spaces, without ß and µ (whose upper case is not a
// Latin-1 letter): NFC leaves such a name as it is and case folding is plain lower-casing, so the key is one call.
// Most names of a 100,000-row import take this path.
const SIMPLE = /^[!-~\xa1-\xb4\xb6-\xde\xe0-\xff]+(?: [!-~\xa1-\xb4\xb6-\xde\xe0-\xff]+)*$/

/**
 * Trim, collapse inner whitespace (any Unicode space) to one space, Unicode NFC, case-fold.
 * Case folding goes through upper case first so that e.g. "ß"/"SS" and "ς"/"σ" fold together, then NFC again
 * because case mapping can leave decomposed sequences. Returns null for a name with no visible characters.
 * The last answer is kept (see last-answer.ts).
 */
export const normalizeFullName = rememberLast((name): string | null => (name == null ? null : nameKey(name)))

function nameKey(name: string): string | null {
  if (SIMPLE.test(name)) return name.toLowerCase()
  const spaced = name.normalize('NFC').trim().replace(/\s+/gu, ' ')
  if (spaced === '') return null
  // JS lower-cases a word-final capital sigma to "ς"; Unicode case folding maps both sigmas to "σ".
  return spaced.toUpperCase().toLowerCase().replace(/ς/gu, 'σ').normalize('NFC')
}
