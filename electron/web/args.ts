// Command line of `npm run web`.
import { basename, dirname, join } from 'node:path'
import { defaultDataDir } from '../lib/data-dir'
import { dataDirProblem } from '../lib/data-folder-errors'

export interface WebArgs {
  dataDir: string
  port: number
  /** Start the demo TrackerRMS in this process and connect to it. */
  demo: boolean
  help: boolean
}

export const WEB_USAGE = `Usage: npm run web -- [--demo] [--data-dir DIR] [--port PORT]

Serves Tracker Sync to your browser at http://127.0.0.1:PORT/?key=… (printed when it starts). Only this
computer can connect, and only with the key, which changes on every start.

  --demo           try Tracker Sync without a TrackerRMS account: a demo TrackerRMS runs inside this process,
                   with demo jobs and candidates, and the app is connected to it. Its data is kept for next
                   time (in the data folder); without --data-dir the demo has a folder of its own
                   ("Tracker Sync Demo" beside the usual one), so it never mixes with your real data
  --data-dir DIR   data folder (default: the desktop app's, or TRACKER_SYNC_DATA_DIR)
  --port PORT      port to listen on (default: any free port); when another program uses it, this stops at once
                   and says so: choose another port
  --help           this help`

/** Where the demo keeps its data unless --data-dir says otherwise: beside the real folder, never in it. */
function defaultDemoDataDir(env: NodeJS.ProcessEnv): string {
  const real = defaultDataDir(env)
  return join(dirname(real), `${basename(real)} Demo`)
}

export class WebUsageError extends Error {}

export function parseWebArgs(argv: string[], env: NodeJS.ProcessEnv): WebArgs {
  const args: WebArgs = { dataDir: '', port: 0, demo: false, help: false }
  const value = (i: number, name: string) => {
    const v = argv[i]
    if (v === undefined || v.startsWith('--')) throw new WebUsageError(`${name} needs a value.`)
    return v
  }
  for (let i = 0; i < argv.length; i++) {
    const [arg, inline] =
      argv[i].startsWith('--') && argv[i].includes('=')
        ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)]
        : [argv[i], undefined]
    if (arg === '--help' || arg === '-h') args.help = true
    else if (arg === '--demo' && inline === undefined) args.demo = true
    else if (arg === '--data-dir') {
      args.dataDir = inline ?? value(++i, '--data-dir')
      if (args.dataDir.trim() === '') throw new WebUsageError(dataDirProblem('') as string)
    } else if (arg === '--port') {
      const text = inline ?? value(++i, '--port')
      const port = Number(text)
      if (!/^\d+$/.test(text) || port > 65_535) throw new WebUsageError(`--port must be a whole number from 0 to 65535, got "${text}".`)
      args.port = port
    } else throw new WebUsageError(`Unknown option "${argv[i]}".`)
  }
  if (!args.dataDir) args.dataDir = args.demo ? defaultDemoDataDir(env) : defaultDataDir(env)
  const problem = dataDirProblem(args.dataDir)
  if (problem && !args.help) throw new WebUsageError(problem)
  return args
}
