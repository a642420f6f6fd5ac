// Looking up the TrackerRMS job a local job is mapped to: its title and client for the screen, and a clear "no such
// job" before a wrong id is saved. When TrackerRMS cannot be asked right now, the id is kept without a title.
import { AppError, validationError } from '../../shared/errors'
import type { ConnectionService } from './connection-service'
import type { TrackerJobLookup } from './jobs-service'

export function trackerJobLookup(connection: ConnectionService): TrackerJobLookup {
  return async (id) => {
    if (!connection.isConnected()) return null
    try {
      const job = await connection.client().getOpportunity(id)
      return { title: job.title, clientName: job.clientName }
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found')
        throw validationError('trackerJobId', `TrackerRMS has no job with id ${id}. Check the job's id in TrackerRMS.`)
      if (error instanceof AppError && ['offline', 'transient', 'rate_limited', 'conflict'].includes(error.code)) return null
      throw error
    }
  }
}
