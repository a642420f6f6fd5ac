import type { CandidateFields } from '../../shared/domain'

/** A candidate's fields with only a full name, and whatever `extra` sets. */
export const personNamed = (fullName: string, extra: Partial<CandidateFields> = {}): CandidateFields => ({
  firstName: null,
  lastName: null,
  fullName,
  email: null,
  phone: null,
  linkedinUrl: null,
  city: null,
  state: null,
  country: null,
  currentTitle: null,
  currentCompany: null,
  summary: null,
  experience: null,
  education: null,
  skills: null,
  notes: null,
  ...extra
})
