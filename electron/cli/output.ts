// Files the command line writes for the user (resume, template, export-csv) go through lib/safe-output.ts; a path
// that is taken is refused input, told in the command line's words (exit 2, with what --force would do).
import { OutputRefused } from '../lib/safe-output'
import { UsageError } from './errors'

/** The option every command that writes a file takes. */
export const FORCE_OPTION = { force: { type: 'boolean' } } as const

/** The sentence for every command's usage text. */
export const FORCE_USAGE = `An existing FILE is replaced only with --force. A symbolic link at FILE is never written through: it is refused,
or with --force the link itself is replaced (what it points to is left alone).`

/** Awaits a write of the user's file; a refusal becomes a usage error that says how to go ahead. */
export async function refusedUnlessForced<T>(write: Promise<T>): Promise<T> {
  try {
    return await write
  } catch (error) {
    if (!(error instanceof OutputRefused)) throw error
    if (error.occupiedBy === 'folder') throw new UsageError(error.message)
    if (error.occupiedBy === 'link')
      throw new UsageError(
        `${error.path} is a symbolic link; Tracker Sync does not write through it: give another name, or add --force to replace the link itself (what it points to is left alone).`
      )
    throw new UsageError(`${error.path} already exists; add --force to replace it.`)
  }
}
