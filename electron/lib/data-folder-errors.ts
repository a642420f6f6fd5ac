// What went wrong with the data folder, in words, with what to do: the one place that turns SQLite's and the file
// system's codes ("database disk image is malformed", EROFS, ENOSPC…) into a sentence naming the file. The core uses
// it when it opens the folder, the dispatcher for every call (desktop, browser host, command line), and the command
// line, the browser host and the desktop app for a folder that cannot be opened at all.
import { accessSync, constants, existsSync, statfsSync, statSync } from 'node:fs'
import { resolve, sep } from 'node:path'
import { AppError } from '../../shared/errors'

export type DataFolderProblem = 'damaged' | 'read-only' | 'full' | 'not-a-folder'

/** A data folder problem the user can act on. 'conflict': the folder's state, not the request, is what is wrong. */
export class DataFolderError extends AppError {
  constructor(
    readonly problem: DataFolderProblem,
    message: string
  ) {
    super('conflict', message)
    this.name = 'DataFolderError'
  }
}

/** What stops writes in a folder: a (nearly) full disk, or a folder or file that cannot be written. */
export type WriteBlock = { cause: 'full' } | { cause: 'read-only'; code: string; what?: 'folder' | 'file' }

export interface DataFolder {
  dir: string
  /** The database file. */
  file: string
  /** Set when the database was opened read-only because of this. */
  blocked: WriteBlock | null
}

// Less free space than this and a write can fail part-way (SQLite needs room for its WAL and shared-memory index).
const FULL_BELOW_BYTES = 1024 * 1024

/**
 * What stops writes in the folder right now, found by looking at it: SQLite's own codes often do not say (a full
 * disk shows as "disk I/O error" when the shared-memory index cannot grow, a read-only disk as "unable to open").
 */
function writeBlock(dir: string, file: string): WriteBlock | null {
  try {
    const disk = statfsSync(dir)
    if (disk.bavail * disk.bsize < FULL_BELOW_BYTES) return { cause: 'full' }
  } catch {
    // no such folder yet, or a system without statfs: the checks below still answer
  }
  for (const path of [dir, file]) {
    try {
      if (existsSync(path)) accessSync(path, constants.W_OK)
    } catch (error) {
      return { cause: 'read-only', code: codeOf(error) ?? 'EACCES', what: path === dir ? 'folder' : 'file' }
    }
  }
  return null
}

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

const DAMAGED = /^SQLITE_(CORRUPT|NOTADB)/
const FULL = /^(SQLITE_FULL|ENOSPC|EDQUOT)$/
const READ_ONLY = /^(SQLITE_READONLY.*|EROFS|EACCES|EPERM)$/
/** SQLite's words for an open or a write that failed without saying why: the folder itself tells. */
const UNSAID = /^SQLITE_(CANTOPEN|IOERR)/

/**
 * What stopped a write or an open that failed with this error, or null when it is not about writing: the folder's
 * state when it is the one the database was opened in, else found by looking at the folder, else the error's code.
 */
export function writeBlockOf(error: unknown, folder: DataFolder): WriteBlock | null {
  const code = codeOf(error) ?? ''
  if (FULL.test(code)) return { cause: 'full' }
  if (!READ_ONLY.test(code) && !UNSAID.test(code)) return null
  return folder.blocked ?? writeBlock(folder.dir, folder.file) ?? (READ_ONLY.test(code) ? { cause: 'read-only', code } : null)
}

/** The error as a DataFolderError when it is about this folder and one of the problems above; else unchanged. */
export function explainDataFolderError(error: unknown, folder: DataFolder): unknown {
  if (error instanceof AppError) return error
  const code = codeOf(error)
  if (!code) return error
  // A file system error is the folder's only when it names a path inside it (not an export's target elsewhere).
  const path = (error as { path?: unknown }).path
  if (!code.startsWith('SQLITE_') && (typeof path !== 'string' || !inside(path, folder.dir))) return error
  if (DAMAGED.test(code)) return new DataFolderError('damaged', damagedMessage(folder.file, (error as Error).message))
  const block = writeBlockOf(error, folder)
  return block ? cannotSave(folder, block) : error
}

