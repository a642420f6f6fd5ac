// Builds the app (npm run build) before the e2e files run, when out/renderer is missing or older than any source
// the page is made from. The browser host serves exactly that build.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '../..')
const BUILT = join(ROOT, 'out/renderer/index.html')
const SOURCES = ['renderer', 'shared', 'electron.vite.config.mts', 'package.json']

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

export default function setup(): void {
  const built = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0
  const sources = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))))
  if (built > sources) return
  const started = Date.now()
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  if (run.status !== 0) throw new Error(`e2e: building the app failed (npm run build):\n${run.stdout}\n${run.stderr}`)
  console.log(`e2e: built the app in ${Date.now() - started} ms (out/renderer was ${built ? 'older than its sources' : 'missing'})`)
}
