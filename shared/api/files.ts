// Files between the page and main, over the contract itself (so Electron and the browser host share one path):
// an upload arrives in base64 chunks into a temporary file in the data folder; a file made by main (a CSV export,
// the template) is read back in chunks for a browser download, or saved with the system's save dialog (desktop).
import { z } from 'zod'
import { call } from './define'
import { verbatimText } from './fields'

/** Largest file one upload may be (a 100,000-candidate CSV is about 20 MB). */
export const UPLOAD_MAX_BYTES = 200 * 1024 * 1024
/** Bytes per chunk, before base64 (which adds a third): well under the browser host's 1 MB request limit. */
export const FILE_CHUNK_BYTES = 512 * 1024
const BASE64_MAX = Math.ceil(FILE_CHUNK_BYTES / 3) * 4

/** A temporary file main holds for the page: an upload, or something to download. */
export interface FileRef {
  fileId: string
  fileName: string
  bytes: number
}

const handle = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') }).regex(/^[A-Za-z0-9_-]{8,64}$/, `is not a valid ${what} id`)
const offset = z.number().int('must be a whole number').min(0, 'must be 0 or more').max(UPLOAD_MAX_BYTES, 'is past the largest file size')
const base64 = z
  .string()
  .max(BASE64_MAX, `must be at most ${FILE_CHUNK_BYTES} bytes`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')

export const filesCalls = {
  'files.uploadStart': call<{ uploadId: string; chunkBytes: number }>()(
    z.strictObject({
      fileName: verbatimText(255),
      bytes: z
        .number()
        .int('must be a whole number')
        .min(1, 'The file is empty.')
        .max(UPLOAD_MAX_BYTES, `The file is larger than ${UPLOAD_MAX_BYTES / 1024 / 1024} MB.`)
    }),
    'Starts an upload of a file of the given size (chunks follow, in order).'
  ),
  'files.uploadChunk': call<{ received: number }>()(
    z.strictObject({ uploadId: handle('upload'), offset, data: base64 }),
    'Appends one base64 chunk to an upload, at the given byte offset.'
  ),
  'files.uploadFinish': call<FileRef>()(
    z.strictObject({ uploadId: handle('upload') }),
    'Ends an upload once every byte arrived; the file can then be imported.'
  ),
  'files.read': call<{ data: string; eof: boolean }>()(
    z.strictObject({ fileId: handle('file'), offset, length: z.number().int().min(1).max(FILE_CHUNK_BYTES, `must be at most ${FILE_CHUNK_BYTES}`) }),
    'Reads a chunk of a file main prepared (base64), for a download in the browser.'
  ),
  'files.saveAs': call<{ saved: boolean; path: string | null }>()(
    // overwrite: true replaces what is at the chosen path (a file, or a symbolic link itself, never its target); the
    // page passes it because the system's dialog has already asked the user to confirm replacing. Without it, a path
    // that is taken is refused ('conflict').
    z.strictObject({ fileId: handle('file'), overwrite: z.boolean({ error: 'must be true or false' }).optional() }),
    'Desktop app: saves a file main prepared where the user chooses (the system’s save dialog).'
  ),
  'files.discard': call<{ discarded: boolean }>()(
    z.strictObject({ fileId: handle('file') }),
    'Deletes a temporary file (an upload no longer needed, a finished download).'
  )
}
