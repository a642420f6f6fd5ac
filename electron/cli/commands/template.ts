import { parse } from '../args'
import { UsageError } from '../errors'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync template FILE

Writes the CSV template to FILE: the column headers and one example row (UTF-8, opens in Excel).
Fill it in and load it with: import FILE --job J`

export const templateCommand: CliCommand = {
  name: 'template',
  summary: 'write the CSV template for importing candidates',
  usage,
  async run(args, ctx) {
    const { positionals } = parse(args, {}, usage)
    if (positionals.length !== 1) throw new UsageError('Give the FILE to write.', usage)
    const result = await ctx.core().csv.writeTemplate(positionals[0])
    ctx.print(result, () => `Wrote the template to ${result.file}.`)
  }
}
