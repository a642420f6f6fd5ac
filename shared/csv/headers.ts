// Recognising column headers: case-, accent- and punctuation-insensitive, with the synonyms that TrackerRMS exports
// and everyday spreadsheets use. "E-mail", "email address" and "EMAIL_ADDRESS" are one header here.
import { CSV_COLUMNS, EXPORT_ONLY_COLUMNS, type CsvField } from './columns'

/** A header reduced to lower-case letters and digits ("E-mail Address" -> "emailaddress"). */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * Other names per field, besides the template header. Deliberately absent: a bare "Title" (in TrackerRMS that is
 * Mr/Ms, not a job title) and "Status" (a TrackerRMS record status, not an outreach stage).
 */
const HEADER_SYNONYMS: Record<CsvField, readonly string[]> = {
  firstName: ['First', 'Firstname', 'Forename', 'Forenames', 'Given Name', 'Given Names', 'Christian Name'],
  lastName: ['Last', 'Lastname', 'Surname', 'Family Name'],
  fullName: ['Name', 'Candidate', 'Candidate Name', 'Resource Name', 'Contact Name', 'Display Name'],
  email: ['E-mail', 'Email Address', 'E-mail Address', 'Mail', 'Primary Email', 'Personal Email', 'Work Email', 'Email 1'],
  phone: [
    'Mobile',
    'Mobile Phone',
    'Mobile Number',
    'Mobile No',
    'Cell',
    'Cell Phone',
    'Cellphone',
    'Telephone',
    'Tel',
    'Phone Number',
    'Phone No',
    'Contact Number',
    'Home Phone',
    'Work Phone',
    'Direct Dial'
  ],
  linkedinUrl: ['LinkedIn', 'LinkedIn Profile', 'LinkedIn Profile URL', 'LinkedIn Link', 'LinkedIn Address', 'LinkedIn Page'],
  city: ['Town', 'Town/City', 'City/Town', 'Locality'],
  state: ['County', 'Province', 'Region', 'State/Province', 'State/County', 'County/State'],
  country: ['Nation', 'Country/Region'],
  currentTitle: ['Job Title', 'Current Job Title', 'Position', 'Current Position', 'Role', 'Current Role', 'Occupation', 'Headline'],
  currentCompany: ['Company', 'Current Employer', 'Employer', 'Company Name', 'Organisation', 'Organization', 'Current Client'],
  stage: ['Pipeline Stage', 'Outreach Stage', 'Candidate Stage'],
  trackerId: ['ID', 'Resource ID', 'ResourceID', 'Tracker ID', 'Tracker RMS ID', 'TrackerRMS Resource ID', 'Record ID'],
  summary: ['Profile', 'Profile Summary', 'About', 'Bio', 'Biography'],
  experience: ['Work History', 'Employment History', 'Work Experience', 'Career History'],
  education: ['Qualifications', 'Qualification'],
  skills: ['Skill', 'Key Skills', 'Skill Set', 'Skillset', 'Keywords'],
  notes: ['Note', 'Comments', 'Comment']
}

export type HeaderMeaning = { kind: 'field'; field: CsvField } | { kind: 'export-only' } | { kind: 'unknown' }

const FIELD_BY_KEY = new Map<string, CsvField>()
for (const column of CSV_COLUMNS) {
  for (const name of [column.header, column.field, ...HEADER_SYNONYMS[column.field]]) FIELD_BY_KEY.set(headerKey(name), column.field)
}
const EXPORT_ONLY_KEYS = new Set(Object.values(EXPORT_ONLY_COLUMNS).map((c) => headerKey(c.header)))

/** What a header means to the automatic mapping. */
export function headerMeaning(header: string): HeaderMeaning {
  const key = headerKey(header)
  const field = FIELD_BY_KEY.get(key)
  if (field) return { kind: 'field', field }
  if (EXPORT_ONLY_KEYS.has(key)) return { kind: 'export-only' }
  return { kind: 'unknown' }
}

/** Every name (key form) that maps to a field; for the test that no synonym belongs to two fields. */
export function synonymKeys(): [string, CsvField][] {
  return CSV_COLUMNS.flatMap((c) => [c.header, c.field, ...HEADER_SYNONYMS[c.field]].map((name) => [headerKey(name), c.field] as [string, CsvField]))
}
