import { SYNC_LIST_MAX, type LedgerView } from '../../../shared/api'
import { parseOptions } from '../args'
import { table } from '../format'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync ledger [--json]

Every candidate that is in TrackerRMS: its TrackerRMS id, whether Tracker Sync created the record, linked it to an
existing one (and on which field: email, LinkedIn URL or full name) or learned of it from a TrackerRMS CSV import,
when, and who was connected (the owner TrackerRMS shows).`

const HOW = { created: 'created', linked: 'linked', imported: 'imported from TrackerRMS' } as const
const FIELD = { email: 'email', linkedin: 'LinkedIn URL', name: 'full name' } as const

export const ledgerCommand: CliCommand = {
  name: 'ledger',
  summary: 'which candidates are in TrackerRMS, created or linked, when and by whom',
  usage,
  async run(args, ctx) {
    parseOptions(args, {}, usage)
    const entries: LedgerView[] = []
    for (let total = Infinity; entries.length < total;) {
      const page = await ctx.call('sync.ledger', { offset: entries.length, limit: SYNC_LIST_MAX })
      entries.push(...page.entries)
      total = page.entries.length ? page.total : entries.length
    }
    ctx.print(entries, () =>
      entries.length === 0
        ? 'No candidate is in TrackerRMS yet.'
        : table(
            ['candidate', 'name', 'TrackerRMS id', 'how', 'when', 'by'],
            entries.map((e) => [
              e.candidateId,
              e.fullName,
              e.trackerResourceId,
              e.how === 'linked' && e.matchedOn ? `linked (same ${FIELD[e.matchedOn]})` : HOW[e.how],
              e.syncedAt,
              e.syncedBy
            ])
          )
    )
  }
}
