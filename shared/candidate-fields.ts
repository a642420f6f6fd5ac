// Cleaning and checking the fields of one candidate, wherever they come from (a form, the CLI, a CSV row).
import { controlCharacterProblem } from './control-characters'
import type { CandidateFields } from './domain'
import { joinName, splitFullName } from './names'
import { checkEmail } from './normalize/email'
import { isLinkedInProfileUrl } from './normalize/linkedin'

export const CANDIDATE_FIELD_LABELS: Record<keyof CandidateFields, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  fullName: 'Full name',
  email: 'Email',
  phone: 'Phone',
  linkedinUrl: 'LinkedIn URL',
  city: 'City',
  state: 'State',
  country: 'Country',
  currentTitle: 'Current title',
  currentCompany: 'Current company',
  summary: 'Summary',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  notes: 'Notes'
}

/** Longest value accepted per field; longer values are errors, never silently cut. */
export const CANDIDATE_FIELD_MAX: Record<keyof CandidateFields, number> = {
  firstName: 100,
  lastName: 100,
  fullName: 200,
  email: 254,
  phone: 50,
  linkedinUrl: 500,
  city: 100,
  state: 100,
  country: 100,
  currentTitle: 200,
  currentCompany: 200,
  summary: 20_000,
  experience: 20_000,
  education: 20_000,
  skills: 5_000,
  notes: 20_000
}

export const CANDIDATE_FIELDS = Object.keys(CANDIDATE_FIELD_LABELS) as (keyof CandidateFields)[]

/** Fields of several lines (a text area in "Add candidate"): they keep tabs and line breaks; the others are one line. */
export const MULTILINE_CANDIDATE_FIELDS: readonly (keyof CandidateFields)[] = ['summary', 'experience', 'education', 'skills', 'notes']

/** "Full name contains the control character U+001B (ESC) at character 4: remove it.", or null. */
export function candidateControlProblem(field: keyof CandidateFields, value: string): string | null {
  const problem = controlCharacterProblem(value, MULTILINE_CANDIDATE_FIELDS.includes(field))
  return problem && `${CANDIDATE_FIELD_LABELS[field]} ${problem}.`
}

export type CandidateInput = Partial<Record<keyof CandidateFields, string | null | undefined>>

interface FieldProblem {
  field: keyof CandidateFields
  message: string
}

export type CleanedCandidate = { ok: true; fields: CandidateFields } | { ok: false; errors: FieldProblem[] }

/** A value as quoted in a message: cut short so that a megabyte cell never ends up in an error list. */
export const quoted = (value: string, max = 80): string => `"${value.length > max ? `${value.slice(0, max)}…` : value}"`

const clean = (value: string | null | undefined): string | null => {
  if (value == null || value === '') return null
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

/** Whitespace that is not a single plain space: only then does a name need its spacing folded. */
const UNEVEN_SPACING = /\s\s|[^\S ]/

/**
 * Trims every field, completes the name (full from first+last, or first+last from full) and checks the rest.
 * Values are kept as the user typed them (after trimming); duplicate keys are derived separately.
 * Called once per row of an import (100,000+ times), so it builds one object and avoids work a value does not need.
 */
export function cleanCandidateFields(input: CandidateInput): CleanedCandidate {
  // In CANDIDATE_FIELDS order (the key order callers see).
  const fields: Record<keyof CandidateFields, string | null> = {
    firstName: clean(input.firstName),
    lastName: clean(input.lastName),
    fullName: clean(input.fullName),
    email: clean(input.email),
    phone: clean(input.phone),
    linkedinUrl: clean(input.linkedinUrl),
    city: clean(input.city),
    state: clean(input.state),
    country: clean(input.country),
    currentTitle: clean(input.currentTitle),
    currentCompany: clean(input.currentCompany),
    summary: clean(input.summary),
    experience: clean(input.experience),
    education: clean(input.education),
    skills: clean(input.skills),
    notes: clean(input.notes)
  }
  const errors: FieldProblem[] = []
  // Before the name is completed and its spacing folded: a line break in a name is refused, not made a space.
  for (let i = 0; i < CANDIDATE_FIELDS.length; i++) {
    const field = CANDIDATE_FIELDS[i]
    const value = fields[field]
    const message = value === null ? null : candidateControlProblem(field, value)
    if (message) errors.push({ field, message })
  }

  if (!fields.fullName) fields.fullName = clean(joinName(fields.firstName, fields.lastName))
  if (!fields.fullName) {
    errors.push({ field: 'fullName', message: 'A candidate needs a name: give a full name, or a first and last name.' })
  } else if (!fields.firstName && !fields.lastName) {
    const split = splitFullName(fields.fullName)
    fields.firstName = clean(split.firstName)
    fields.lastName = clean(split.lastName)
  }
  if (fields.fullName && UNEVEN_SPACING.test(fields.fullName)) fields.fullName = fields.fullName.replace(/\s+/gu, ' ')

  if (fields.email) {
    const check = checkEmail(fields.email)
    if (!check.ok) errors.push({ field: 'email', message: `Email ${quoted(fields.email)} ${check.reason}.` })
  }
  if (fields.linkedinUrl && !isLinkedInProfileUrl(fields.linkedinUrl)) {
    errors.push({
      field: 'linkedinUrl',
      message: `LinkedIn URL ${quoted(fields.linkedinUrl)} is not a LinkedIn profile address (expected linkedin.com/in/…).`
    })
  }
  for (let i = 0; i < CANDIDATE_FIELDS.length; i++) {
    const field = CANDIDATE_FIELDS[i]
    const value = fields[field]
    if (value !== null && value.length > CANDIDATE_FIELD_MAX[field]) {
      errors.push({
        field,
        message: `${CANDIDATE_FIELD_LABELS[field]} is ${value.length} characters long; the most is ${CANDIDATE_FIELD_MAX[field]}.`
      })
    }
  }
  if (errors.length) return { ok: false, errors }
  return { ok: true, fields: fields as CandidateFields }
}
