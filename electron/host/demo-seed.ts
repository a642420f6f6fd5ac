// The local side of the demo: a few jobs and candidates in your pipeline, so a new user can map a job, move
// someone to Replied and watch them arrive in the demo TrackerRMS. Some of them are already in the demo
// TrackerRMS (the same email, LinkedIn URL or full name: linked, never created twice), and "Stephen Lu" is the
// near miss of the demo's "Steve Lu". Added only to a data folder with no jobs; nothing here fires a trigger
// (every job starts with trigger "never").
import type { Core } from '../core'
import type { SandboxResource } from '../sandbox'
import type { Stage } from '../../shared/domain'

interface Person {
  fullName: string
  email?: string | null
  phone?: string | null
  linkedinUrl?: string | null
  currentTitle?: string | null
  currentCompany?: string | null
  city?: string | null
  country?: string | null
  stage: Stage
}

const JOBS: { title: string; company: string; location: string; people: Person[] }[] = [
  {
    title: 'ICU Nurse',
    company: "St Mary's Hospital",
    location: 'Leeds',
    people: [
      {
        fullName: 'Amara Okafor',
        email: 'amara.okafor@example.co.uk',
        currentTitle: 'Staff Nurse',
        currentCompany: 'Leeds General',
        city: 'Leeds',
        country: 'United Kingdom',
        stage: 'sequence'
      },
      {
        fullName: 'Siobhan Walker',
        email: 'siobhan.walker@example.co.uk',
        currentTitle: 'ICU Nurse',
        currentCompany: 'Royal Infirmary',
        city: 'Manchester',
        country: 'United Kingdom',
        stage: 'sequence'
      },
      {
        fullName: 'Łukasz Wójcik',
        email: 'lukasz.wojcik@przyklad.pl',
        currentTitle: 'Critical Care Nurse',
        currentCompany: 'Szpital Uniwersytecki',
        city: 'Kraków',
        country: 'Poland',
        stage: 'sequence'
      },
      {
        fullName: 'Chloé Moreau',
        email: 'chloe.moreau@exemple.fr',
        currentTitle: 'Infirmière',
        currentCompany: 'CHU de Lyon',
        city: 'Lyon',
        country: 'France',
        stage: 'sequence'
      },
      {
        fullName: 'Rhys Evans',
        email: 'rhys.evans@example.co.uk',
        currentTitle: 'Charge Nurse',
        currentCompany: 'Cardiff Royal',
        city: 'Cardiff',
        country: 'United Kingdom',
        stage: 'replied'
      },
      {
        fullName: 'Ольга Петрова',
        email: 'olga.petrova@example.com',
        currentTitle: 'ICU Nurse',
        currentCompany: 'Northwind Health',
        city: 'London',
        country: 'United Kingdom',
        stage: 'sourced'
      },
      {
        fullName: 'Stephen Lu',
        email: 'stephen.lu@example.com',
        currentTitle: 'Nurse Practitioner',
        currentCompany: 'Initech Health',
        city: 'Seattle',
        country: 'United States',
        stage: 'sequence'
      }
    ]
  },
  {
    title: 'Backend Engineer (Go)',
    company: 'Hooli',
    location: 'Remote',
    people: [
      {
        fullName: 'Jonas Lindqvist',
        email: 'jonas.lindqvist@example.se',
        currentTitle: 'Senior Go Developer',
        currentCompany: 'Spotify',
        city: 'Stockholm',
        country: 'Sweden',
        stage: 'sequence'
      },
      {
        fullName: 'Priya Raman',
        email: 'priya.raman@example.com',
        currentTitle: 'Backend Engineer',
        currentCompany: 'Globex',
        city: 'Austin',
        country: 'United States',
        stage: 'sequence'
      },
      {
        fullName: 'Mateo Rossi',
        email: 'mateo.rossi@esempio.it',
        currentTitle: 'Platform Engineer',
        currentCompany: 'Initech',
        city: 'Milano',
        country: 'Italy',
        stage: 'interested'
      },
      {
        fullName: 'Kemi Adeyemi',
        email: 'kemi.adeyemi@example.com',
        currentTitle: 'Software Engineer',
        currentCompany: 'Vandelay',
        city: 'Toronto',
        country: 'Canada',
        stage: 'sourced'
      }
    ]
  },
  {
    title: 'Ward Manager',
    company: 'Umbrella Clinics',
    location: 'Manchester',
    people: [
      {
        fullName: 'Grace Hopper',
        email: 'grace.hopper@example.co.uk',
        currentTitle: 'Deputy Ward Manager',
        currentCompany: 'Umbrella Clinics',
        city: 'Manchester',
        country: 'United Kingdom',
        stage: 'sequence'
      },
      {
        fullName: 'Farid Haddad',
        email: 'farid.haddad@example.co.uk',
        currentTitle: 'Senior Sister',
        currentCompany: 'Salford Royal',
        city: 'Salford',
        country: 'United Kingdom',
        stage: 'sourced'
      }
    ]
  }
]

