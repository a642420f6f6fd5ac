// Files in Microsoft's old "compound file" container (they start D0 CF 11 E0): an Excel 97–2003 workbook (.xls), but
// also a password-protected .xlsx, which Excel stores encrypted inside such a container. Neither can be read, and the
// user must be told which one it is, because the fix differs. The container's directory names its streams:
// "EncryptedPackage" / "EncryptionInfo" for an encrypted workbook, "Workbook" (or "Book") for an .xls.
import { open } from 'node:fs/promises'
import { validationError } from '../../../shared/errors'

export const OLE_SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex')

const END_OF_CHAIN = 0xfffffffe
/** Directory sectors read at most (4 to 32 entries each): the streams that tell are among the first entries. */
const MAX_DIRECTORY_SECTORS = 16

/** The names in the container's directory (its first sectors). */
async function streamNames(file: string): Promise<string[]> {
  const handle = await open(file, 'r')
  try {
    const read = async (position: number, length: number) => {
      const buffer = Buffer.alloc(length)
      const { bytesRead } = await handle.read(buffer, 0, length, position)
      return buffer.subarray(0, bytesRead)
    }
    const header = await read(0, 512)
    if (header.length < 512) return []
    const sectorSize = 1 << header.readUInt16LE(0x1e)
    if (sectorSize !== 512 && sectorSize !== 4096) return []
    const perFatSector = sectorSize / 4
    // The first 109 sectors of the allocation table are listed in the header; a directory beyond them is not followed.
    const fatSector = (index: number) => (index < 109 ? header.readUInt32LE(0x4c + index * 4) : END_OF_CHAIN)
    const names: string[] = []
    let sector = header.readUInt32LE(0x30)
    for (let n = 0; n < MAX_DIRECTORY_SECTORS && sector < END_OF_CHAIN; n++) {
      const entries = await read((sector + 1) * sectorSize, sectorSize)
      for (let at = 0; at + 128 <= entries.length; at += 128) {
        const length = entries.readUInt16LE(at + 64)
        if (length >= 2 && length <= 64) names.push(entries.toString('utf16le', at, at + length - 2))
      }
      const fat = fatSector(Math.floor(sector / perFatSector))
      if (fat >= END_OF_CHAIN) break
      const next = await read((fat + 1) * sectorSize + (sector % perFatSector) * 4, 4)
      sector = next.length === 4 ? next.readUInt32LE(0) : END_OF_CHAIN
    }
    return names
  } finally {
    await handle.close()
  }
}

/** Always throws: why this compound file cannot be imported, and what to do instead. */
export async function refuseCompoundFile(file: string): Promise<never> {
  const names = new Set(await streamNames(file))
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo'))
    throw validationError(
      'file',
      'The workbook is password-protected (encrypted), so it cannot be read; nothing was imported. In Excel, open it with its password, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and import again.'
    )
  if (names.has('Workbook') || names.has('Book'))
    throw validationError(
      'file',
      'This is an old-format Excel workbook (.xls, Excel 97–2003), which cannot be read; nothing was imported. In Excel choose File › Save As › "Excel Workbook (.xlsx)" (or "CSV UTF-8") and import that file.'
    )
  throw validationError(
    'file',
    'This is an old-format Microsoft Office document (not an Excel workbook), so it cannot be imported. Choose a CSV file or an Excel workbook (.xlsx).'
  )
}
