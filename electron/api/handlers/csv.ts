// The CSV import wizard and CSV exports. Files are named by upload / download id; paths never cross the contract.
import type { MappingChoice } from '../../../shared/api'
import type { ExplicitMapping } from '../../../shared/csv'
import type { Core } from '../../core'
import type { Handler } from '../types'

/** The wizard's column choices as the core's mapping (header -> field, null to leave a column out). */
function toMapping(choices: MappingChoice[] | undefined): ExplicitMapping | undefined {
  return choices ? Object.fromEntries(choices.map((c) => [c.header, c.field])) : undefined
}

const stamp = () => new Date().toISOString().slice(0, 10)
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'job'

export const csvInspect: Handler<'csv.inspect'> = (core, { fileId, mapping, mappingName, encoding, sheet }, app) =>
  core.csv.inspect(app.files.path(fileId), { mapping: toMapping(mapping), mappingName, encoding, sheet })

export const csvPreview: Handler<'csv.preview'> = (core, { fileId, mapping, ...options }, app) =>
  core.csv.preview(app.files.path(fileId), { ...options, mapping: toMapping(mapping) })

export const csvApply: Handler<'csv.apply'> = (core, { fileId, mapping, ...options }, app) =>
  core.csv.apply(app.files.path(fileId), { ...options, mapping: toMapping(mapping) })

export const csvUndoLast: Handler<'csv.undoLast'> = (core) => core.csv.undoLast()

export const csvImports: Handler<'csv.imports'> = (core, { limit }) => core.csv.listImports(limit)

export const csvMappings: Handler<'csv.mappings'> = (core) => core.csv.listMappings()

export const csvDeleteMapping: Handler<'csv.deleteMapping'> = (core, { name }) => {
  core.csv.deleteMapping(name)
  return { deleted: true as const }
}

export const csvTemplate: Handler<'csv.template'> = async (core, _input, app) => {
  const file = app.files.prepare('tracker-sync-template.csv')
  await core.csv.writeTemplate(file.path)
  return file.done()
}

export const csvExport: Handler<'csv.export'> = async (core: Core, { jobId, ...scope }, app) => {
  const title = jobId === null ? 'all-candidates' : slug(core.jobs.get(jobId).title)
  const file = app.files.prepare(`tracker-sync-${title}-${stamp()}.csv`)
  const result = await core.csv.exportCsv(file.path, { jobId, scope })
  return { ...file.done(), rows: result.rows }
}
