// A data folder that is damaged, read-only, on a full disk, or not a folder at all: a sentence naming the file, the
// cause and what to do — and where the folder can still be read, reading and exporting go on. The read-only and full
// cases run the command line in another process where the kernel really refuses the writes (another user, a
// read-only bind mount, a full tmpfs; tests/helpers/restricted.ts).
import { chmodSync, chownSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { cliAsNobody, cliInNamespace, cliProcess, isRoot, noMountNamespace, NOBODY_ID, type Run } from '../../helpers/restricted'
import { tempDir } from '../../helpers/temp'

const DB = 'tracker-sync.sqlite'
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** A data folder with one job and one candidate, closed cleanly (no WAL left beside the database). */
async function folderWithData(): Promise<string> {
  const dir = join(tempDir(), 'data')
  expect((await cli(['--data-dir', dir, 'jobs', 'add', '--title', 'Welder'])).code).toBe(0)
  expect((await cli(['--data-dir', dir, 'candidates', 'add', '--job', '1', '--name', 'Ann Lee', '--email', 'ann@example.com'])).code).toBe(0)
  return dir
}

/** Status, the candidate list and an export to `out` work; a change is refused with `refusal`. */
function expectReadsWorkWritesRefused(run: (argv: string[]) => Run, dir: string, out: string, refusal: RegExp): void {
  const status = run(['--data-dir', dir, 'status'])
  expect(status.stderr).toMatch(/is opened read-only .*reading and exporting work, changes are refused/)
  expect([status.code, status.stdout]).toEqual([0, expect.stringMatching(/Candidates: +1/)])
  expect(run(['--data-dir', dir, 'candidates', 'list'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Ann Lee') })
  const exported = run(['--data-dir', dir, 'export-csv', out])
  expect([exported.code, exported.stderr]).toEqual([0, expect.any(String)])
  expect(readFileSync(out, 'utf8')).toContain('Ann,Lee,Ann Lee,ann@example.com')
  const write = run(['--data-dir', dir, 'jobs', 'add', '--title', 'Nurse'])
  expect(write.code).toBe(1)
  expect(write.stderr).toContain(`Cannot save changes to ${join(dir, DB)}`)
  expect(write.stderr).toMatch(refusal)
  expect(write.stderr).not.toMatch(/SQLITE|readonly database|EROFS|EACCES|ENOSPC|I\/O error/)
}

const READ_ONLY_ADVICE = /Reading and exporting still work\. To make changes, copy the folder .* to a place you can write to and open the copy/

describe('a damaged database', () => {
  it.each([
    ['garbage in place of the database', (file: string) => writeFileSync(file, Buffer.alloc(64 * 1024, 0x5a))],
    [
      'its pages overwritten (the header intact)',
      (file: string) => {
        const bytes = readFileSync(file)
        bytes.fill(0xff, 4096) // every page after the first: tables, indexes, the schema's overflow
        writeFileSync(file, bytes)
      }
    ]
  ])('%s: names the file, says it is damaged, says to restore a backup; the file is left as it was', async (_label, damage) => {
    const dir = await folderWithData()
    const file = join(dir, DB)
    damage(file)
    const before = digest(file)
    for (const argv of [['status'], ['candidates', 'list'], ['jobs', 'add', '--title', 'Nurse']]) {
      const result = await cli(['--data-dir', dir, ...argv])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`${file} is not a Tracker Sync database or is damaged`)
      expect(result.stderr).toMatch(/Restore it from a backup: quit Tracker Sync, put the backup copy in its place/)
    }
    expect(digest(file)).toBe(before)
  })
})

describe('a path that cannot be a data folder', () => {
  it('a file, a path under a file, an empty path: a sentence and exit code 2 (usage), for the CLI and the browser host', async () => {
    const file = join(tempDir(), 'notes.txt')
    writeFileSync(file, 'not a folder')
    expect(await cli(['--data-dir', file, 'status'])).toMatchObject({ code: 2, stderr: expect.stringContaining(`${file} is a file, not a folder.`) })
    expect(await cli(['--data-dir', join(file, 'sub'), 'status'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/part of its path is a file/) })
    expect(await cli(['--data-dir', '', 'status'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Error: The data folder's path is empty/) })
    expect(await cli(['status'], { env: { TRACKER_SYNC_DATA_DIR: file } })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is a file, not a folder')
    })
    for (const result of [await cli(['--data-dir', file, 'status']), await cli(['--data-dir', '', 'status'])])
      expect(result.stderr).not.toMatch(/EEXIST|ENOENT|ENOTDIR|mkdir/)
    expect(readFileSync(file, 'utf8')).toBe('not a folder')
  })
})

describe('a read-only data folder', () => {
  let dir: string
  let out: string
  beforeEach(async () => {
    dir = await folderWithData()
    out = join(tempDir(), 'out')
    mkdirSync(out)
  })

  it('no permission to write (folder 0500, database 0400): status, list and export work; a change says what to do', () => {
    const file = join(dir, DB)
    const before = digest(file)
    // root writes through any permission: the command line then runs as "nobody", who owns the folder.
    const run = isRoot() ? cliAsNobody : cliProcess
    if (isRoot()) {
      for (const path of [dir, file, join(dir, 'logs'), out]) chownSync(path, NOBODY_ID, NOBODY_ID)
      for (const parent of [dirname(dir), dirname(out)]) chmodSync(parent, 0o711) // temporary folders are 0700: let "nobody" through
    }
    chmodSync(file, 0o400)
    chmodSync(dir, 0o500)
    try {
      expectReadsWorkWritesRefused(run, dir, join(out, 'all.csv'), /you do not have permission to write in the folder\. /)
      expect(run(['--data-dir', dir, 'jobs', 'add', '--title', 'Nurse']).stderr).toMatch(READ_ONLY_ADVICE)
      // The user's read-only choice is kept: opening never makes the folder or the database writable again.
      expect([statSync(dir).mode & 0o777, statSync(file).mode & 0o777]).toEqual([0o500, 0o400])
      expect(digest(file)).toBe(before)
    } finally {
      chmodSync(dir, 0o700)
    }
  })

  it.skipIf(noMountNamespace() !== null)(`on a read-only disk (EROFS) the same ${noMountNamespace() ?? ''}`, () => {
    const before = digest(join(dir, DB))
    const readOnlyMount = 'mount --bind "$DIR" "$DIR"; mount -o remount,bind,ro "$DIR"'
    expectReadsWorkWritesRefused((argv) => cliInNamespace(dir, readOnlyMount, argv), dir, join(out, 'all.csv'), /the folder is on a read-only disk\. /)
    expect(cliInNamespace(dir, readOnlyMount, ['--data-dir', dir, 'jobs', 'add', '--title', 'X']).stderr).toMatch(READ_ONLY_ADVICE)
    expect(digest(join(dir, DB))).toBe(before)
  })
})

describe('a full disk', () => {
  // The folder is copied into a 1 MB tmpfs mounted over an empty folder, then the tmpfs is filled to the last byte.
  const fullDisk = (from: string) =>
    `mount -t tmpfs -o size=1m tmpfs "$DIR"; cp -a "${from}/." "$DIR/"; dd if=/dev/zero of="$DIR/filler" bs=4k 2>/dev/null || true`

  it.skipIf(noMountNamespace() !== null)(`status and an export to another disk work; a change says to free space ${noMountNamespace() ?? ''}`, async () => {
    const data = await folderWithData()
    const mountPoint = join(tempDir(), 'full')
    mkdirSync(mountPoint)
    const out = join(tempDir(), 'other-disk.csv')
    expectReadsWorkWritesRefused(
      (argv) => cliInNamespace(mountPoint, fullDisk(data), argv),
      mountPoint,
      out,
      /the disk it is on is full\. Free some space on that disk/
    )
  })

  it.skipIf(noMountNamespace() !== null)(`a disk that fills up during an import: the import is refused in words ${noMountNamespace() ?? ''}`, async () => {
    const data = await folderWithData()
    const mountPoint = join(tempDir(), 'filling')
    mkdirSync(mountPoint)
    const csv = join(tempDir(), 'big.csv')
    const lines = ['Full Name,Email,Notes']
    for (let i = 0; i < 6000; i++) lines.push(`Person ${i},person${i}@example.com,${'n'.repeat(400)}`)
    writeFileSync(csv, lines.join('\n'))
    // 3 MB with about 2.6 MB free when the folder opens: enough to open it for writing, too little for the import.
    const smallDisk = `mount -t tmpfs -o size=3m tmpfs "$DIR"; cp -a "${data}/." "$DIR/"`
    const result = cliInNamespace(mountPoint, smallDisk, ['--data-dir', mountPoint, 'import', csv, '--job', '1'])
    expect(result.stderr).not.toMatch(/opened read-only/)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(new RegExp(`Cannot save changes to ${join(mountPoint, DB)}: the disk it is on is full\\. Free some space`))
    expect(result.stderr).not.toMatch(/SQLITE|database or disk is full/)
  })
})
