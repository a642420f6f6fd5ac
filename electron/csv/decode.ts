// Bytes -> text in any supported encoding (shared/csv/encodings.ts). UTF-8 and UTF-16 through Node's TextDecoder;
// the code pages through iconv-lite (Node 20's TextDecoder reads windows-1252 as Latin-1 and lacks the others).
import iconv from 'iconv-lite'
import type { EncodingName } from '../../shared/csv/encodings'

/** A streaming decoder: `write` carries a character cut by the end of a read (Shift_JIS, UTF-8) into the next. */
export interface StreamDecoder {
  write(bytes: Uint8Array): string
  end(): string
}

const isUnicode = (encoding: EncodingName) => encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be'

export function streamDecoder(encoding: EncodingName): StreamDecoder {
  if (isUnicode(encoding)) {
    const decoder = new TextDecoder(encoding)
    return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() }
  }
  const decoder = iconv.getDecoder(encoding)
  return {
    // iconv-lite copies what it carries (an array of numbers), so the reader may reuse its buffer.
    write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => decoder.end() ?? ''
  }
}

export function decodeAll(bytes: Uint8Array, encoding: EncodingName): string {
  const decoder = streamDecoder(encoding)
  return decoder.write(bytes) + decoder.end()
}
