import { parse } from '../args'
import { UsageError } from '../errors'
import { FORCE_OPTION, FORCE_USAGE, refusedUnlessForced } from '../output'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync template FILE [--force]

Writes the CSV template to FILE: the column headers and one example row (UTF-8, opens in Excel).
Fill it in and load it with: import FILE --job J
${FORCE_USAGE}`

export const templateCommand: CliCommand = {
  name: 'template',
  summary: 'write the CSV template for importing candidates',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parse(args, FORCE_OPTION, usage)
    if (positionals.length !== 1) throw new UsageError('Give the FILE to write.', usage)
    const result = await refusedUnlessForced(ctx.core().csv.writeTemplate(positionals[0], { overwrite: values.force }))
    ctx.print(result, () => `Wrote the template to ${result.file}.`)
  }
}
