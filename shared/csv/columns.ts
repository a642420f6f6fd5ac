// THE column list of Tracker Sync's CSV files. It drives the template, the importer's automatic mapping, the
// exporter and the docs; nothing else lists the columns. Pure: no Node, Electron or DOM.
import type { CandidateFields, SyncStatus } from '../domain'

/** What a template column holds: a candidate field, the candidate's stage in the job, or its TrackerRMS id. */
export type CsvField = keyof CandidateFields | 'stage' | 'trackerId'

/** What an imported column can fill: a template field, or a part of one that only imports have (see IMPORT_ONLY_COLUMNS). */
export type ImportField = CsvField | 'middleName'

export interface CsvColumn<F extends ImportField = CsvField> {
  field: F
  /** The header in the template and in exports. */
  header: string
  /** One line for the docs and the mapping step of the import wizard. */
  description: string
  /** The template's example row (empty where an example would do harm, e.g. a TrackerRMS id). */
  example: string
}

/** Template columns, in file order. Exports write these first. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { field: 'firstName', header: 'First Name', description: 'Given name(s).', example: 'Ann Marie' },
  { field: 'lastName', header: 'Last Name', description: 'Family name.', example: 'Lee' },
  {
    field: 'fullName',
    header: 'Full Name',
    description: 'Needed unless First Name or Last Name is given; the duplicate check compares it exactly.',
    example: 'Ann Marie Lee'
  },
  { field: 'email', header: 'Email', description: 'One address (of several, the first is kept).', example: 'ann.lee@example.com' },
  { field: 'phone', header: 'Phone', description: 'As you would dial it.', example: '07700 900123' },
  {
    field: 'linkedinUrl',
    header: 'LinkedIn URL',
    description: 'A profile address, linkedin.com/in/….',
    example: 'https://www.linkedin.com/in/ann-marie-lee'
  },
  { field: 'city', header: 'City', description: 'Town or city.', example: 'Leeds' },
  { field: 'state', header: 'State', description: 'State, county or province.', example: 'West Yorkshire' },
  { field: 'country', header: 'Country', description: 'Country.', example: 'United Kingdom' },
  { field: 'currentTitle', header: 'Current Title', description: 'Current job title.', example: 'Staff Nurse' },
  { field: 'currentCompany', header: 'Current Company', description: 'Current employer.', example: "St Mary's Hospital" },
  {
    field: 'stage',
    header: 'Stage',
    description:
      'Sourced (default), In sequence, Replied, Interested or Not interested. Recorded as history: no outreach event, nothing is sent to TrackerRMS.',
    example: 'Sourced'
  },
  {
    field: 'trackerId',
    header: 'TrackerRMS ID',
    description: 'The TrackerRMS record id (a whole number) of a candidate already in TrackerRMS; it is then never created there again.',
    example: ''
  },
  { field: 'summary', header: 'Summary', description: 'Profile summary.', example: 'ICU nurse, 8 years in critical care.' },
  { field: 'experience', header: 'Experience', description: 'Work history.', example: '2019–now: Staff Nurse, St Mary\u2019s Hospital' },
  { field: 'education', header: 'Education', description: 'Qualifications.', example: 'BSc Nursing, University of Leeds' },
  { field: 'skills', header: 'Skills', description: 'Skills, any separator.', example: 'Critical care; ventilation; triage' },
  { field: 'notes', header: 'Notes', description: 'Your notes.', example: 'Prefers night shifts' }
]

/**
 * Columns only imports have: contact exports (Outlook, Google) split the given names in two, and the template's First
 * Name holds them all ("Ann Marie"), so a middle name is added to the first name rather than kept on its own.
 */
const IMPORT_ONLY_COLUMNS: readonly CsvColumn<'middleName'>[] = [
  { field: 'middleName', header: 'Middle Name', description: 'Middle name(s): imported as part of First Name (given names).', example: '' }
]

/** What a column can be imported as, in the order the wizard offers them: the template's, the middle name after First Name. */
export const IMPORT_COLUMNS: readonly CsvColumn<ImportField>[] = [CSV_COLUMNS[0], ...IMPORT_ONLY_COLUMNS, ...CSV_COLUMNS.slice(1)]

/** Columns only exports have. The importer recognises and ignores them, so an export imports cleanly. */
export const EXPORT_ONLY_COLUMNS = {
  syncStatus: { header: 'Sync Status', description: 'Not synced, Queued, Synced, Failed, or In TrackerRMS (known from a TrackerRMS import).' },
  syncedAt: { header: 'Synced At', description: 'When the candidate was created, linked or imported as a TrackerRMS record (ISO-8601, UTC).' },
  jobId: { header: 'Job ID', description: 'All-jobs exports: the job of this row (a candidate on several jobs has one row per job).' },
  job: { header: 'Job', description: 'All-jobs exports: the job title.' }
} as const

export const SYNC_STATUS_EXPORT_LABELS: Record<SyncStatus, string> = {
  not_synced: 'Not synced',
  queued: 'Queued',
  synced: 'Synced',
  failed: 'Failed',
  in_tracker: 'In TrackerRMS'
}

/** Every template field, in template order. */
export const CSV_FIELDS: readonly CsvField[] = CSV_COLUMNS.map((c) => c.field)

/** Every field a column can be imported as. */
export const IMPORT_FIELDS: readonly ImportField[] = IMPORT_COLUMNS.map((c) => c.field)

export const CSV_FIELD_HEADERS = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.field, c.header])) as Record<ImportField, string>

/** The headers of an export: the template's, then sync status and time, then (all jobs) the job. */
export function exportHeaders(allJobs: boolean): string[] {
  const extra: string[] = [EXPORT_ONLY_COLUMNS.syncStatus.header, EXPORT_ONLY_COLUMNS.syncedAt.header]
  if (allJobs) extra.push(EXPORT_ONLY_COLUMNS.jobId.header, EXPORT_ONLY_COLUMNS.job.header)
  return [...CSV_COLUMNS.map((c) => c.header), ...extra]
}
