import { parseOptions } from '../args'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync import-undo [--json]

Undoes the most recent CSV import that has not been undone: removes the candidates it created, restores the
candidates and stages it updated, and removes the TrackerRMS ledger and index entries it added. Refused, with
nothing changed, when those candidates have changed since (edited, new outreach events, synced).
Run it again to undo the import before that.`

export const importUndoCommand: CliCommand = {
  name: 'import-undo',
  summary: 'undo the last CSV import',
  usage,
  async run(args, ctx) {
    parseOptions(args, {}, usage)
    const result = ctx.core().csv.undoLast()
    ctx.print(result, () => {
      const i = result.import
      const lines = [
        `Undid import ${i.id}: ${i.fileName} into "${i.jobTitle}" (${i.appliedAt}).`,
        `Removed ${result.candidatesRemoved} new candidates; restored ${result.candidatesRestored} updated candidates and ${result.stagesRestored} stages.`
      ]
      if (result.ledgerEntriesRemoved || result.indexEntriesRemoved || result.indexEntriesRestored)
        lines.push(
          `TrackerRMS links: removed ${result.ledgerEntriesRemoved} ledger entries and ${result.indexEntriesRemoved} index entries; restored ${result.indexEntriesRestored} index entries.`
        )
      return lines.join('\n')
    })
  }
}
