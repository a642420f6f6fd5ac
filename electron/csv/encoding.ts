// Which text encoding a CSV file is in. UTF-8 (with or without a byte-order mark) and UTF-16 LE/BE with a BOM are
// recognised by their BOM; a file without a BOM is UTF-8 or a code page (Windows-1252, Excel's "CSV" on Windows in
// Western Europe and the Americas; Windows-1250/1251/1253/1254/1257, ISO-8859-x, Shift_JIS …), decided by
// chooseByteEncoding below from the whole file's bytes. UTF-16 without a BOM and binary files are refused with a
// message that says what to do.
import { isUtf8 } from 'node:buffer'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { encodingLabel, type EncodingGuess, type EncodingName } from '../../shared/csv'
import { validationError } from '../../shared/errors'
import { candidatesFor, HighByteLines, type Candidate } from './code-pages'
import { countSequences, type Utf8Evidence } from './utf8-scan'

export type Encoding = EncodingName

export interface EncodingInfo {
  encoding: Encoding
  label: string
  /** Bytes of byte-order mark at the start of the file. */
  bomBytes: number
  /** UTF-8 only: invalid sequences in the file (read as bad bytes, reported by row); absent when there are none. */
  invalidSequences?: number
  /** A code page only: how sure the choice is (0–100) and the other readings, most likely first. */
  guess?: { confidence: number; alternatives: EncodingGuess[] }
}

const HEAD_BYTES = 64 * 1024
const fileError = (message: string) => validationError('file', message)

const SAVE_AS_UTF8 = 'In Excel choose File › Save As › "CSV UTF-8 (Comma delimited)" and import that file.'

export async function readHead(file: string, bytes = HEAD_BYTES): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

export async function detectEncoding(file: string, size: number): Promise<EncodingInfo> {
  if (size === 0) throw fileError('The file is empty.')
  const head = await readHead(file)
  const bom = byteOrderMark(head)
  if (bom) {
    if (size === bom.bomBytes) throw fileError(`The file is empty: it holds only a byte-order mark (${bom.label}).`)
    if (bom.encoding !== 'utf-8') return bom
    // The mark says UTF-8, so invalid bytes in it are bad bytes whatever their number: reported by row, never hidden.
    const evidence = await utf8Evidence(file, bom.bomBytes)
    return evidence ? withBadBytes(bom, evidence.invalid) : bom
  }
  refuseNonText(head)
  const sample = new HighByteLines()
  const evidence = await utf8Evidence(file, 0, sample)
  return chooseByteEncoding(evidence, evidence ? sample.sample() : undefined)
}

/** Readabilities this close are a tie (a word or two in a hundred read differently). */
const TIE = 0.02

/**
 * UTF-8 or a code page for a file without a byte-order mark, from what its bytes hold (evidence null: all valid
 * UTF-8) and `sample`, its lines holding bytes above 0x7F (code-pages.ts).
 *
 * UTF-8 when the file is valid UTF-8, or when it has valid multibyte sequences and at most four invalid ones for
 * each (a UTF-8 file with a few stray bytes, say a name pasted from a Windows-1252 file); its invalid bytes are then
 * reported by row and column (utf8-scan.ts, shared/csv/bad-bytes.ts), never decoded silently. In a code-page file
 * nearly every accented letter is an invalid UTF-8 sequence (é = 0xE9 followed by a plain letter), and a valid one
 * occurs only by chance (a capital accented letter followed by a typographic symbol, such as "É”"): about one in two
 * hundred, far below one in four. Reading a code-page file as UTF-8 would refuse its accented rows (loudly); reading
 * a UTF-8 file as a code page would store "JosÃ©" for "José" (silently), so the doubt goes to UTF-8.
 *
 * Otherwise a code page. chardet alone guesses poorly on a few names (it takes a Polish/Czech list for Latin-1), so
 * its candidates (each with its Windows and ISO twins) are decoded and judged by readability: the share of accented
 * words that are words of ONE language's alphabet or one script, against symbols and controls ("Dvořáková" reads,
 * "Dvoøáková" and "£ukasz" do not). Bytes 0x80–0x9F decide between Windows-125x and ISO-8859-x: letters and quotes
 * in the first, C1 controls (unreadable) in the second. The most readable wins; within 0.02 of it, chardet's
 * confidence decides, then the order Windows-1252 first, Windows before ISO — so a Western file whose other readings
 * are as good (German "ä ö ü ß" are the same bytes in Windows-1250) stays Windows-1252, the fallback. Confidence
 * = readability × (1 − the best other reading's readability / 2): 100 when nothing else reads, 50 for a tie.
 */