/** Three people the demo TrackerRMS already has, each found by a different field of the duplicate rule. */
function alreadyInTracker(resources: SandboxResource[]): Person[] {
  const byEmail = resources.find((r) => r.contactDetails.email && r.firstName && r.surname)
  const byLinkedIn = resources.find((r) => r !== byEmail && r.linkedInUrl && r.firstName && r.surname)
  const byName = resources.find((r) => r !== byEmail && r !== byLinkedIn && !r.contactDetails.email && r.firstName && r.surname)
  const person = (r: SandboxResource | undefined, fields: Partial<Person>): Person[] =>
    r
      ? [
          {
            fullName: `${r.firstName} ${r.surname}`,
            currentTitle: r.jobTitle,
            currentCompany: r.currentClient?.name ?? null,
            city: r.address.town,
            country: r.address.country,
            stage: 'sequence',
            ...fields
          }
        ]
      : []
  // Known locally by an initial ("A. Okafor"), so only the email or the LinkedIn URL can tell who they are.
  const initial = (r: SandboxResource | undefined) => (r ? `${Array.from(r.firstName ?? '')[0] ?? ''}. ${r.surname}` : '')
  return [
    // The same address in another case: the duplicate check folds case.
    ...person(byEmail, { fullName: initial(byEmail), email: byEmail?.contactDetails.email?.toUpperCase() }),
    ...person(byLinkedIn, { fullName: initial(byLinkedIn), linkedinUrl: byLinkedIn?.linkedInUrl, email: null }),
    ...person(byName, { email: null })
  ]
}

/** Adds the demo's jobs and candidates when the data folder has no jobs yet. Returns how many candidates. */
export function seedLocalDemo(core: Core, trackerResources: SandboxResource[]): number {
  if (core.jobs.list().length > 0) return 0
  const weekAgo = Date.now() - 7 * 24 * 3600 * 1000
  let n = 0
  JOBS.forEach((spec, index) => {
    const job = core.jobs.create({ title: spec.title, company: spec.company, location: spec.location })
    const people = index === 0 ? [...spec.people, ...alreadyInTracker(trackerResources)] : spec.people
    for (const { stage, ...fields } of people) {
      const candidate = core.candidates.create({ jobId: job.id, ...fields })
      n++
      // Outreach history a week old: it happened before the integration was connected, so it never fires a trigger.
      const at = (offsetMinutes: number) => new Date(weekAgo + (n * 37 + offsetMinutes) * 60_000).toISOString()
      if (stage !== 'sourced') core.outreach.recordStage({ jobId: job.id, candidateId: candidate.id, stage: 'sequence', at: at(0) })
      if (stage === 'replied' || stage === 'interested') core.outreach.recordStage({ jobId: job.id, candidateId: candidate.id, stage, at: at(90) })
    }
  })
  return n
}
