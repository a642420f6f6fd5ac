// The resume PDF Tracker Sync attaches in TrackerRMS, for the profile's preview.
import { z } from 'zod'
import { call } from './define'
import { id } from './fields'

export interface ResumePdf {
  fileName: string
  bytes: number
  /** The PDF, base64 (the page turns it into a blob: URL; it is never logged). */
  data: string
}

export const resumeCalls = {
  'resume.render': call<ResumePdf>()(
    z.strictObject({ candidateId: id }),
    'Renders the resume PDF of a candidate, as Tracker Sync would attach it in TrackerRMS.'
  )
}
