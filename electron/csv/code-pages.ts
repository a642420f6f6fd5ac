// Evidence for which single- or double-byte code page a file that is not UTF-8 is in: chardet's candidates (byte
// n-grams per language) and how well the file's accented words read when decoded in each. The decision itself is
// chooseByteEncoding (encoding.ts).
import chardet from 'chardet'
import type { EncodingName } from '../../shared/csv/encodings'
import { decodeAll } from './decode'

/** chardet's recognisers and the code pages each stands for (preferred first: Windows before ISO, as Excel writes). */
const FAMILIES: Record<string, EncodingName[]> = {
  'ISO-8859-1': ['windows-1252', 'iso-8859-1', 'iso-8859-15'],
  'windows-1252': ['windows-1252', 'iso-8859-1', 'iso-8859-15'],
  'ISO-8859-2': ['windows-1250', 'iso-8859-2'],
  'windows-1250': ['windows-1250', 'iso-8859-2'],
  'ISO-8859-7': ['windows-1253', 'iso-8859-7'],
  'windows-1253': ['windows-1253', 'iso-8859-7'],
  'ISO-8859-9': ['windows-1254', 'iso-8859-9'],
  'windows-1254': ['windows-1254', 'iso-8859-9'],
  'windows-1257': ['windows-1257', 'iso-8859-13'],
  'windows-1251': ['windows-1251'],
  'ISO-8859-5': ['iso-8859-5'],
  'KOI8-R': ['koi8-r'],
  Shift_JIS: ['shift_jis']
}

export interface Candidate {
  encoding: EncodingName
  /** chardet's confidence (0–100) for the recogniser that proposed it; 0 when only the fallback. */
  chardet: number
  /** Share (0–1) of the sample's accented words that read as a word of one language or script (see readability). */
  readability: number
}

/**
 * The code pages worth considering for `sample`, each with its evidence; Windows-1252 always among them (the
 * fallback). Code pages that decode the sample to the very same text are one reading: only the preferred is kept.
 */
export function candidatesFor(sample: Uint8Array): Candidate[] {
  const confidence = new Map<EncodingName, number>([['windows-1252', 0]])
  for (const match of sample.length ? chardet.analyse(sample) : [])
    for (const encoding of FAMILIES[match.name] ?? []) confidence.set(encoding, Math.max(confidence.get(encoding) ?? 0, match.confidence))
  const seen = new Set<string>()
  const candidates: Candidate[] = []
  for (const [encoding, score] of confidence) {
    const text = decodeAll(sample, encoding)
    if (seen.has(text)) continue
    seen.add(text)
    candidates.push({ encoding, chardet: score, readability: readability(text) })
  }
  return candidates
}

/**
 * Letters of the languages recruiters' files are written in, beyond ASCII (lower case). A word of a correctly
 * decoded file uses the letters of ONE of them ("Dvořáková": Czech); the same bytes read in the wrong code page mix
 * letters no language has together ("Dvoøáková": ø is Danish, á is not) or turn into symbols ("£ukasz", "¯ó³æ").
 */
const ALPHABETS = [
  'äöüß', // German
  'àâæçéèêëîïôœùûüÿ', // French
  'áéíñóúü', // Spanish
  'áâãàçéêíóôõú', // Portuguese
  'àèéìíîòóùú', // Italian
  'áéíóúàèëïöü', // Dutch
  'àçèéíïòóúü', // Catalan
  'æøåéó', // Danish, Norwegian
  'åäöé', // Swedish, Finnish
  'áðéíóúýþæö', // Icelandic
  'ąćęłńóśźż', // Polish
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'áéíóöőúüű', // Hungarian
  'ăâîșțşţ', // Romanian
  'čćđšž', // Croatian, Slovenian, Bosnian
  'çë', // Albanian
  'çğıöşüâîû', // Turkish
  'ąčęėįšųūž', // Lithuanian
  'āčēģīķļņšūž', // Latvian
  'äöõüšž' // Estonian
].map((letters) => new Set(letters))

