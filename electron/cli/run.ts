import { appError, toErrorInfo } from '../../shared/errors'
import type { CoreOptions } from '../core'
import { createHost, type Host } from '../host'
import { defaultDataDir } from '../lib/data-dir'
import { dataDirProblem } from '../lib/data-folder-errors'
import { chooseSecretStore, createKeychainStore } from '../secrets'
import { COMMANDS } from './commands'
import { EXIT, UsageError, exitCodeFor } from './errors'
import { terminalJson, visible } from './format'
import type { CliContext, CliIO } from './types'

const GLOBAL_HELP = (dataDir: string) => `Tracker Sync command line

Usage: npm run cli -- [--data-dir DIR] [--json] COMMAND [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n')}

Global options:
  --data-dir DIR   data folder (default: ${dataDir}, shared with the desktop app)
  --json           machine-readable output on stdout; messages go to stderr
  --help           this help, or COMMAND --help for one command

Exit codes: 0 ok, 1 error, 2 usage, 3 TrackerRMS auth problem, 4 refused by a sync rule, 5 TrackerRMS unreachable.`

export interface RunOptions {
  /** Overrides for tests: e.g. a fetch, a clock or a secret store. */
  core?: Partial<Omit<CoreOptions, 'dataDir'>>
}

/** Pulls the global options out from anywhere in argv; the rest is COMMAND and its own arguments. */
function splitGlobals(argv: string[]) {
  const rest: string[] = []
  let dataDir: string | undefined
  let json = false
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') json = true
    else if (arg === '--help' || arg === '-h') help = true
    else if (arg === '--data-dir') {
      dataDir = argv[++i]
      if (dataDir === undefined || dataDir.startsWith('--')) throw new UsageError('--data-dir needs a folder.')
    } else if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length)
    else rest.push(arg)
  }
  return { rest, dataDir, json, help }
}

/** Refuses, as a usage error, a data folder path (from --data-dir or TRACKER_SYNC_DATA_DIR) that cannot be a folder. */
function checkDataDir(dataDir: string): void {
  const problem = dataDirProblem(dataDir)
  if (problem) throw new UsageError(problem)
}

export async function runCli(argv: string[], io: CliIO, options: RunOptions = {}): Promise<number> {
  let host: Host | undefined
  let json = argv.includes('--json')
  try {
    const globals = splitGlobals(argv)
    json = globals.json
    const dataDir = globals.dataDir ?? defaultDataDir(io.env)
    const [name, ...args] = globals.rest
    if (!name) {
      io.stdout(GLOBAL_HELP(dataDir) + '\n')
      return globals.help ? EXIT.ok : EXIT.usage
    }
    const command = COMMANDS.find((c) => c.name === name)
    if (!command) throw new UsageError(`Unknown command "${name}". Run with --help to see the commands.`)
    if (globals.help) {
      io.stdout(command.usage + '\n')
      return EXIT.ok
    }
    const open = () => {
      if (host) return host
      checkDataDir(dataDir)
      host = createHost({ dataDir, ...options.core, secrets: options.core?.secrets ?? chooseSecretStore(io.env, () => createKeychainStore()) })
      const readOnly = host.core.dataFolder.readOnly
      if (readOnly) io.stderr(`Note: ${readOnly}\n`)
      return host
    }
    const ctx: CliContext = {
      io,
      json,
      dataDir,
      core: () => open().core,
      call: async (name, input, argv) => {
        const result = await open().dispatch(name, input)
        if (result.ok) return result.value as never
        const { code, message, field } = result.error
        const option = code === 'validation' && field !== undefined ? argv?.fields[field] : undefined
        if (option) throw new UsageError(message.startsWith(`${field} `) ? `${option}${message.slice(field!.length)}` : `${option}: ${message}`, argv!.usage)
        throw appError(result.error)
      },
      // Every line the CLI writes goes out here or below, with stored data's control characters made visible.
      print: (value, human) => {
        io.stdout((json ? terminalJson(value) : visible(human(), true)) + '\n')
      },
      note: (text) => {
        io.stderr(visible(text, true) + '\n')
      }
    }
    const code = await command.run(args, ctx)
    return typeof code === 'number' ? code : EXIT.ok
  } catch (thrown) {
    // A read-only, full or damaged data folder, said in words (the host's own view of it when it opened).
    const error = host ? host.core.dataFolder.explain(thrown) : thrown
    const info = toErrorInfo(error)
    const exitCode = exitCodeFor(error)
    const usage = error instanceof UsageError && error.usage ? `\n\n${error.usage}` : ''
    io.stderr(visible(`Error: ${info.message}${usage}`, true) + '\n')
    if (json) io.stdout(terminalJson({ error: info, exitCode }) + '\n')
    if (info.code === 'internal' && !(error instanceof UsageError)) host?.core.ctx.log.error('cli.failed', { error })
    return exitCode
  } finally {
    await host?.close()
  }
}
