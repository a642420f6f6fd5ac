// The core's view of resumes: render the PDF for a stored candidate (for the export worker, the CLI and the
// profile screen's preview). Rendering happens in a worker thread (renderer.ts); the core's close() gives back its
// lease on that worker (shared-renderer.ts).
import type { CandidateFields } from '../../shared/domain'
import { notFound } from '../../shared/errors'
import { getCandidate } from '../db/candidates'
import type { CoreContext } from '../lib/context'
import type { RenderedResume, ResumeRenderer } from './renderer'
import { leaseSharedResumeRenderer } from './shared-renderer'

export function createResumeService(ctx: CoreContext, renderer: ResumeRenderer = leaseSharedResumeRenderer()) {
  const renderCandidate = (candidate: CandidateFields): Promise<RenderedResume> => renderer.render(candidate, ctx.clock.now())
  return {
    /** A candidate's resume as it is now (the export worker passes the candidate it already read). */
    renderCandidate,
    /** The resume of a stored candidate; not_found if there is no such candidate. */
    async render(candidateId: number): Promise<RenderedResume> {
      const candidate = getCandidate(ctx.db, candidateId)
      if (!candidate) throw notFound(`There is no candidate with id ${candidateId}.`)
      return renderCandidate(candidate)
    },
    /** Gives back this core's use of the resume worker (core.close() calls it). */
    close: () => renderer.close()
  }
}
