import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')
const validate = (configPath: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/validate-builder-config.cjs'), configPath], { cwd: ROOT, encoding: 'utf8' })

describe('electron-builder.yml (validated offline; packaging itself needs network)', () => {
  it('is valid and targets dmg, nsis, AppImage and deb with native modules unpacked', () => {
    const run = validate('electron-builder.yml')
    expect(run.stdout + run.stderr).toContain('electron-builder config OK')
    expect(run.status).toBe(0)
    const text = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')
    for (const target of ['dmg', 'nsis', 'AppImage', 'deb']) expect(text).toContain(target)
    expect(text).toMatch(/asarUnpack:\s*\n\s*- '\*\*\/\*\.node'/)
  })

  it('rejects an unknown key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'builder-'))
    const bad = join(dir, 'bad.yml')
    writeFileSync(bad, readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8') + '\nbogusKey: 1\n')
    const run = validate(bad)
    rmSync(dir, { recursive: true, force: true })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('bogusKey')
  })
})
