// The core's view of resumes: render the PDF for a stored candidate (for the export worker, the CLI and the
// profile screen's preview). Rendering happens in a worker thread; see renderer.ts.
import type { CandidateFields } from '../../shared/domain'
import { notFound } from '../../shared/errors'
import { getCandidate } from '../db/candidates'
import type { CoreContext } from '../core/context'
import { sharedResumeRenderer } from './renderer'

export type ResumeService = ReturnType<typeof createResumeService>

export function createResumeService(ctx: CoreContext) {
  const renderer = sharedResumeRenderer()
  const renderCandidate = (candidate: CandidateFields) => renderer.render(candidate, ctx.clock.now())
  return {
    renderCandidate,
    async render(candidateId: number): Promise<{ bytes: Uint8Array; fileName: string }> {
      const candidate = getCandidate(ctx.db, candidateId)
      if (!candidate) throw notFound(`There is no candidate with id ${candidateId}.`)
      return renderCandidate(candidate)
    },
    /** Nothing to do per core: the worker is shared by the process and idles without keeping it alive. */
    close: async () => {}
  }
}
