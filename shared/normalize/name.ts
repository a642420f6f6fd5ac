// Duplicate-check key for a full name. Exactly the seed rule: case and spacing are folded, nothing else.
// "Steve Lu" and "Steven Lu" stay different; "José" (composed or decomposed) and "JOSÉ" are the same.

/**
 * Trim, collapse inner whitespace (any Unicode space) to one space, Unicode NFC, case-fold.
 * Case folding goes through upper case first so that e.g. "ß"/"SS" and "ς"/"σ" fold together, then NFC again
 * because case mapping can leave decomposed sequences. Returns null for a name with no visible characters.
 */
export function normalizeFullName(name: string | null | undefined): string | null {
  if (name == null) return null
  const spaced = name.normalize('NFC').trim().replace(/\s+/gu, ' ')
  if (spaced === '') return null
  // JS lower-cases a word-final capital sigma to "ς"; Unicode case folding maps both sigmas to "σ".
  return spaced.toUpperCase().toLowerCase().replace(/ς/gu, 'σ').normalize('NFC')
}
