import { Readable } from 'node:stream'
import { runCli, type RunOptions } from '../../electron/cli/run'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
  /** stdout parsed as JSON (for --json runs). */
  json<T = any>(): T
}

/** Runs the CLI in-process with captured output, exactly as `npm run cli -- …` would. */
export async function cli(argv: string[], options: RunOptions & { env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(
    argv,
    {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
      env: options.env ?? {}
    },
    options
  )
  return { code, stdout, stderr, json: () => JSON.parse(stdout) }
}
