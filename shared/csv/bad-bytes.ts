// Bytes of a UTF-8 file that are not valid UTF-8 reach the rows as lone surrogates U+DC80 … U+DCFF, one per byte
// (electron/csv/utf8-scan.ts). Valid text never holds a lone low surrogate, so a cell that does had bad bytes:
// the row is invalid and its message names the bytes, instead of the file being read silently as another encoding.
import { quoted } from '../candidate-fields'

/** Byte b (0x80 … 0xFF) of an invalid sequence is read as the character ESCAPED_BYTE_BASE + b. */
export const ESCAPED_BYTE_BASE = 0xdc00

const ANY_LOW_SURROGATE = /[\udc80-\udcff]/
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/** The bad bytes in a cell as "0xE9 0x41"-style hex, or null when it has none. Cheap for the usual cell. */
export function badBytesIn(value: string): string | null {
  if (!ANY_LOW_SURROGATE.test(value)) return null
  const bytes: string[] = []
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    // The low half of a surrogate pair is a real character (an emoji, say), not a byte.
    if (code >= 0xdc80 && code <= 0xdcff && !(i > 0 && isHighSurrogate(value.charCodeAt(i - 1))))
      bytes.push(`0x${(code - ESCAPED_BYTE_BASE).toString(16).toUpperCase()}`)
  }
  return bytes.length ? bytes.join(' ') : null
}

/** The cell with each bad byte shown as U+FFFD (the replacement character), for messages and previews. */
export const withReplacementCharacters = (value: string): string => value.replace(/(?<![\ud800-\udbff])[\udc80-\udcff]/g, '\ufffd')

/** What a row's problem says about a cell with bad bytes (the row and the column are named beside it). */
export function badBytesMessage(value: string, bytes: string): string {
  const what = bytes.includes(' ') ? `bytes ${bytes} are` : `byte ${bytes} is`
  return `${what} not valid UTF-8 (${quoted(withReplacementCharacters(value.trim()), 40)}) — save the file as UTF-8 (in Excel: Save As › "CSV UTF-8") and import again.`
}
