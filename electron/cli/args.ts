import { parseArgs, type ParseArgsConfig } from 'node:util'
import { controlCharacterProblem } from '../../shared/control-characters'
import { parseTrackerJobId } from '../../shared/tracker-job-id'
import { UsageError } from './errors'

type Options = NonNullable<ParseArgsConfig['options']>

/** node:util parseArgs, with its errors turned into usage errors that carry the command's usage text. */
export function parse<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), usage)
  }
}

/** parse() for a command that takes options only: an argument left over is a usage error that names it. */
export function parseOptions<O extends Options>(args: string[], options: O, usage: string) {
  const parsed = parse(args, options, usage)
  if (parsed.positionals.length) throw new UsageError(`Unexpected argument "${parsed.positionals[0]}".`, usage)
  return parsed
}

/** A positive whole number from an option or argument, or a usage error naming it. */
export function positiveInt(value: string | undefined, name: string, usage: string): number {
  if (value === undefined) throw new UsageError(`${name} is required.`, usage)
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value)))
    throw new UsageError(`${name} must be a positive whole number, got "${value}".`, usage)
  return Number(value)
}

/** A TrackerRMS job id: 5001 or JOB-5001 (as TrackerRMS shows it), or a usage error naming the option. */
export function trackerJobIdArg(value: string | undefined, name: string, usage: string): number {
  const id = parseTrackerJobId(value)
  if (id === null) throw new UsageError(`${name} must be a TrackerRMS job id such as 5001 or JOB-5001, got "${value ?? ''}".`, usage)
  return id
}

export function requireString(value: string | boolean | undefined, name: string, usage: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${name} is required.`, usage)
  return value
}

/**
 * An option's text for a command that hands it to the core itself (not through an API call, whose schema checks
 * it): a control character in it is a usage error naming the option.
 */
export function oneLine<V extends string | undefined>(value: V, name: string, usage: string): V {
  const problem = value === undefined ? null : controlCharacterProblem(value)
  if (problem) throw new UsageError(`${name} ${problem}.`, usage)
  return value
}

/** Reads all of stdin as text (for --token-stdin and friends). */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}
