// Plausible, deterministic data for the screens: a few jobs and a few hundred candidates, added through the API.
import { apiCall, type RunningHost } from './host'

const FIRST = [
  'Amara',
  'Bruno',
  'Chen',
  'Dana',
  'Érika',
  'Farid',
  'Grace',
  'Hiro',
  'Ivana',
  'Jonas',
  'Kemi',
  'Lena',
  'Mateo',
  'Nadia',
  'Olga',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomás'
]
const LAST = [
  'Okafor',
  'Díaz',
  'Wei',
  'Brennan',
  'Santos',
  'Haddad',
  'Hopper',
  'Tanaka',
  'Petrova',
  'Lindqvist',
  'Adeyemi',
  'Nowak',
  'Rossi',
  'Karimi',
  'Ivanova',
  'Raman',
  'Moreau',
  'García',
  'Berg',
  'Costa'
]
export const COMPANIES = ['Acme Health', 'Globex', 'Initech', 'Northwind', 'Umbrella Clinics', 'Vandelay']
const TITLES = ['Staff Nurse', 'ICU Nurse', 'Backend Engineer', 'Ward Manager', 'Data Engineer', 'Charge Nurse']
const PLACES: [string, string | null, string][] = [
  ['London', null, 'UK'],
  ['Berlin', null, 'Germany'],
  ['Austin', 'TX', 'USA'],
  ['Toronto', 'ON', 'Canada'],
  ['Lyon', null, 'France']
]

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase()

export interface SeededCandidate {
  id: number
  fullName: string
  company: string
  jobId: number
}

/** `count` candidates spread over the jobs, round robin. Returns them in creation order. */
export async function seedCandidates(host: RunningHost, jobIds: number[], count: number, offset = 0): Promise<SeededCandidate[]> {
  const out: SeededCandidate[] = []
  for (let n = offset; n < offset + count; n++) {
    const first = FIRST[n % FIRST.length]
    const last = LAST[Math.floor(n / FIRST.length) % LAST.length]
    const company = COMPANIES[n % COMPANIES.length]
    const [city, state, country] = PLACES[n % PLACES.length]
    const jobId = jobIds[n % jobIds.length]
    const created = await apiCall<{ id: number }>(host, 'candidates.create', {
      jobId,
      fullName: `${first} ${last}`,
      email: `${ascii(first)}.${ascii(last)}${n}@example.com`,
      phone: `+44 20 7946 ${String(1000 + n).slice(-4)}`,
      currentTitle: TITLES[n % TITLES.length],
      currentCompany: company,
      city,
      state,
      country
    })
    out.push({ id: created.id, fullName: `${first} ${last}`, company, jobId })
  }
  return out
}