export function chooseByteEncoding(evidence: Utf8Evidence | null, sample: Uint8Array = new Uint8Array(0)): EncodingInfo {
  if (evidence === null) return { encoding: 'utf-8', label: 'UTF-8', bomBytes: 0 }
  if (evidence.multibyte > 0 && evidence.invalid <= 4 * evidence.multibyte)
    return withBadBytes({ encoding: 'utf-8', label: 'UTF-8', bomBytes: 0 }, evidence.invalid)
  const candidates = candidatesFor(sample)
  const most = Math.max(...candidates.map((c) => c.readability))
  const ranked = [
    ...candidates.filter((c) => c.readability >= most - TIE).sort((a, b) => b.chardet - a.chardet),
    ...candidates.filter((c) => c.readability < most - TIE).sort((a, b) => b.readability - a.readability)
  ]
  const confidence = (c: Candidate) => Math.round(100 * c.readability * (1 - Math.max(0, ...ranked.filter((o) => o !== c).map((o) => o.readability)) / 2))
  const [best, ...others] = ranked
  return {
    encoding: best.encoding,
    label: `${encodingLabel(best.encoding).split(' (')[0]} (the file is not valid UTF-8)`,
    bomBytes: 0,
    guess: {
      confidence: confidence(best),
      alternatives: others
        // never shown as likelier than the choice (a tie chardet broke)
        .map((c) => ({ encoding: c.encoding, label: encodingLabel(c.encoding), confidence: Math.min(confidence(c), confidence(best)) }))
        .filter((c) => c.confidence >= 10)
        .slice(0, 5)
    }
  }
}

/** A UTF-8 file with invalid sequences: said in its label, and read keeping the bad bytes for the rows' checks. */
function withBadBytes(info: EncodingInfo, invalid: number): EncodingInfo {
  const what = invalid === 1 ? 'an invalid byte sequence' : `${invalid} invalid byte sequences`
  return { ...info, label: `${info.label} (with ${what}: the rows holding them are named)`, invalidSequences: invalid }
}

function byteOrderMark(head: Buffer): EncodingInfo | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', label: 'UTF-8 with byte-order mark', bomBytes: 3 }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', label: 'UTF-16 LE with byte-order mark', bomBytes: 2 }
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', label: 'UTF-16 BE with byte-order mark', bomBytes: 2 }
  return null
}

/**
 * NULs a text file may hold: a stray one in a cell (a candidate stored with one before control characters were
 * refused, then exported) is that row's error, named by row and column; binary data holds them by the dozen.
 */
export const STRAY_NULS = 8

/** Zip (xlsx), PDF, UTF-16 without BOM, NUL bytes or many control bytes: not a CSV we can read. */
function refuseNonText(head: Buffer): void {
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')))
    throw fileError(`This is an Excel workbook or another zip file, not a CSV file. ${SAVE_AS_UTF8}`)
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') throw fileError('This is a PDF document, not a CSV file.')
  const sample = head.subarray(0, 4096)
  let evenZeros = 0
  let oddZeros = 0
  let controls = 0
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]
    if (byte === 0) i % 2 === 0 ? evenZeros++ : oddZeros++
    else if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) controls++
  }
  const half = sample.length / 2
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05)
    throw fileError(`The file looks like UTF-16 (little-endian) text without a byte-order mark, which cannot be read reliably. ${SAVE_AS_UTF8}`)
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05)
    throw fileError(`The file looks like UTF-16 (big-endian) text without a byte-order mark, which cannot be read reliably. ${SAVE_AS_UTF8}`)
  const zeros = evenZeros + oddZeros
  if (zeros > STRAY_NULS || zeros + controls > sample.length * 0.02)
    throw fileError('The file is not a text file (it holds binary data). Choose a CSV file; a spreadsheet must first be saved as CSV.')
}

/**
 * Null when the file (after `from` bytes) is all valid UTF-8; else how many valid multibyte and invalid sequences it
 * holds. Node's validator first (fast); only a file that fails it is counted, byte by byte, in a second pass.
 */
async function utf8Evidence(file: string, from: number, sample?: HighByteLines): Promise<Utf8Evidence | null> {
  if (await eachPart(file, from, (part) => isUtf8(part))) return null
  const evidence: Utf8Evidence = { multibyte: 0, invalid: 0 }
  await eachPart(file, from, (part) => (countSequences(part, evidence), sample?.add(part), true))
  return evidence
}

/**
 * Streams the file in parts that end on a complete UTF-8 sequence (an incomplete one is carried to the next part;
 * the last part is what is left). Stops when `look` answers false; true when it never did.
 */
async function eachPart(file: string, from: number, look: (part: Buffer) => boolean): Promise<boolean> {
  let carry: Buffer = Buffer.alloc(0)
  for await (const chunk of createReadStream(file, { start: from, highWaterMark: 1 << 20 })) {
    const buffer: Buffer = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer)
    const end = completeSequenceEnd(buffer)
    if (!look(buffer.subarray(0, end))) return false
    carry = Buffer.from(buffer.subarray(end))
  }
  return carry.length === 0 || look(carry)
}

/** Where the last complete UTF-8 sequence ends (the rest may continue in the next chunk). */
export function completeSequenceEnd(buffer: Buffer): number {
  let lead = buffer.length - 1
  while (lead >= 0 && buffer.length - lead <= 3 && (buffer[lead] & 0xc0) === 0x80) lead--
  if (lead < 0) return buffer.length
  const byte = buffer[lead]
  const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
  return lead + length > buffer.length ? lead : buffer.length
}
