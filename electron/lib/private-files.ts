// Candidates' personal data stays readable by its owner only: the data folder and its subfolders are 0700, and every
// file the app keeps there (the database with its WAL and SHM, logs, the demo's state, uploaded and prepared files)
// is 0600. Folders and files made by an older version (0755 / 0644) are tightened when the app opens them.
// On Windows the modes mean little (the folder sits in the user's profile, whose ACL is already private).
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs'

const PRIVATE_DIR_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

/** Creates the folder (and its parents) owner-only, or tightens it if it exists. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  chmodSync(dir, PRIVATE_DIR_MODE)
}

/** Tightens these files to owner-only where they exist. */
export function tightenFiles(...paths: string[]): void {
  for (const path of paths) if (existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE)
}

/** Creates an empty owner-only file unless it exists (so what is written into it later is private from the start). */
export function touchPrivate(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE))
  chmodSync(path, PRIVATE_FILE_MODE)
}
