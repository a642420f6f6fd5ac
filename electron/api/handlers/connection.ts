// Connect / Settings: the connection as the screen shows it (never the token), connect, disconnect, health, the demo.
import type { ConnectionView, RegionOption } from '../../../shared/api'
import { REGIONS } from '../../../shared/domain'
import type { Core } from '../../core'
import { writeOutputFile } from '../../lib/safe-output'
import { REGION_HOSTS, REGION_LABELS } from '../../trackerrms/regions'
import type { Handler, HostServices } from '../types'

const REGION_OPTIONS: RegionOption[] = REGIONS.map((region) =>
  region === 'custom'
    ? { region, label: 'Custom addresses', restUrl: null, widgetUrl: null, webHost: null }
    : { region, label: REGION_LABELS[region], ...REGION_HOSTS[region] }
)

function connectionView(core: Core, app: HostServices): ConnectionView {
  return { ...core.connection.info(), regions: REGION_OPTIONS, demo: app.demo.status() }
}

export const connectionGet: Handler<'connection.get'> = async (core, _input, app) => {
  // The screens learn here when the token has gone from the keychain behind the app's back.
  await core.connection.checkToken()
  return connectionView(core, app)
}

export const connectionConnect: Handler<'connection.connect'> = async (core, input, app) => {
  await core.connection.connect(input)
  return connectionView(core, app)
}

export const connectionDisconnect: Handler<'connection.disconnect'> = async (core, _input, app) => {
  await core.connection.disconnect()
  return connectionView(core, app)
}

export const connectionHealth: Handler<'connection.health'> = (core) => core.connection.health()

export const connectionTryDemo: Handler<'connection.tryDemo'> = async (core, _input, app) => {
  await app.demo.start()
  return connectionView(core, app)
}

export const connectionReport: Handler<'connection.report'> = async (core, { createTestRecords, trackerJobId }, app) => {
  const report = await core.connection.report({ writes: createTestRecords, trackerJobId: createTestRecords ? (trackerJobId ?? null) : null })
  const file = app.files.prepare(`tracker-sync-connection-report-${report.createdAt.slice(0, 19).replace(/[:T]/g, '-')}.json`)
  await writeOutputFile(file.path, `${JSON.stringify(report, null, 2)}\n`)
  return { ...file.done(), steps: report.steps.length, failedSteps: report.steps.filter((s) => s.error).map((s) => s.id) }
}

export const trackerLookupJob: Handler<'tracker.lookupJob'> = async (core, { trackerJobId: id }) => {
  if (!core.connection.isConnected()) return { state: 'not_connected', id, message: 'Connect to TrackerRMS to check this job id.' }
  try {
    const job = await core.connection.client().getOpportunity(id)
    return { state: 'found', id, title: job.title, clientName: job.clientName, status: job.status, city: job.city }
  } catch (error) {
    const code = (error as { code?: string }).code
    const message = error instanceof Error ? error.message : String(error)
    if (code === 'not_found') return { state: 'not_found', id, message: `TrackerRMS has no job with id ${id}.` }
    if (code && ['offline', 'transient', 'rate_limited', 'auth', 'conflict', 'rejected'].includes(code)) return { state: 'unavailable', id, message }
    throw error
  }
}