const inside = (path: string, dir: string) => {
  const [p, d] = [resolve(path), resolve(dir)]
  return p === d || p.startsWith(d.endsWith(sep) ? d : d + sep)
}

const WHERE = '--data-dir DIR, or the TRACKER_SYNC_DATA_DIR environment variable'
const CHOOSE_FOLDER = `another data folder (${WHERE})`

function whyReadOnly(block: Extract<WriteBlock, { cause: 'read-only' }>): string {
  if (block.code === 'EROFS') return 'the folder is on a read-only disk'
  if (block.what === 'file') return 'the database file is read-only (you do not have permission to write to it)'
  if (block.code === 'EACCES' || block.code === 'EPERM') return 'you do not have permission to write in the folder'
  return 'the folder or the file is read-only'
}

const why = (block: WriteBlock) => (block.cause === 'full' ? 'the disk it is on is full' : whyReadOnly(block))
const makeWritable = (folder: DataFolder) =>
  `copy the folder ${folder.dir} to a place you can write to and open the copy (${WHERE}), or make the folder writable again`

/** A write refused: the folder is read-only, or its disk is full. */
function cannotSave(folder: DataFolder, block: WriteBlock): DataFolderError {
  const todo =
    block.cause === 'full'
      ? 'Free some space on that disk and try again; reading, and exporting to another disk, still work.'
      : `Reading and exporting still work. To make changes, ${makeWritable(folder)}.`
  return new DataFolderError(block.cause, `Cannot save changes to ${folder.file}: ${why(block)}. ${todo}`)
}

/** Said when a folder opens read-only, before anything else happens. */
export function openedReadOnlyNote(folder: DataFolder, block: WriteBlock): string {
  return `${folder.dir} is opened read-only (${why(block)}): reading and exporting work, changes are refused.`
}

/** The database cannot even be read without writing to it (`what` says why), and the folder cannot be written. */
export function cannotRead(folder: DataFolder, block: WriteBlock, what: string): DataFolderError {
  const todo = block.cause === 'full' ? 'Free some space on that disk and try again.' : `To open it, ${makeWritable(folder)}.`
  return new DataFolderError(block.cause, `${folder.file} ${what}, which needs writing to it, but ${why(block)}. ${todo}`)
}

/** The folder or its database does not exist yet and cannot be made there. */
export function cannotCreate(path: string, block: WriteBlock): DataFolderError {
  const reason =
    block.cause === 'full'
      ? 'the disk is full. Free some space on it, or choose'
      : `${block.code === 'EROFS' ? 'it would be on a read-only disk' : 'you do not have permission to create it there'}. Choose`
  return new DataFolderError(block.cause, `Cannot create ${path}: ${reason} ${CHOOSE_FOLDER} where you can write.`)
}

function damagedMessage(file: string, detail: string): string {
  return (
    `${file} is not a Tracker Sync database or is damaged (SQLite says: ${detail}). Restore it from a backup: quit ` +
    `Tracker Sync, put the backup copy in its place and remove the ${file}-wal and ${file}-shm files beside it if there ` +
    `are any, then start again. Or start afresh in ${CHOOSE_FOLDER}.`
  )
}

/** Why this path cannot be a data folder (empty, a file, under a file), or null when it can. */
export function dataDirProblem(dir: string): string | null {
  if (dir.trim() === '') return `The data folder's path is empty: give the path of a folder (${WHERE}); it is created when missing.`
  let isFolder: boolean
  try {
    const stat = statSync(dir, { throwIfNoEntry: false })
    if (!stat) return null
    isFolder = stat.isDirectory()
  } catch (error) {
    if (codeOf(error) !== 'ENOTDIR') return null // a permission problem: opening it says what
    return `${dir} cannot be a data folder: part of its path is a file, not a folder. Choose ${CHOOSE_FOLDER}.`
  }
  return isFolder ? null : `${dir} is a file, not a folder. The data folder must be a folder (it is created when missing): choose ${CHOOSE_FOLDER}.`
}
