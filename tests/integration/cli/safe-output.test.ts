// The files the command line writes for the user (resume, template, export-csv): a symbolic link planted at the
// path is never written through, an existing file is replaced only with --force, and what is written is 0600.
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { templateCsv } from '../../../shared/csv'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

const mode = (path: string) => statSync(path).mode & 0o777

/** A data folder with one candidate (id 1) on one job, a folder to write into, and a file a link could point to. */
async function session() {
  const dir = tempDir('tracker-sync-out-')
  const run = (...args: string[]) => cli(['--data-dir', join(dir, 'data'), ...args])
  await run('jobs', 'add', '--title', 'ICU Nurse')
  await run('candidates', 'add', '--job', '1', '--name', 'Ann Lee', '--title', 'Nurse')
  const victim = join(dir, 'victim.txt')
  writeFileSync(victim, 'keep me')
  const out = join(dir, 'out')
  mkdirSync(out)
  return { run, victim, out }
}

const COMMANDS = [
  { name: 'resume', args: (file: string) => ['resume', '1', '--out', file], written: (bytes: Buffer) => bytes.subarray(0, 4).toString() === '%PDF' },
  { name: 'template', args: (file: string) => ['template', file], written: (bytes: Buffer) => bytes.toString('utf8') === templateCsv() },
  { name: 'export-csv', args: (file: string) => ['export-csv', file], written: (bytes: Buffer) => bytes.toString('utf8').includes('Ann Lee') }
]

describe.each(COMMANDS)('$name FILE', ({ args, written }) => {
  it('refuses a symbolic link planted at FILE and leaves its target alone; --force replaces the link itself', async () => {
    const { run, victim, out } = await session()
    const file = join(out, 'file')
    symlinkSync(victim, file)
    const refused = await run(...args(file))
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(`Error: ${file} is a symbolic link; Tracker Sync does not write through it`)
    expect(readlinkSync(file)).toBe(victim)
    expect(readFileSync(victim, 'utf8')).toBe('keep me')

    expect((await run(...args(file), '--force')).code).toBe(0)
    expect(lstatSync(file).isSymbolicLink()).toBe(false)
    expect(written(readFileSync(file))).toBe(true)
    expect(mode(file)).toBe(0o600)
    expect(readFileSync(victim, 'utf8')).toBe('keep me')
    expect(readdirSync(out)).toEqual(['file'])
  })

  it('refuses an existing FILE without --force (unchanged), replaces it with --force; the file is 0600', async () => {
    const { run, out } = await session()
    const file = join(out, 'file')
    writeFileSync(file, 'my own notes', { mode: 0o644 })
    const refused = await run(...args(file))
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(`Error: ${file} already exists; add --force to replace it.\n`)
    expect(readFileSync(file, 'utf8')).toBe('my own notes')

    expect((await run(...args(file), '--force')).code).toBe(0)
    expect(written(readFileSync(file))).toBe(true)
    expect(mode(file)).toBe(0o600)
    expect(readdirSync(out)).toEqual(['file'])
  })
})

describe('resume --out FOLDER/', () => {
  it('writes "Name - Resume.pdf" inside with the same rules: 0600, refused when taken, replaced with --force, never through a link', async () => {
    const { run, victim, out } = await session()
    const pdf = join(out, 'Ann Lee - Resume.pdf')
    expect((await run('resume', '1', '--out', `${out}/`)).code).toBe(0)
    expect(readFileSync(pdf, 'latin1').startsWith('%PDF')).toBe(true)
    expect(mode(pdf)).toBe(0o600)

    const again = await run('resume', '1', '--out', out)
    expect(again).toMatchObject({ code: 2, stderr: `Error: ${pdf} already exists; add --force to replace it.\n` })
    expect((await run('resume', '1', '--out', out, '--force')).code).toBe(0)

    const linked = join(out, 'linked')
    mkdirSync(linked)
    symlinkSync(victim, join(linked, 'Ann Lee - Resume.pdf'))
    expect((await run('resume', '1', '--out', linked)).code).toBe(2)
    expect(readFileSync(victim, 'utf8')).toBe('keep me')

    const missing = await run('resume', '1', '--out', join(out, 'missing') + '/')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('names a folder that does not exist')
    expect(readdirSync(out).sort()).toEqual(['Ann Lee - Resume.pdf', 'linked'])
  })
})
