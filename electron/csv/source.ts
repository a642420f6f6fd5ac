// Opening an import file: its size, encoding and delimiter, before any row is read.
import { stat } from 'node:fs/promises'
import type { DetectedFormat } from '../../shared/csv'
import { validationError } from '../../shared/errors'
import { detectDelimiter } from './delimiter'
import { detectEncoding, readHead, type EncodingInfo } from './encoding'
import { decodeWindows1252 } from './windows-1252'

export interface CsvSource {
  file: string
  bytes: number
  encoding: EncodingInfo
  format: DetectedFormat
}

const SAMPLE_BYTES = 64 * 1024

export async function openSource(file: string): Promise<CsvSource> {
  let bytes: number
  try {
    const info = await stat(file)
    if (!info.isFile()) throw validationError('file', `${file} is not a file.`)
    bytes = info.size
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw validationError('file', `There is no file ${file}.`)
    throw error
  }
  const encoding = await detectEncoding(file, bytes)
  const head = (await readHead(file, SAMPLE_BYTES + encoding.bomBytes)).subarray(encoding.bomBytes)
  const sample = (encoding.encoding === 'windows-1252' ? decodeWindows1252(head) : new TextDecoder(encoding.encoding).decode(head)).replace(/\r\n?/g, '\n')
  const delimiter = detectDelimiter(sample, bytes <= SAMPLE_BYTES + encoding.bomBytes)
  return {
    file,
    bytes,
    encoding,
    format: { encoding: encoding.encoding, encodingLabel: encoding.label, delimiter: delimiter.delimiter, delimiterLabel: delimiter.label }
  }
}
