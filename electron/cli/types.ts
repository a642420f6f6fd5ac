import type { Core } from '../core'

export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
  stdin: NodeJS.ReadableStream
  env: NodeJS.ProcessEnv
}

export interface CliContext {
  io: CliIO
  json: boolean
  dataDir: string
  /** Opens the data folder on first use (so `--help` never creates a database). */
  core(): Core
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
