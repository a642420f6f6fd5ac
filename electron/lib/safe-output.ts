// Every file Tracker Sync writes for the user (a resume PDF, the CSV template, a CSV export, the connection report,
// a file saved from the desktop's save dialog) goes through here, because the path is the user's (or a script's)
// and the folder may be shared with other people:
//   - the bytes go to a new file with an unguessable name in the target's folder, created exclusively, owner-only
//     and never through a symbolic link (O_CREAT|O_EXCL, O_NOFOLLOW where the system has it), then fsync'd;
//   - only a complete file takes the final name, so a crash or a failure mid-write leaves what was there intact;
//   - nothing that exists at the final path is replaced unless the caller says so, and a symbolic link there is
//     never written through: it is refused, or with overwrite the link itself is replaced (its target is untouched).
import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { link, lstat, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { AppError } from '../../shared/errors'
import { PRIVATE_FILE_MODE } from './private-files'

export interface OutputOptions {
  /** Replace a file (or a symbolic link itself, never its target) at the path. Never a folder. */
  overwrite?: boolean
}

/** What stands at the path: 'file' (or anything else that is not a link or a folder), 'link' or 'folder'. */
export type OccupiedBy = 'file' | 'link' | 'folder'

/** The path is taken and the caller did not ask to replace it (or it is a folder, which is never replaced). */
export class OutputRefused extends AppError {
  constructor(
    readonly path: string,
    readonly occupiedBy: OccupiedBy
  ) {
    super(
      'conflict',
      occupiedBy === 'folder'
        ? `${path} is a folder; give the name of a file to write.`
        : occupiedBy === 'link'
          ? `${path} is a symbolic link; Tracker Sync never writes through a link, and replaces the link itself only when asked to.`
          : `${path} already exists; Tracker Sync replaces a file only when asked to.`
    )
    this.name = 'OutputRefused'
  }
}

// O_NOFOLLOW is redundant beside O_EXCL on POSIX (which already refuses a link at the name) but says what we mean;
// Windows has no such constant, and O_EXCL alone refuses whatever is at the name there too.
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)
/** Systems that cannot make a hard link (FAT and exFAT drives, some network shares) answer one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'])

async function occupant(path: string): Promise<OccupiedBy | null> {
  try {
    const stats = await lstat(path)
    return stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : 'file'
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Opens a new owner-only file for writing; anything already at the name (a file, a link) is refused (EEXIST). */
export async function createNewPrivateFile(path: string): Promise<FileHandle> {
  const handle = await open(path, CREATE_NEW, PRIVATE_FILE_MODE)
  try {
    await handle.chmod(PRIVATE_FILE_MODE) // the umask may have taken bits away; it never adds any
  } catch (error) {
    await handle.close()
    await rm(path, { force: true }) // created just now, exclusively: ours to remove
    throw error
  }
  return handle
}

/** Refuses (OutputRefused) unless a file may be written at the path: for callers with slow work to do first. */
export async function checkOutput(path: string, options: OutputOptions = {}): Promise<void> {
  const taken = await occupant(path)
  if (taken === 'folder' || (taken && !options.overwrite)) throw new OutputRefused(path, taken)
}

/**
 * Writes a file at `path` through `fill`, which gets the open handle of the temporary file (it must not close it),
 * and returns what `fill` returned. The file is 0600. On any failure the temporary file is removed and the path
 * keeps what it had.
 */
export async function writeOutput<T>(path: string, fill: (handle: FileHandle) => Promise<T>, options: OutputOptions = {}): Promise<T> {
  const target = resolve(path)
  await checkOutput(target, options)
  const folder = dirname(target)
  const temp = join(folder, `.tracker-sync-${randomBytes(12).toString('hex')}.partial`)
  const handle = await createNewPrivateFile(temp)
  let placed = false
  try {
    let result: T
    try {
      result = await fill(handle)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await place(temp, target, options)
    placed = true
    await syncFolder(folder)
    return result
  } finally {
    if (!placed) await rm(temp, { force: true })
  }
}

/** writeOutput for text or bytes already in memory. */
export function writeOutputFile(path: string, data: string | Uint8Array, options: OutputOptions = {}): Promise<void> {
  return writeOutput(path, (handle) => handle.writeFile(data), options)
}

/** writeOutput of a copy of another file (the desktop's "Save as…" of a file main prepared). */
export function copyToOutput(source: string, path: string, options: OutputOptions = {}): Promise<void> {
  return writeOutput(
    path,
    async (handle) => {
      const from = await open(source, 'r')
      try {
        const buffer = Buffer.allocUnsafe(1 << 20)
        for (;;) {
          const { bytesRead } = await from.read(buffer, 0, buffer.length)
          if (bytesRead === 0) break
          for (let at = 0; at < bytesRead;) at += (await handle.write(buffer, at, bytesRead - at)).bytesWritten
        }
      } finally {
        await from.close()
      }
    },
    options
  )
}

/**
 * Gives the finished temporary file its final name. Without overwrite a hard link makes the name only if it is free
 * (link() fails on anything there, a link included, and never follows one), so a file that appeared during the
 * write is not replaced either; where hard links are not possible the path is checked once more just before the
 * rename. With overwrite, rename() replaces the directory entry itself: a symbolic link is replaced, not followed.
 */
async function place(temp: string, target: string, options: OutputOptions): Promise<void> {
  if (options.overwrite) {
    const taken = await occupant(target)
    if (taken === 'folder') throw new OutputRefused(target, taken)
    await rename(temp, target)
    return
  }
  try {
    await link(temp, target)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (code === 'EEXIST') throw new OutputRefused(target, (await occupant(target)) ?? 'file')
    if (!NO_HARD_LINKS.has(code)) throw error
    await checkOutput(target, options)
    await rename(temp, target)
    return
  }
  await rm(temp, { force: true })
}

/** Makes the new name itself durable (POSIX); Windows cannot open a folder for this, and needs no such step. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // best effort: the file's own bytes are already on disk
  }
}
