// Files written for the user (lib/safe-output.ts) on a real file system: owner-only, complete or not at all, never
// through a symbolic link, and never replacing what is there unless the caller asked to.
import { spawn } from 'node:child_process'
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createNewPrivateFile, OutputRefused, writeOutput, writeOutputFile } from '../../../electron/lib/safe-output'
import { tempDir } from '../../helpers/temp'

const mode = (path: string) => statSync(path).mode & 0o777
const TEMP_NAME = /^\.tracker-sync-[0-9a-f]{24}\.partial$/

/** A folder with a file someone else owns the contents of (the target a planted link points to). */
function withVictim() {
  const dir = tempDir()
  const victim = join(dir, 'victim.txt')
  writeFileSync(victim, 'keep me')
  mkdirSync(join(dir, 'out'))
  return { dir, victim, out: join(dir, 'out') }
}

describe('writing a file for the user', () => {
  it('writes a new file owner-only (0600) and leaves nothing else in the folder', async () => {
    const dir = tempDir()
    const file = join(dir, 'report.csv')
    await writeOutputFile(file, 'a,b\r\n')
    expect(readFileSync(file, 'utf8')).toBe('a,b\r\n')
    expect(mode(file)).toBe(0o600)
    expect(readdirSync(dir)).toEqual(['report.csv'])
  })

  it('refuses an existing file unless asked to replace it; the replacement is 0600', async () => {
    const dir = tempDir()
    const file = join(dir, 'report.csv')
    writeFileSync(file, 'old')
    chmodSync(file, 0o644)
    const refused = await writeOutputFile(file, 'new').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(OutputRefused)
    expect(refused).toMatchObject({
      code: 'conflict',
      path: file,
      occupiedBy: 'file',
      message: `${file} already exists; Tracker Sync replaces a file only when asked to.`
    })
    expect(readFileSync(file, 'utf8')).toBe('old')
    await writeOutputFile(file, 'new', { overwrite: true })
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(mode(file)).toBe(0o600)
    expect(readdirSync(dir)).toEqual(['report.csv'])
  })

  it('never writes through a symbolic link at the path: refused, or with overwrite the link itself is replaced', async () => {
    const { victim, out } = withVictim()
    const file = join(out, 'report.csv')
    symlinkSync(victim, file)
    await expect(writeOutputFile(file, 'evil')).rejects.toMatchObject({
      path: file,
      occupiedBy: 'link',
      message: expect.stringContaining(`${file} is a symbolic link`)
    })
    expect(readlinkSync(file)).toBe(victim)
    await writeOutputFile(file, 'mine', { overwrite: true })
    expect(lstatSync(file).isSymbolicLink()).toBe(false)
    expect(readFileSync(file, 'utf8')).toBe('mine')
    expect(mode(file)).toBe(0o600)
    expect(readFileSync(victim, 'utf8')).toBe('keep me')
  })

  it('refuses a dangling link too (it would create a file wherever the link points)', async () => {
    const { dir, out } = withVictim()
    const file = join(out, 'report.csv')
    symlinkSync(join(dir, 'chosen-by-someone-else'), file)
    await expect(writeOutputFile(file, 'data')).rejects.toMatchObject({ occupiedBy: 'link' })
    expect(readdirSync(dir).sort()).toEqual(['out', 'victim.txt'])
  })

  it('never replaces a folder, even when asked to', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'folder'))
    await expect(writeOutputFile(join(dir, 'folder'), 'x', { overwrite: true })).rejects.toMatchObject({ occupiedBy: 'folder' })
    expect(statSync(join(dir, 'folder')).isDirectory()).toBe(true)
  })

  it('writes under a fresh unguessable name in the target’s folder, created so that a planted file or link is refused', async () => {
    const { victim, out } = withVictim()
    const seen: string[] = []
    for (let i = 0; i < 20; i++)
      await writeOutput(
        join(out, 'candidates.csv'),
        async (handle) => {
          seen.push(...readdirSync(out).filter((name) => name !== 'candidates.csv'))
          await handle.write('x')
        },
        { overwrite: true }
      )
    expect(seen).toHaveLength(20)
    for (const name of seen) expect(name).toMatch(TEMP_NAME) // 96 random bits, nothing of the target's name
    expect(new Set(seen).size).toBe(20)
    expect(readdirSync(out)).toEqual(['candidates.csv'])
    // The way the temporary file is made refuses anything already at its name, and never follows a link there.
    const planted = join(out, seen[0])
    symlinkSync(victim, planted)
    await expect(createNewPrivateFile(planted)).rejects.toMatchObject({ code: 'EEXIST' })
    writeFileSync(join(out, seen[1]), 'planted')
    await expect(createNewPrivateFile(join(out, seen[1]))).rejects.toMatchObject({ code: 'EEXIST' })
    expect(readFileSync(victim, 'utf8')).toBe('keep me')
  })

  it('a failure mid-write leaves the old file as it was and removes the temporary file', async () => {
    const dir = tempDir()
    const file = join(dir, 'candidates.csv')
    writeFileSync(file, 'the old export')
    const failed = writeOutput(
      file,
      async (handle) => {
        await handle.write('half of the new one')
        throw new Error('disk full')
      },
      { overwrite: true }
    )
    await expect(failed).rejects.toThrow('disk full')
    expect(readFileSync(file, 'utf8')).toBe('the old export')
    expect(readdirSync(dir)).toEqual(['candidates.csv'])
  })

  it('a file that appears at the path during the write is not replaced (unless asked to)', async () => {
    const dir = tempDir()
    const file = join(dir, 'candidates.csv')
    const raced = writeOutput(file, async (handle) => {
      writeFileSync(file, 'written meanwhile by someone else')
      await handle.write('ours')
    })
    await expect(raced).rejects.toMatchObject({ occupiedBy: 'file' })
    expect(readFileSync(file, 'utf8')).toBe('written meanwhile by someone else')
    expect(readdirSync(dir)).toEqual(['candidates.csv'])
  })

  it('a process killed mid-write leaves the old file as it was', async () => {
    const dir = tempDir()
    const file = join(dir, 'candidates.csv')
    writeFileSync(file, 'the old export')
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'safe-output-child.ts'), file], { stdio: ['ignore', 'pipe', 'inherit'] })
    const exited = new Promise((resolve) => child.on('exit', resolve))
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('half written') && resolve())
      child.on('exit', () => reject(new Error('the child ended before writing')))
    })
    child.kill('SIGKILL')
    await exited
    expect(readFileSync(file, 'utf8')).toBe('the old export')
    // The half-written temporary file stays (a killed process cleans nothing), private and under its own name.
    const left = readdirSync(dir).filter((name) => name !== 'candidates.csv')
    expect(left).toHaveLength(1)
    expect(left[0]).toMatch(TEMP_NAME)
    expect(mode(join(dir, left[0]))).toBe(0o600)
  })
})
