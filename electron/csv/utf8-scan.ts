// UTF-8 byte by byte, for files that are not all valid UTF-8: how many valid multibyte sequences and invalid ones a
// file holds (the encoding decision, encoding.ts), and decoding that keeps invalid bytes visible instead of turning
// them into U+FFFD. Each byte of an invalid sequence becomes the lone surrogate U+DC80 … U+DCFF (byte 0x80 … 0xFF;
// Python's "surrogateescape"): valid UTF-8 never decodes to a lone surrogate, so shared/csv/bad-bytes.ts finds them
// in a cell and names the bytes. Only files with invalid bytes come here; valid UTF-8 goes through Node's decoder.
import { isUtf8 } from 'node:buffer'
import { ESCAPED_BYTE_BASE } from '../../shared/csv/bad-bytes'

const isTail = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte <= 0xbf

/**
 * The sequence starting at buf[i] (a byte 0x80 or above): its length when valid, or minus the length of its "maximal
 * subpart" when not (the bytes that one U+FFFD stands for in the Unicode standard, at least 1). Table 3-7 of the
 * standard: the second byte's range depends on the first (no overlong forms, no surrogates, nothing past U+10FFFF).
 */
function sequenceAt(buf: Uint8Array, i: number, end: number): number {
  const lead = buf[i]
  let length: number
  let low = 0x80
  let high = 0xbf
  if (lead >= 0xc2 && lead <= 0xdf) length = 2
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3
    if (lead === 0xe0) low = 0xa0
    else if (lead === 0xed) high = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4
    if (lead === 0xf0) low = 0x90
    else if (lead === 0xf4) high = 0x8f
  } else return -1
  const second = i + 1 < end ? buf[i + 1] : -1
  if (second < low || second > high) return -1
  for (let k = 2; k < length; k++) if (i + k >= end || !isTail(buf[i + k])) return -k
  return length
}

export interface Utf8Evidence {
  /** Valid sequences of two to four bytes (accented letters, typographic quotes, €…). */
  multibyte: number
  /** Invalid sequences (each counted once, however many bytes). */
  invalid: number
}

/** Adds what `buf` (the whole of it: a file's last bytes, or a part ending on a complete sequence) holds. */
export function countSequences(buf: Uint8Array, into: Utf8Evidence): void {
  for (let i = 0; i < buf.length;) {
    if (buf[i] < 0x80) {
      i++
      continue
    }
    const length = sequenceAt(buf, i, buf.length)
    if (length > 0) into.multibyte++
    else into.invalid++
    i += Math.abs(length)
  }
}

/** Decodes UTF-8 with every invalid byte kept as U+DC80 + (byte - 0x80). Fast when the bytes are all valid. */
export function decodeKeepingBadBytes(buf: Buffer): string {
  if (isUtf8(buf)) return buf.toString('utf8')
  let text = ''
  let from = 0
  for (let i = 0; i < buf.length;) {
    if (buf[i] < 0x80) {
      i++
      continue
    }
    const length = sequenceAt(buf, i, buf.length)
    if (length > 0) {
      i += length
      continue
    }
    text += buf.toString('utf8', from, i)
    for (let k = 0; k < -length; k++) text += String.fromCharCode(ESCAPED_BYTE_BASE + buf[i + k])
    i -= length
    from = i
  }
  return text + buf.toString('utf8', from)
}
