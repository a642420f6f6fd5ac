#!/usr/bin/env node
// Makes sure better-sqlite3's native binary matches the runtime about to load it.
//   node scripts/ensure-native.mjs node      -> Node's ABI (tests, CLI, browser host, sandbox)
//   node scripts/ensure-native.mjs electron  -> Electron's ABI (the desktop app)
// better-sqlite3 is not N-API, so one binary serves only one runtime. We read the ABI the binary was built
// for from its exported `node_register_module_v<ABI>` symbol (no need to load it), and rebuild only on a mismatch.
// Quiet when nothing is to be done; messages go to stderr so that `--json` output on stdout stays clean.
import { readFileSync, existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const binary = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')
const target = process.argv[2]

if (target !== 'node' && target !== 'electron') {
  console.error('usage: node scripts/ensure-native.mjs node|electron')
  process.exit(2)
}

export function builtAbi(file) {
  if (!existsSync(file)) return null
  const match = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'))
  return match ? match[1] : null
}

function wantedAbi() {
  if (target === 'node') return { abi: process.versions.modules, label: `Node ${process.version}` }
  const version = require('electron/package.json').version
  return { abi: require('node-abi').getAbi(version, 'electron'), label: `Electron ${version}`, version }
}

const want = wantedAbi()
const have = builtAbi(binary)
if (have === want.abi) process.exit(0)

console.error(`better-sqlite3 is built for ABI ${have ?? 'none'}; rebuilding it for ${want.label} (ABI ${want.abi})…`)
const env = { ...process.env }
if (target === 'electron') {
  // Electron headers come from electronjs.org (needs network). A machine-wide `nodedir` would silently build
  // against Node's headers instead, so it is cleared for this build.
  Object.assign(env, {
    npm_config_runtime: 'electron',
    npm_config_target: want.version,
    npm_config_disturl: 'https://electronjs.org/headers',
    npm_config_nodedir: ''
  })
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const run = spawnSync(npm, ['rebuild', 'better-sqlite3'], { cwd: root, env, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' })
const after = builtAbi(binary)
if (run.status !== 0 || after !== want.abi) {
  console.error(
    `Could not build better-sqlite3 for ${want.label}: the binary has ABI ${after ?? 'none'}.` +
      (target === 'electron' ? ' Building for Electron downloads its headers from electronjs.org; check the network.' : '')
  )
  process.exit(1)
}
console.error(`better-sqlite3 rebuilt for ${want.label}.`)
