// Who is the same person when only the full name matches. The same TrackerRMS ID, email or LinkedIn URL is one
// person whatever the names say (callers look those up first). The same full name alone is one person only when
// nothing tells the two apart: two "John Smith"s with different emails are two people, and losing one of them (an
// import that "skips the duplicate") is worse than the warning that says they were kept apart. Used by the import
// (a row against an earlier row or a candidate of the job: electron/csv/name-keys.ts) and by "Add candidate"
// (electron/core/same-person-rule.ts), so both decide alike.
//
// What tells two namesakes apart is a key that BOTH have and that differs (it differs because the caller found no
// match on it). A key only one of them has tells nothing. So one with an email only and the other with a LinkedIn
// URL only are ONE person: that is how one person looks in two exports (LinkedIn's Connections.csv rarely has an
// email, an Outlook or Google contact never has a LinkedIn URL), and taking them as one keeps one person one
// candidate (with policy update they end up with both keys). The report lists such a row as a full-name duplicate of
// the other, so a wrong guess is visible and can be imported with policy "create".

/** The keys a person has, as bits: a row or a candidate costs one small number in the import's tables. */
export type KeyBits = number
export const HAS_TRACKER_ID = 1
export const HAS_EMAIL = 2
export const HAS_LINKEDIN = 4

/** The bits of a person's normalised keys (null: they have none of that kind). */
export function keyBits(keys: { trackerId: number | null; email: string | null; linkedin: string | null }): KeyBits {
  return (keys.trackerId !== null ? HAS_TRACKER_ID : 0) | (keys.email !== null ? HAS_EMAIL : 0) | (keys.linkedin !== null ? HAS_LINKEDIN : 0)
}

/**
 * For two people with the same full name and no TrackerRMS ID, email or LinkedIn URL in common: the keys that tell
 * them apart (both have one, so theirs differ), or 0 when nothing does and they are one person.
 */
export function toldApartBy(a: KeyBits, b: KeyBits): KeyBits {
  return a & b
}

const KEY_WORDS: [KeyBits, string][] = [
  [HAS_TRACKER_ID, 'TrackerRMS ID'],
  [HAS_EMAIL, 'email'],
  [HAS_LINKEDIN, 'LinkedIn URL']
]

/**
 * The warning on a person kept apart from a namesake: "Same full name as row 12 (Émile Smith-Jones) but a
 * different email: imported as a different person." `namesake` is "row 12" or "candidate 456".
 */
export function toldApartMessage(namesake: string, fullName: string, apart: KeyBits, done: 'imported' | 'added'): string {
  const words = KEY_WORDS.filter(([bit]) => apart & bit).map(([, word]) => word)
  const keys = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
  return `Same full name as ${namesake} (${fullName}) but a different ${keys}: ${done} as a different person.`
}
