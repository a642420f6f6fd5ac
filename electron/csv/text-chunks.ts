// Bytes of a file -> text for the CSV parser: decoded with the detected encoding (a character split across two reads
// is carried over), record ends made LF, and binary data (NUL characters in bulk) refused. The same object serves the
// asynchronous reader (dry runs, the wizard's sample) and the synchronous one (apply, inside its transaction).
// A UTF-8 file with invalid sequences keeps its bad bytes visible to the rows' checks (utf8-scan.ts).
import { validationError } from '../../shared/errors'
import { completeSequenceEnd, STRAY_NULS, type Encoding } from './encoding'
import { LineEndingNormalizer } from './line-endings'
import { streamDecoder } from './decode'
import { decodeKeepingBadBytes } from './utf8-scan'

/** Decodes UTF-8 keeping bad bytes, carrying a sequence cut by the end of a read into the next one. */
class BadBytesDecoder {
  private carry: Buffer = Buffer.alloc(0)

  decode(bytes?: Uint8Array, options?: { stream: boolean }): string {
    const input = Buffer.concat([this.carry, bytes ?? new Uint8Array(0)])
    const end = options?.stream ? completeSequenceEnd(input) : input.length
    this.carry = Buffer.from(input.subarray(end)) // a copy: the reader reuses its buffer
    return decodeKeepingBadBytes(input.subarray(0, end))
  }
}

export class TextChunks {
  private readonly decoder: Pick<TextDecoder, 'decode'>
  private readonly lines: LineEndingNormalizer
  /** Bytes of the file read so far (the byte-order mark included), for progress and messages. */
  bytes: number

  constructor(encoding: Encoding, delimiter: string, bomBytes: number, keepBadBytes = false) {
    this.decoder = keepBadBytes && encoding === 'utf-8' ? new BadBytesDecoder() : decoderFor(encoding)
    this.lines = new LineEndingNormalizer(delimiter)
    this.bytes = bomBytes
  }

  /** The text of the next bytes of the file; `bytes` null at the end of the file. */
  next(bytes: Uint8Array | null): string {
    let text: string
    if (bytes === null) text = this.decoder.decode()
    else {
      text = this.decoder.decode(bytes, { stream: true })
      this.bytes += bytes.length
    }
    if (text.indexOf('\u0000') !== -1 && text.split('\u0000').length - 1 > STRAY_NULS)
      throw validationError('file', `The file holds binary data (NUL characters, near byte ${this.bytes}); it is not a CSV text file.`)
    return this.lines.push(text)
  }
}

/** The encoding's streaming decoder (decode.ts) in TextDecoder's shape: a cut character is carried to the next read. */
function decoderFor(encoding: Encoding): Pick<TextDecoder, 'decode'> {
  const decoder = streamDecoder(encoding)
  return { decode: (bytes?: Uint8Array, options?: { stream: boolean }) => (bytes ? decoder.write(bytes) : '') + (options?.stream ? '' : decoder.end()) }
}
