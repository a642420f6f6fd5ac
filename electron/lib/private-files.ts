// Candidates' personal data stays readable by its owner only: the data folder and its subfolders are 0700, and every
// file the app keeps there (the database with its WAL and SHM, logs, the demo's state, uploaded and prepared files)
// is 0600. Folders and files made by an older version (0755 / 0644) are tightened when the app opens them.
// On Windows the modes mean little (the folder sits in the user's profile, whose ACL is already private).
//
// Tightening only ever takes permissions away (the group's and others'): a folder or database the user made
// read-only (0500 / 0400) stays read-only, and one already private is not touched at all (so a folder on a read-only
// disk opens without an error).
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs'

const PRIVATE_DIR_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

/** Removes the group's and others' permissions (and, for files, execute), when there are any to remove. */
function tighten(path: string, allowed: number): void {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) return
  const mode = stat.mode & 0o777
  if ((mode & ~allowed) !== 0) chmodSync(path, mode & allowed)
}

/** Creates the folder (and its parents) owner-only, or tightens it if it exists. */
export function ensurePrivateDir(dir: string): void {
  // A new folder gets exactly 0700 whatever the umask; an existing one only loses what it should not have.
  if (mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE }) !== undefined) chmodSync(dir, PRIVATE_DIR_MODE)
  else tighten(dir, PRIVATE_DIR_MODE)
}

/** Tightens these files to owner-only where they exist. */
export function tightenFiles(...paths: string[]): void {
  for (const path of paths) tighten(path, PRIVATE_FILE_MODE)
}

/** Creates an empty owner-only file unless it exists (so what is written into it later is private from the start). */
export function touchPrivate(path: string): void {
  if (statSync(path, { throwIfNoEntry: false })) return tighten(path, PRIVATE_FILE_MODE)
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE))
  chmodSync(path, PRIVATE_FILE_MODE)
}
