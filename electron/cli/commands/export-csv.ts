import { parse, positiveInt } from '../args'
import { UsageError } from '../errors'
import { FORCE_OPTION, FORCE_USAGE, refusedUnlessForced } from '../output'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync export-csv FILE [--job J] [--force]

Writes candidates to FILE as CSV: the template's columns plus Sync Status and Synced At. With --job, the candidates
of that job with their stage; without, every candidate, one row per job it is on (with Job ID and Job columns).
UTF-8 with byte-order mark and CRLF line ends. Cells that a spreadsheet would run as a formula (starting with
= + - @) get an apostrophe in front; "import" removes it again, so export then import gives back the same values.
${FORCE_USAGE}`

export const exportCsvCommand: CliCommand = {
  name: 'export-csv',
  summary: 'export candidates (one job or all) to a CSV file',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parse(args, { job: { type: 'string' }, ...FORCE_OPTION }, usage)
    if (positionals.length !== 1) throw new UsageError('Give the FILE to write.', usage)
    const jobId = values.job === undefined ? null : positiveInt(values.job, '--job', usage)
    const result = await refusedUnlessForced(ctx.core().csv.exportCsv(positionals[0], { jobId, overwrite: values.force }))
    ctx.print(result, () => `Exported ${result.rows} ${result.rows === 1 ? 'row' : 'rows'} to ${result.file}.`)
  }
}
