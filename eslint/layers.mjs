// The project's own lint rules for its architecture (docs/ARCHITECTURE.md):
//   layers/no-upward-import  a folder imports only from the layers below it (the table below), never up or sideways;
//                            shared/ imports only shared/, renderer/ only renderer/ and shared/, and the sandbox
//                            (a stand-in for TrackerRMS) nothing of the app at all.
//   layers/no-mutual-import  no two files import each other (type-only imports count: they tie the files together).
// Imports are relative paths in this project, so both rules resolve them themselves, with no resolver plugin.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..')

/** electron/'s folders, bottom to top; each may import from the rows above it in this list, and from shared/. */
const ELECTRON_LAYERS = [
  ['lib'],
  ['db', 'secrets'],
  ['trackerrms', 'resume'],
  ['csv', 'sync'],
  ['core'],
  ['api'],
  ['host'],
  ['cli', 'web', 'shell'],
  // electron/main.ts and preload.ts: the desktop app's entry points, over the shell's window and menu code.
  ['(entry)']
]

const rel = (file) => relative(ROOT, file).split(sep).join('/')

/** Where a file sits: { area: 'electron' | 'shared' | 'renderer' | 'other', unit } (unit: electron's folder). */
function placeOf(file) {
  const path = rel(file)
  const parts = path.split('/')
  if (parts[0] === 'shared') return { area: 'shared', unit: 'shared' }
  if (parts[0] === 'renderer') return { area: 'renderer', unit: 'renderer' }
  if (parts[0] !== 'electron') return { area: 'other', unit: parts[0] }
  return { area: 'electron', unit: parts.length === 2 ? '(entry)' : parts[1] }
}

const levelOf = (unit) => ELECTRON_LAYERS.findIndex((row) => row.includes(unit))

/** Why `from` may not import `to`, or null when it may. */
function layerViolation(from, to) {
  const a = placeOf(from)
  const b = placeOf(to)
  if (a.area === 'other') return null // tests, benchmarks, scripts may use anything
  if (a.area === 'shared') return b.area === 'shared' ? null : 'shared/ is pure: it imports only shared/'
  if (a.area === 'renderer') return b.area === 'renderer' || b.area === 'shared' ? null : 'renderer/ imports only renderer/ and shared/'
  if (b.area === 'shared') return null
  if (b.area !== 'electron') return `electron/ does not import ${b.area}/`
  if (a.unit === b.unit) return null
  if (a.unit === 'sandbox') return 'the sandbox imitates TrackerRMS: it imports nothing of the app'
  if (b.unit === 'sandbox') return levelOf(a.unit) >= levelOf('host') ? null : 'only host/ and the entry points start the sandbox (the demo)'
  const la = levelOf(a.unit)
  const lb = levelOf(b.unit)
  if (la < 0) return `electron/${a.unit}/ is not in the layer table (eslint/layers.mjs)`
  if (lb < 0) return `electron/${b.unit}/ is not in the layer table (eslint/layers.mjs)`
  if (lb < la) return null
  return lb === la
    ? `electron/${a.unit}/ and electron/${b.unit}/ are one layer: neither imports the other`
    : `electron/${b.unit}/ is a layer above electron/${a.unit}/`
}

/** A relative import's file, or null (a package, or a path that does not exist). */
function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return null
  const base = resolve(dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && !candidate.endsWith(sep) && /\.(ts|tsx|mts)$/.test(candidate)) return candidate
  return null
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g
const importsCache = new Map()
/** The files a file imports (read from disk, cached for the run). */
function importsOf(file) {
  let found = importsCache.get(file)
  if (!found) {
    found = new Set()
    const text = existsSync(file) ? readFileSync(file, 'utf8') : ''
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2])
      if (target) found.add(target)
    }
    importsCache.set(file, found)
  }
  return found
}

function eachImport(context, check) {
  const visit = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node, node.source.value)
  }
  return { ImportDeclaration: visit, ExportNamedDeclaration: visit, ExportAllDeclaration: visit }
}

const noUpwardImport = {
  meta: { type: 'problem', docs: { description: 'Import only from lower layers (docs/ARCHITECTURE.md).' }, schema: [] },
  create(context) {
    const file = context.filename
    return eachImport(context, (node, spec) => {
      const target = resolveImport(file, spec)
      if (!target) return
      const why = layerViolation(file, target)
      if (why) context.report({ node: node.source, message: `${rel(file)} may not import ${rel(target)}: ${why}.` })
    })
  }
}

const noMutualImport = {
  meta: { type: 'problem', docs: { description: 'No two files import each other.' }, schema: [] },
  create(context) {
    const file = context.filename
    return eachImport(context, (node, spec) => {
      const target = resolveImport(file, spec)
      if (target && importsOf(target).has(file))
        context.report({ node: node.source, message: `${rel(file)} and ${rel(target)} import each other: move what both need into a module of its own.` })
    })
  }
}

export default { rules: { 'no-upward-import': noUpwardImport, 'no-mutual-import': noMutualImport } }