/** Scripts whose words need no alphabet check: any mix of their letters is a word (Cyrillic, Greek, Japanese). */
const SCRIPTS = [/^[\u0400-\u04ff]+$/u, /^[\u0370-\u03ff\u1f00-\u1fff]+$/u, /^[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f\u30fc]+$/u]

/** Non-letters a text file plausibly holds: currency, typographic quotes and dashes, Japanese punctuation … */
const PLAUSIBLE_SYMBOLS = /[\u00a0€£’‘‚“”„«»‹›–—…•·°™©®§¡¿\u3000-\u303f\uff01-\uff65]/u

const WORD = /[\p{L}\p{M}]+/gu
const CASE_FLIP = /\p{Ll}\p{Lu}/u
const NOT_A_SYMBOL = /[\p{L}\p{M}\s]/gu

/**
 * How well a decoded sample reads, 0–1: its words with non-ASCII letters that are words of one alphabet or script
 * (and not a capital after a small letter), over those words plus its implausible characters (C1 controls, U+FFFD,
 * symbols such as ± ¹ ³ ¯ ¤).
 */
export function readability(text: string): number {
  let good = 0
  let total = 0
  for (const [word] of text.matchAll(WORD)) {
    // The letters beyond ASCII (the dot of "İ" lower-cased, U+0307, is part of its "i").
    const letters = [...new Set(word.toLowerCase())].filter((l) => l > '\u007f' && l !== '\u0307')
    if (letters.length === 0) continue
    total++
    if (CASE_FLIP.test(word)) continue // "оЛЭЦЮ" (Russian read as KOI8-R): capitals inside a lower-case word
    if (ALPHABETS.some((alphabet) => letters.every((l) => alphabet.has(l))) || SCRIPTS.some((script) => script.test(letters.join('')))) good++
  }
  for (const char of text.replace(NOT_A_SYMBOL, '')) if (char > '\u007f' && !PLAUSIBLE_SYMBOLS.test(char)) total++
  return total === 0 ? 1 : good / total
}

const SAMPLE_BYTES = 64 * 1024

/**
 * The lines of a file that hold bytes above 0x7F, up to 64 KB: the evidence chardet and readability work on (the
 * ASCII lines say nothing about the code page, and chardet's time grows with the sample). Lines are cut at LF only,
 * which no byte of a Shift_JIS character is, so no character is cut.
 */
export class HighByteLines {
  private carry: Buffer = Buffer.alloc(0)
  private readonly lines: Buffer[] = []
  private size = 0

  add(part: Buffer): void {
    if (this.size >= SAMPLE_BYTES) return
    const buffer = this.carry.length ? Buffer.concat([this.carry, part]) : part
    const last = buffer.lastIndexOf(0x0a)
    let start = 0
    for (let end = buffer.indexOf(0x0a); end !== -1 && end <= last; end = buffer.indexOf(0x0a, start)) {
      this.keep(buffer.subarray(start, end + 1))
      start = end + 1
    }
    const rest = buffer.subarray(start)
    this.carry = rest.length < SAMPLE_BYTES ? Buffer.from(rest) : Buffer.alloc(0) // a copy: parts are reused
  }

  sample(): Buffer {
    this.keep(this.carry)
    this.carry = Buffer.alloc(0)
    return Buffer.concat(this.lines)
  }

  private keep(line: Buffer): void {
    if (this.size >= SAMPLE_BYTES || !line.some((byte) => byte >= 0x80)) return
    // A line that does not fit ends the sample (only the first one is cut: a sample of one long line).
    const fits = line.length <= SAMPLE_BYTES - this.size
    if (fits || this.lines.length === 0) this.lines.push(Buffer.from(line.subarray(0, SAMPLE_BYTES)))
    this.size = fits ? this.size + line.length : SAMPLE_BYTES
  }
}
