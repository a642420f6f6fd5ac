// Temporary files the page and main exchange through the API contract (see shared/api/files.ts): uploads for the
// CSV import, and files main prepares for download (CSV exports, the template). Each lives in a folder of its own
// named by a random id, so the file keeps its real name (the import history shows it) and ids cannot be guessed.
// Everything sits under <data folder>/tmp/<this process>; it is removed on close, and leftovers of processes that
// died are removed at the next start.
import { randomBytes } from 'node:crypto'
import { appendFileSync, closeSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { FILE_CHUNK_BYTES, UPLOAD_MAX_BYTES, type FileRef } from '../../shared/api/files'
import { AppError, notFound, validationError } from '../../shared/errors'
import { processAlive } from '../lib/process-alive'
import { ensurePrivateDir, PRIVATE_FILE_MODE, touchPrivate } from '../lib/private-files'

/** Unfinished uploads kept at once; starting another drops the oldest (an abandoned wizard). */
const MAX_OPEN_UPLOADS = 4

interface Entry {
  dir: string
  path: string
  fileName: string
  /** Uploads: the size announced, and what has arrived so far. */
  expected: number
  received: number
  complete: boolean
}

/** A file name that is safe on every system and names no folder: "../../x.csv" -> "x.csv". */
function safeFileName(name: string, fallback = 'file.csv'): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '')
  if (!cleaned) return fallback
  if (cleaned.length <= 120) return cleaned
  const dot = cleaned.lastIndexOf('.')
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : ''
  return cleaned.slice(0, 120 - ext.length) + ext
}

export function createFileStore(dataDir: string) {
  const tmpRoot = join(dataDir, 'tmp')
  const root = join(tmpRoot, `files-${process.pid}-${randomBytes(4).toString('hex')}`)
  const entries = new Map<string, Entry>()
  removeStale(tmpRoot)

  const newId = () => randomBytes(18).toString('base64url')
  function slot(fileName: string): { id: string; entry: Entry } {
    const id = newId()
    const dir = join(root, id)
    ensurePrivateDir(tmpRoot)
    ensurePrivateDir(root)
    ensurePrivateDir(dir)
    const entry: Entry = { dir, path: join(dir, safeFileName(fileName)), fileName: safeFileName(fileName), expected: 0, received: 0, complete: false }
    entries.set(id, entry)
    return { id, entry }
  }
  function get(id: string, what: 'upload' | 'file'): Entry {
    const entry = entries.get(id)
    if (!entry || (what === 'file' && !entry.complete) || (what === 'upload' && entry.complete))
      throw notFound(
        what === 'upload'
          ? 'This upload is unknown or already finished: choose the file again.'
          : 'This file is gone (files are kept until Tracker Sync closes): make it again.'
      )
    return entry
  }
  function drop(id: string): boolean {
    const entry = entries.get(id)
    if (!entry) return false
    entries.delete(id)
    rmSync(entry.dir, { recursive: true, force: true })
    return true
  }
  const ref = (id: string, entry: Entry): FileRef => ({ fileId: id, fileName: entry.fileName, bytes: entry.received })

  return {
    startUpload(fileName: string, bytes: number): { uploadId: string; chunkBytes: number } {
      if (!Number.isSafeInteger(bytes) || bytes < 1 || bytes > UPLOAD_MAX_BYTES)
        throw validationError('bytes', `A file to upload is 1 byte to ${UPLOAD_MAX_BYTES / 1024 / 1024} MB.`)
      const open = [...entries].filter(([, e]) => !e.complete)
      if (open.length >= MAX_OPEN_UPLOADS) drop(open[0][0])
      const { id, entry } = slot(fileName || 'upload.csv')
      entry.expected = bytes
      touchPrivate(entry.path)
      return { uploadId: id, chunkBytes: FILE_CHUNK_BYTES }
    },

    appendChunk(uploadId: string, offset: number, data: Buffer): { received: number } {
      const entry = get(uploadId, 'upload')
      if (offset !== entry.received)
        throw new AppError(
          'conflict',
          `This part of the file arrived out of order (at byte ${offset}, expected ${entry.received}): upload the file again.`,
          'offset'
        )
      if (data.length > FILE_CHUNK_BYTES) throw validationError('data', `A chunk is at most ${FILE_CHUNK_BYTES} bytes.`)
      if (entry.received + data.length > entry.expected)
        throw validationError('data', `The file is longer than the ${entry.expected} bytes announced: upload it again.`)
      appendFileSync(entry.path, data, { mode: PRIVATE_FILE_MODE })
      entry.received += data.length
      return { received: entry.received }
    },

    finishUpload(uploadId: string): FileRef {
      const entry = get(uploadId, 'upload')
      if (entry.received !== entry.expected)
        throw validationError('uploadId', `Only ${entry.received} of ${entry.expected} bytes arrived: upload the file again.`)
      entry.complete = true
      return ref(uploadId, entry)
    },

    /** A new, empty place for a file main writes (an export): write to `path`, then call done(). */
    prepare(fileName: string): { path: string; done(): FileRef } {
      const { id, entry } = slot(fileName)
      return {
        path: entry.path,
        done() {
          entry.complete = true
          entry.received = entry.expected = statSync(entry.path).size
          return ref(id, entry)
        }
      }
    },

    /** The path of a finished upload or prepared file. */
    path: (fileId: string) => get(fileId, 'file').path,
    ref: (fileId: string) => ref(fileId, get(fileId, 'file')),

    read(fileId: string, offset: number, length: number): { data: string; eof: boolean } {
      const entry = get(fileId, 'file')
      const size = entry.received
      const count = Math.max(0, Math.min(length, FILE_CHUNK_BYTES, size - offset))
      const buffer = Buffer.alloc(count)
      if (count > 0) {
        const fd = openSync(entry.path, 'r')
        try {
          readSync(fd, buffer, 0, count, offset)
        } finally {
          closeSync(fd)
        }
      }
      return { data: buffer.toString('base64'), eof: offset + count >= size }
    },

    discard: drop,

    close(): void {
      entries.clear()
      rmSync(root, { recursive: true, force: true })
    }
  }
}

/** Folders of this kind left by processes that are gone (a crash, a kill). */
function removeStale(tmpRoot: string): void {
  let names: string[]
  try {
    names = readdirSync(tmpRoot)
  } catch {
    return
  }
  for (const name of names) {
    const match = /^files-(\d+)-/.exec(name)
    if (!match) continue
    const path = join(tmpRoot, name)
    try {
      if (!processAlive(Number(match[1]))) rmSync(path, { recursive: true, force: true })
    } catch {
      // another process may be removing it too
    }
  }
}
