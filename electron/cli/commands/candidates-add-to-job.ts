// `candidates add-to-job`: one person, several jobs. Also the hint `candidates add` prints when it refuses a twin.
import { AppError } from '../../../shared/errors'
import { parse, positiveInt } from '../args'
import { UsageError } from '../errors'
import type { CliContext } from '../types'

/** Puts existing candidates (positional ids) on the job given by --job, at stage "sourced". */
export async function addToJobAction(args: string[], ctx: CliContext, usage: string): Promise<void> {
  const { values, positionals } = parse(args, { job: { type: 'string' } }, usage)
  const jobId = positiveInt(values.job, '--job', usage)
  if (positionals.length === 0) throw new UsageError('Give at least one CANDIDATE id.', usage)
  const candidateIds = positionals.map((p) => positiveInt(p, 'CANDIDATE', usage))
  const result = await ctx.call('candidates.addToJob', { jobId, candidateIds })
  ctx.print(result, () =>
    [
      result.added.length > 0 ? `added to ${result.jobTitle}: ${result.added.join(' ')}` : `nobody added to ${result.jobTitle}`,
      result.alreadyOn.length > 0 ? `already on it: ${result.alreadyOn.join(' ')}` : null
    ]
      .filter(Boolean)
      .join('\n')
  )
}

/**
 * Runs `create`; when it is refused because the person is already stored, the refusal also gives the command that
 * adds them to the job instead (same code, so the same exit code: 4).
 */
export async function withAddToJobHint<T>(jobId: number, create: () => Promise<T>): Promise<T> {
  try {
    return await create()
  } catch (error) {
    const existing = error instanceof AppError ? error.existing : undefined
    if (!(error instanceof AppError) || !existing || existing.onThisJob) throw error
    const hint = `Run: tracker-sync candidates add-to-job --job ${jobId} ${existing.id}`
    throw new AppError(error.code, `${error.message} ${hint}`, error.field, existing)
  }
}
