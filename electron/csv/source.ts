// Opening an import file: its size, encoding and delimiter, before any row is read.
import { stat } from 'node:fs/promises'
import { encodingLabel, type DetectedFormat, type EncodingName } from '../../shared/csv'
import { validationError } from '../../shared/errors'
import { decodeAll } from './decode'
import { detectDelimiter } from './delimiter'
import { detectEncoding, readHead, type EncodingInfo } from './encoding'

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
  return sourceIn(file, bytes, await detectEncoding(file, bytes), false)
}

/**
 * The file read in the encoding the user chose instead of the detected one (the detected one joins the
 * alternatives, for the wizard's list). A byte-order mark is skipped still: it is never part of the text.
 */
export async function withEncoding(source: CsvSource, chosen: EncodingName): Promise<CsvSource> {
  if (chosen === source.encoding.encoding) return source
  // UTF-8 chosen for a file detected as something else: read keeping bad bytes (as if it had some), so that they
  // are named by row and column, never silently replaced.
  const encoding: EncodingInfo = {
    encoding: chosen,
    label: `${encodingLabel(chosen)} (chosen)`,
    bomBytes: source.encoding.bomBytes,
    ...(chosen === 'utf-8' ? { invalidSequences: 1 } : {})
  }
  const read = await sourceIn(source.file, source.bytes, encoding, true)
  const detected = { encoding: source.format.encoding, label: encodingLabel(source.format.encoding), confidence: source.format.encodingConfidence }
  const alternatives = [detected, ...source.format.encodingAlternatives].filter((a) => a.encoding !== chosen)
  return { ...read, format: { ...read.format, encodingConfidence: source.format.encodingConfidence, encodingAlternatives: alternatives } }
}

async function sourceIn(file: string, bytes: number, encoding: EncodingInfo, chosen: boolean): Promise<CsvSource> {
  const head = (await readHead(file, SAMPLE_BYTES + encoding.bomBytes)).subarray(encoding.bomBytes)
  const sample = decodeAll(head, encoding.encoding).replace(/\r\n?/g, '\n')
  const delimiter = detectDelimiter(sample, bytes <= SAMPLE_BYTES + encoding.bomBytes)
  return {
    file,
    bytes,
    encoding,
    format: {
      encoding: encoding.encoding,
      encodingLabel: encoding.label,
      encodingConfidence: encoding.guess?.confidence ?? 100,
      encodingAlternatives: encoding.guess?.alternatives ?? [],
      encodingChosen: chosen,
      delimiter: delimiter.delimiter,
      delimiterLabel: delimiter.label
    }
  }
}
