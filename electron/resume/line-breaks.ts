// Where react-pdf may break a word at the end of a line (its hyphenation callback: a word in, its pieces out).
//
// Ordinary words are never split: names, emails and places must not come out hyphenated. But the layout breaks lines
// only between words or at these pieces, and a single token wider than the page (a long URL or email, a pasted
// string without spaces) would otherwise run off the page and be cut: lost from the PDF. So a long token is offered
// break points after "/", ".", "@", "-", "_", "?", "&", "=", and inside any run that is still too long.

/** Tokens up to this many characters are never split (long compounds included); a line holds about 80. */
const LONGEST_WHOLE_WORD = 30
/** A run without separators is cut into pieces of at most this many characters. */
const PIECE = 16

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

export function breakLongWord(word: string): string[] {
  if (word.length <= LONGEST_WHOLE_WORD) return [word]
  const pieces: string[] = []
  let current: string[] = []
  // By grapheme, so that a letter and its accents (e.g. Vietnamese "ễ" typed as e + two marks) stay together.
  for (const { segment: char } of graphemes.segment(word)) {
    current.push(char)
    if ('/.@-_?&='.includes(char) || current.length >= PIECE) {
      pieces.push(current.join(''))
      current = []
    }
  }
  if (current.length > 0) pieces.push(current.join(''))
  return pieces
}
