import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2])

const NODE_OR_MAIN =
  /^(node:|electron($|\/)|better-sqlite3$|@napi-rs\/keyring$|@react-pdf\/|fs$|path$|os$|child_process$|crypto$|http$|https$|net$|stream$|worker_threads$)/

describe('process boundaries', () => {
  it('shared/ imports nothing from Node, Electron, the DOM-side app or the main process', () => {
    for (const file of sourceFiles(join(ROOT, 'shared'))) {
      for (const spec of importsOf(file)) {
        expect(spec, `${relative(ROOT, file)} imports ${spec}`).not.toMatch(NODE_OR_MAIN)
        expect(spec, `${relative(ROOT, file)} imports ${spec}`).not.toMatch(/(^|\/)(electron|renderer)\//)
      }
    }
  })

  it('renderer/ imports no Node built-in, Electron or main-process module', () => {
    for (const file of sourceFiles(join(ROOT, 'renderer'))) {
      for (const spec of importsOf(file)) {
        expect(spec, `${relative(ROOT, file)} imports ${spec}`).not.toMatch(NODE_OR_MAIN)
        expect(spec, `${relative(ROOT, file)} imports ${spec}`).not.toMatch(/(^|\/)electron\//)
      }
    }
  })

  it('the renderer tsconfig rejects an import of node:fs', () => {
    // A throwaway project that uses tsconfig.web.json's options on one renderer-like file.
    const dir = join(ROOT, 'node_modules/.tmp/boundary-check')
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'probe.ts'), "import { readFileSync } from 'node:fs'\nexport const read = readFileSync\n")
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: '../../../tsconfig.web.json', compilerOptions: { composite: false }, include: ['probe.ts'] })
    )
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' })
    rmSync(dir, { recursive: true, force: true })
    expect(tsc.status).not.toBe(0)
    expect(tsc.stdout).toMatch(/node:fs/)
  })
})
