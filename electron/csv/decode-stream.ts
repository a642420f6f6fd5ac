// Bytes of a file -> text chunks for papaparse: decoded with the detected encoding, record ends made LF, the BOM
// dropped, and binary data (a NUL character) refused. Counts bytes for progress.
import { Transform } from 'node:stream'
import { validationError } from '../../shared/errors'
import type { Encoding } from './encoding'
import { LineEndingNormalizer } from './line-endings'
import { decodeWindows1252 } from './windows-1252'

export interface DecodeProgress {
  bytes: number
  chars: number
}

export function decodingStream(encoding: Encoding, delimiter: string, progress: DecodeProgress): Transform {
  const decoder = encoding === 'windows-1252' ? null : new TextDecoder(encoding)
  const lines = new LineEndingNormalizer(delimiter)
  const emit = (stream: Transform, text: string) => {
    const nul = text.indexOf('\u0000')
    if (nul !== -1)
      throw validationError('file', `The file holds binary data (a NUL character, near byte ${progress.bytes}); it is not a CSV text file.`)
    const normalised = lines.push(text)
    progress.chars += normalised.length
    if (normalised) stream.push(normalised)
  }
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      try {
        progress.bytes += chunk.length
        emit(this, decoder ? decoder.decode(chunk, { stream: true }) : decodeWindows1252(chunk))
        done()
      } catch (error) {
        done(error as Error)
      }
    },
    flush(done) {
      try {
        if (decoder) emit(this, decoder.decode())
        done()
      } catch (error) {
        done(error as Error)
      }
    }
  })
}
