import type { CallInput, CallName, CallOutput } from '../../shared/api'
import type { Core } from '../core'

export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
  stdin: NodeJS.ReadableStream
  env: NodeJS.ProcessEnv
}

/**
 * How the command line names the call's input fields (`{ jobId: '--job', trigger: '--trigger' }`): a refusal of one
 * of them is a usage error (exit code 2) that names the option the user typed, with the command's usage.
 */
interface ArgvNames {
  usage: string
  fields: Record<string, string>
}

export interface CliContext {
  io: CliIO
  json: boolean
  dataDir: string
  /** Opens the data folder on first use (so `--help` never creates a database). */
  core(): Core
  /**
   * An API call through the same dispatcher the desktop app and the browser host use: the input is checked by the
   * call's schema, the same rules run, and the value is the API's own type (what `--json` prints). A refusal
   * throws it as an AppError (exit code by its code).
   */
  call<N extends CallName>(name: N, input: CallInput<N>, argv?: ArgvNames): Promise<CallOutput<N>>
  /** Result of a command: JSON on stdout with --json, otherwise the human text. */
  print(value: unknown, human: () => string): void
  /** A message for people: always stderr, so stdout stays machine-readable. */
  note(text: string): void
}

export interface CliCommand {
  name: string
  summary: string
  /** Full usage text, shown by `COMMAND --help` and on usage errors. */
  usage: string
  run(args: string[], ctx: CliContext): Promise<number | void>
}
