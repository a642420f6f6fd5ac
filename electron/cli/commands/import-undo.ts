import { plural } from '../../../shared/plural'
import { parseOptions } from '../args'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync import-undo [--json]

Undoes the most recent CSV import that has not been undone: removes the candidates it created, takes the
candidates it added from other jobs off the job again (they stay on their other jobs), restores the candidates and
stages it updated, and removes the TrackerRMS ledger and index entries it added. Refused, with
nothing changed, when those candidates have changed since (edited, new outreach events, synced).
Run it again to undo the import before that.`

export const importUndoCommand: CliCommand = {
  name: 'import-undo',
  summary: 'undo the last CSV import',
  usage,
  async run(args, ctx) {
    parseOptions(args, {}, usage)
    const result = await ctx.core().csv.undoLast()
    ctx.print(result, () => {
      const i = result.import
      const lines = [
        `Undid import ${i.id}: ${i.fileName} into "${i.jobTitle}" (${i.appliedAt}).`,
        `Removed ${plural(result.candidatesRemoved, 'new candidate')}; restored ${plural(result.candidatesRestored, 'updated candidate')} and ${plural(result.stagesRestored, 'stage')}.`
      ]
      if (result.membershipsRemoved)
        lines.push(
          `Took ${plural(result.membershipsRemoved, 'candidate')} added from other jobs off "${i.jobTitle}" (they are still candidates of their other jobs).`
        )
      if (result.ledgerEntriesRemoved || result.indexEntriesRemoved || result.indexEntriesRestored)
        lines.push(
          `TrackerRMS links: removed ${plural(result.ledgerEntriesRemoved, 'ledger entry', 'ledger entries')} and ${plural(result.indexEntriesRemoved, 'index entry', 'index entries')}; restored ${plural(result.indexEntriesRestored, 'index entry', 'index entries')}.`
        )
      return lines.join('\n')
    })
  }
}
