// Entry point of `npm run web` (run through tsx, like the CLI): the core, the API and the built renderer on
// 127.0.0.1, behind a key printed in the address.
import { resolve } from 'node:path'
import { createDispatcher } from '../api/dispatch'
import { createCore } from '../core'
import { chooseSecretStore, createKeychainStore } from '../secrets'
import { parseWebArgs, WEB_USAGE, WebUsageError } from './args'
import { startWebHost } from './server'
import { rendererIsBuilt } from './static'

const RENDERER_DIR = resolve(__dirname, '../../out/renderer')

async function main(): Promise<number> {
  let args
  try {
    args = parseWebArgs(process.argv.slice(2), process.env)
  } catch (error) {
    if (!(error instanceof WebUsageError)) throw error
    process.stderr.write(`Error: ${error.message}\n\n${WEB_USAGE}\n`)
    return 2
  }
  if (args.help) {
    process.stdout.write(`${WEB_USAGE}\n`)
    return 0
  }
  if (!rendererIsBuilt(RENDERER_DIR)) {
    process.stderr.write(`The app's pages are not built: ${RENDERER_DIR} has no index.html.\nRun "npm run build" once, then "npm run web" again.\n`)
    return 1
  }

  const core = createCore({ dataDir: args.dataDir, secrets: chooseSecretStore(process.env, () => createKeychainStore()) })
  // Demo mode (issue 6, phase 2) plugs in here: start the sandbox in-process and connect the core to it before
  // the page is served.
  const host = await startWebHost({ dispatch: createDispatcher(core), events: core.events, rendererDir: RENDERER_DIR, port: args.port })
  core.onClose(() => host.close())

  process.stdout.write(
    `Tracker Sync is running. Open this address in your browser:\n\n  ${host.url}\n\n` +
      `Only this computer can connect, and only with this key; it changes every time you start.\n` +
      `Data folder: ${args.dataDir}\nPress Ctrl+C to stop.\n`
  )
  await new Promise<void>((done) => {
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })
  await core.close()
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
