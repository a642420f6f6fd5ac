// Runs the command line (`npm run cli`, through tsx) in a separate process where the data folder really cannot be
// written: as another user (when the tests run as root, who may write anywhere), or in a private mount namespace
// where the folder is a read-only bind mount or a small full tmpfs. Nothing is simulated: SQLite and Node meet
// EACCES, EROFS and ENOSPC from the kernel. The namespace's mounts vanish with its process.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = join(__dirname, '../..')
const CLI = [process.execPath, '--import', 'tsx', join(ROOT, 'electron/cli/main.ts')]
const NOBODY = 65534

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

const runs = (result: ReturnType<typeof spawnSync>): Run => ({ code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) })

const ENV = { ...process.env, TRACKER_SYNC_TOKEN: '', HOME: tmpdir() }

/** The CLI as the user the tests run as. */
export function cliProcess(argv: string[]): Run {
  return runs(spawnSync(CLI[0], [...CLI.slice(1), ...argv], { cwd: ROOT, env: ENV, encoding: 'utf8', timeout: 60_000 }))
}

export const isRoot = () => process.getuid?.() === 0

/** The CLI as the user "nobody" (only when the tests run as root, who may become anyone). */
export function cliAsNobody(argv: string[]): Run {
  const args = ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', ...CLI, ...argv]
  return runs(spawnSync('setpriv', args, { cwd: ROOT, env: ENV, encoding: 'utf8', timeout: 60_000 }))
}
export const NOBODY_ID = NOBODY

/** The unshare options that give this process a private mount namespace where it may mount, or null. */
function mountNamespaceFlags(): string[] | null {
  const probe = mkdtempSync(join(tmpdir(), 'tracker-sync-ns-'))
  try {
    // As root a mount namespace is enough; another user needs a user namespace too (where it is allowed).
    for (const flags of [['-m'], ['-r', '-m']]) {
      const result = spawnSync('unshare', [...flags, 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs "$0"', probe], { encoding: 'utf8' })
      if (result.status === 0) return flags
    }
    return null
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
}

let flags: string[] | null | undefined
/** Why mounts cannot be made here (the tests that need them are skipped with this reason), or null. */
export function noMountNamespace(): string | null {
  flags ??= mountNamespaceFlags()
  return flags ? null : 'skipped: no private mount namespace here (unshare -m and unshare -rm both refused to mount)'
}

/** The CLI after `setup` (a shell script; "$DIR" is `dir`) ran in a private mount namespace. */
export function cliInNamespace(dir: string, setup: string, argv: string[]): Run {
  if (noMountNamespace()) throw new Error(noMountNamespace() as string)
  const script = `set -e; DIR="$0"; ${setup}; exec "$@"`
  return runs(
    spawnSync('unshare', [...(flags as string[]), 'sh', '-c', script, dir, ...CLI, ...argv], { cwd: ROOT, env: ENV, encoding: 'utf8', timeout: 60_000 })
  )
}
