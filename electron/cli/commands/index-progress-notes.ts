// Progress of the read of TrackerRMS's candidate list on stderr (for \`index refresh\` and \`sync\`): a line when
// it starts, pauses or ends, and at most one every few seconds while it reads.
import { indexProgressText } from '../../../shared/index-progress'
import type { Core } from '../../core'
import type { CliContext } from '../types'

const EVERY_MS = 5_000

export function progressNotes(core: Core, ctx: Pick<CliContext, 'note'>): () => void {
  let lastAt = 0
  let lastState = ''
  return core.events.on('index.progress', (status) => {
    const now = Date.now()
    if (status.state === lastState && now - lastAt < EVERY_MS) return
    lastAt = now
    lastState = status.state
    ctx.note(indexProgressText(status))
  })
}
