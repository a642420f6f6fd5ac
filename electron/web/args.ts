// Command line of `npm run web`.
import { defaultDataDir } from '../core/data-dir'

export interface WebArgs {
  dataDir: string
  port: number
  help: boolean
}

export const WEB_USAGE = `Usage: npm run web -- [--data-dir DIR] [--port PORT]

Serves Tracker Sync to your browser at http://127.0.0.1:PORT/?key=… (printed when it starts). Only this
computer can connect, and only with the key, which changes on every start.

  --data-dir DIR   data folder (default: the desktop app's, or TRACKER_SYNC_DATA_DIR)
  --port PORT      port to listen on (default: any free port)
  --help           this help`

export class WebUsageError extends Error {}

export function parseWebArgs(argv: string[], env: NodeJS.ProcessEnv): WebArgs {
  const args: WebArgs = { dataDir: defaultDataDir(env), port: 0, help: false }
  const value = (i: number, name: string) => {
    const v = argv[i]
    if (v === undefined || v.startsWith('--')) throw new WebUsageError(`${name} needs a value.`)
    return v
  }
  for (let i = 0; i < argv.length; i++) {
    const [arg, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined]
    if (arg === '--help' || arg === '-h') args.help = true
    else if (arg === '--data-dir') args.dataDir = inline ?? value(++i, '--data-dir')
    else if (arg === '--port') {
      const text = inline ?? value(++i, '--port')
      const port = Number(text)
      if (!/^\d+$/.test(text) || port > 65_535) throw new WebUsageError(`--port must be a whole number from 0 to 65535, got "${text}".`)
      args.port = port
    } else throw new WebUsageError(`Unknown option "${argv[i]}".`)
  }
  return args
}
