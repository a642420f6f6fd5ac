// Looking things up in TrackerRMS as the user types (the job id field of a job's sync settings, the export dialog).
import { z } from 'zod'
import { call } from './define'
import { id } from './fields'

export type TrackerJobLookup =
  | { state: 'found'; id: number; title: string; clientName: string | null; status: string | null; city: string | null }
  | { state: 'not_found'; id: number; message: string }
  /** TrackerRMS could not be asked right now (offline, busy, token refused): the id can still be saved. */
  | { state: 'unavailable'; id: number; message: string }
  | { state: 'not_connected'; id: number; message: string }

export const trackerCalls = {
  'tracker.lookupJob': call<TrackerJobLookup>()(
    z.strictObject({ trackerJobId: id }),
    'Looks a TrackerRMS job up by id: its title and client, "not found", or why it cannot be checked right now.'
  )
}
