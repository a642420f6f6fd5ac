// Entry point of `npm run web` (run through tsx, like the CLI): the core, the API and the built renderer on
// 127.0.0.1, behind a key printed in the address. The sync queue runs in this process; with --demo so does a demo
// TrackerRMS, and the core is connected to it before the page is served.
import { resolve } from 'node:path'
import type { Dispatch } from '../api/dispatch'
import type { Core } from '../core'
import { createHost, type AppServices } from '../host'
import { chooseSecretStore, createKeychainStore } from '../secrets'
import { parseWebArgs, WEB_USAGE, WebUsageError, type WebArgs } from './args'
import { startWebHost, type WebHost } from './server'
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

  // TRACKER_SYNC_KEYCHAIN_SERVICE: a keychain service name of its own (the end-to-end tests use one).
  const keychain = () => createKeychainStore(process.env.TRACKER_SYNC_KEYCHAIN_SERVICE || undefined)
  const { core, services: app, dispatch } = createHost({ dataDir: args.dataDir, secrets: chooseSecretStore(process.env, keychain) })
  // From here on every way out closes the core: the queue stops, the worker lock is released, the database closed.
  try {
    return await serve(args, core, app, dispatch)
  } finally {
    await core.close()
  }
}

async function serve(args: WebArgs, core: Core, app: AppServices, dispatch: Dispatch): Promise<number> {
  const notes: string[] = core.dataFolder.readOnly ? [core.dataFolder.readOnly] : []
  try {
    if (args.demo) {
      await app.demo.start()
      notes.push(`Demo mode: a demo TrackerRMS runs inside this process (${app.demo.sandbox()?.webHost}); the app is connected to it.`)
    } else if (await app.demo.resumeIfDemo()) {
      notes.push(`This data folder is connected to the demo TrackerRMS; it runs again inside this process (${app.demo.sandbox()?.webHost}).`)
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (args.demo) {
      process.stderr.write(`Error: the demo could not start: ${message}\n`)
      return 1
    }
    notes.push(`The demo TrackerRMS of this data folder could not start again: ${message}`)
  }

  let host: WebHost
  try {
    host = await startWebHost({ dispatch, events: core.events, rendererDir: RENDERER_DIR, port: args.port })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    process.stderr.write(`Error: port ${args.port} is in use by another program; choose another with --port (or leave it out for any free port).\n`)
    return 1
  }
  core.onClose(() => host.close())
  // The queue starts once the page can be served: a host that cannot start never takes the queue from another one.
  app.queue.start()
  const workerProblem = app.queue.status().problem
  if (workerProblem && !core.dataFolder.readOnly) notes.push(`${workerProblem} This page shows the queue; it takes over when the other one stops.`)

  process.stdout.write(
    `Tracker Sync is running. Open this address in your browser:\n\n  ${host.url}\n\n` +
      `Only this computer can connect, and only with this key; it changes every time you start.\n` +
      `Data folder: ${args.dataDir}\n${notes.map((n) => `${n}\n`).join('')}Press Ctrl+C to stop.\n`
  )
  await new Promise<void>((done) => {
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })
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
