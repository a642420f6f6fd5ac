// The zip container of an .xlsx: its central directory (which parts there are, where, and how big they say they
// are) and a part's bytes, inflated as they stream. Read from the directory rather than front to back, so a workbook's parts are
// opened in the order the import needs (workbook, styles, text table, then one sheet) whatever order the program that
// wrote it chose (Excel writes the sheets before the text table), and the sheets not imported are never inflated.
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { crc32, createInflateRaw } from 'node:zlib'
import { validationError } from '../../../shared/errors'

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated. */
  method: number
  encrypted: boolean
  compressedSize: number
  /** As the directory declares it (checked while inflating). */
  size: number
  /** The CRC-32 of the inflated part (checked at its end). */
  crc: number
  headerOffset: number
}

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** A directory bigger than this is not a spreadsheet's (an .xlsx has a few dozen parts). */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024

export const damaged = (why: string) =>
  validationError(
    'file',
    `The workbook is damaged or incomplete (${why}), so it cannot be read; nothing was imported. Open it in Excel and save it again, or save it as "CSV UTF-8" and import that.`
  )

async function readAt(file: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buffer, 0, length, position)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** Where the central directory is: from the end record (zip64's when the classic one overflows). */
async function directoryPlace(file: string, bytes: number): Promise<{ offset: number; size: number; count: number }> {
  const tailLength = Math.min(bytes, 22 + 0xffff)
  const tail = await readAt(file, bytes - tailLength, tailLength)
  let end = -1
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail.readUInt32LE(i) === EOCD) {
      end = i
      break
    }
  if (end < 0) throw damaged('its zip directory is missing: the file may have been cut short while copying or downloading')
  let count = tail.readUInt16LE(end + 10)
  let size = tail.readUInt32LE(end + 12)
  let offset = tail.readUInt32LE(end + 16)
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && end >= 20 && tail.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const record = await readAt(file, Number(tail.readBigUInt64LE(end - 12)), 56)
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw damaged('its zip64 directory record is missing')
    count = Number(record.readBigUInt64LE(32))
    size = Number(record.readBigUInt64LE(40))
    offset = Number(record.readBigUInt64LE(48))
  }
  if (size > MAX_DIRECTORY_BYTES || offset + size > bytes) throw damaged('its zip directory points outside the file')
  return { offset, size, count }
}

/** Every entry of the zip's central directory. */
export async function readZipDirectory(file: string, bytes: number): Promise<ZipEntry[]> {
  const place = await directoryPlace(file, bytes)
  const directory = await readAt(file, place.offset, place.size)
  const entries: ZipEntry[] = []
  for (let at = 0; entries.length < place.count;) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL) throw damaged('its zip directory is unreadable')
    const nameLength = directory.readUInt16LE(at + 28)
    const extraLength = directory.readUInt16LE(at + 30)
    const commentLength = directory.readUInt16LE(at + 32)
    const entry: ZipEntry = {
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      encrypted: (directory.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      crc: directory.readUInt32LE(at + 16),
      headerOffset: directory.readUInt32LE(at + 42)
    }
    readZip64Sizes(entry, directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength))
    entries.push(entry)
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Sizes and offset that overflow 32 bits are in the zip64 extra field (id 1), in this order, only those that overflow. */
function readZip64Sizes(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at)
    const length = extra.readUInt16LE(at + 2)
    if (id === 1) {
      let field = at + 4
      const next = () => (field + 8 <= at + 4 + length ? Number(extra.readBigUInt64LE((field += 8) - 8)) : 0)
      if (entry.size === 0xffffffff) entry.size = next()
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next()
      if (entry.headerOffset === 0xffffffff) entry.headerOffset = next()
      return
    }
    at += 4 + length
  }
}

/**
 * A part's bytes as they inflate. `limit`: the most bytes it may inflate to (the directory's own figure can be
 * false). The file is closed when the caller stops early.
 */
export async function* partBytes(file: string, entry: ZipEntry, limit: number, tooBig: () => Error): AsyncGenerator<Buffer> {
  if (entry.encrypted)
    throw validationError(
      'file',
      `The workbook is password-protected (its part ${entry.name} is encrypted), so it cannot be read. Remove the password in Excel, save, and import again.`
    )
  if (entry.method !== 0 && entry.method !== 8) throw damaged(`its part ${entry.name} is compressed with method ${entry.method}, which Excel does not write`)
  if (entry.size > limit) throw tooBig()
  const header = await readAt(file, entry.headerOffset, 30)
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw damaged(`its part ${entry.name} is missing`)
  const start = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
  if (entry.compressedSize === 0) return
  const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 64 * 1024 })
  const inflate = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw
  raw.on('error', (error) => inflate.destroy(error))
  let inflated = 0
  let crc = 0
  try {
    for await (const chunk of inflate) {
      inflated += (chunk as Buffer).length
      if (inflated > limit) throw tooBig()
      crc = crc32(chunk as Buffer, crc)
      yield chunk as Buffer
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    if (code.startsWith('Z_') || code === 'ERR_STREAM_PREMATURE_CLOSE') throw damaged(`its part ${entry.name} does not inflate: ${(error as Error).message}`)
    throw error
  } finally {
    raw.destroy()
    inflate.destroy()
  }
  // damage that still inflates (garbage in, garbage out) shows here, after the rows it made were read: an apply
  // that has written some takes them back, as for an invalid row
  if (crc !== entry.crc) throw damaged(`its part ${entry.name} does not match its checksum`)
}

/** A small part's whole text (the workbook, its relationships, its styles, its content types). */
export async function smallPartText(file: string, entry: ZipEntry): Promise<string> {
  const pieces: Buffer[] = []
  for await (const piece of partBytes(file, entry, MAX_DIRECTORY_BYTES, () => damaged(`its part ${entry.name} is implausibly large`))) pieces.push(piece)
  return Buffer.concat(pieces).toString('utf8')
}
