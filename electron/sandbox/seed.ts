// Seeds: `empty`, and `demo` (12 jobs of which 10 open, 200 candidates with international names, some sharing a
// name, some LinkedIn URLs in odd forms, some already on job lists). Deterministic: the same data on every run.
import { emptyData } from './data'
import type { SandboxStore } from './store'
import { patchFromInput } from './resource-fields'
import { COMPANIES, CULTURES, DEMO_JOBS, JOB_TITLES, SOURCES } from './seed-data'
import { mulberry32, pick } from './prng'
import type { ResourceInput } from './types'

export const SEEDS = ['demo', 'empty'] as const
export type SeedName = (typeof SEEDS)[number]

const DEMO_CANDIDATES = 200
const DEMO_BASE = Date.parse('2026-01-15T09:00:00Z')
const DAY = 24 * 3600 * 1000

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ь: '',
  ъ: ''
}

/** "Łukasz Dąbrowska" → "lukasz.dabrowska"-style ASCII for emails and LinkedIn slugs. */
function asciiSlug(text: string, separator = '.'): string {
  return [...text.toLowerCase().replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/ß/g, 'ss').normalize('NFD')]
    .map((ch) => CYRILLIC[ch] ?? ch)
    .join('')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '')
}

/** LinkedIn profile URLs as people paste them: country subdomain, trailing slash, query, upper case, no scheme. */
function linkedInForm(slug: string, form: number): string {
  switch (form) {
    case 0:
      return `https://www.linkedin.com/in/${slug}`
    case 1:
      return `https://uk.linkedin.com/in/${slug}/`
    case 2:
      return `https://www.linkedin.com/in/${slug}?trk=public_profile_browsemap`
    case 3:
      return `HTTPS://WWW.LINKEDIN.COM/IN/${slug.toUpperCase()}`
    case 4:
      return `linkedin.com/in/${slug}/`
    default:
      return `http://de.linkedin.com/in/${slug}#experience`
  }
}

/** One plausible person; `dates` draws the created and updated times (at the same point in the draws as the demo always has). */
function plausiblePerson(random: () => number, dates: () => { createdAt: number; updatedAt: number }): ResourceInput {
  const culture = pick(random, CULTURES)
  const place = pick(random, culture.places)
  const firstName = pick(random, culture.first)
  const surname = pick(random, culture.last)
  const { createdAt, updatedAt } = dates()
  const local = `${asciiSlug(firstName)}.${asciiSlug(surname)}${random() < 0.3 ? Math.floor(random() * 90 + 10) : ''}`
  const email =
    random() < 0.75 ? (random() < 0.15 ? `${local}@${culture.emailDomain}`.replace(/^./, (c) => c.toUpperCase()) : `${local}@${culture.emailDomain}`) : null
  const slug = `${asciiSlug(firstName, '-')}-${asciiSlug(surname, '-')}-${Math.floor(random() * 0xfffff).toString(16)}`
  return {
    firstName,
    surname,
    email,
    mobilePhone: random() < 0.6 ? culture.phone(random) : null,
    linkedInUrl: random() < 0.5 ? linkedInForm(slug, Math.floor(random() * 6)) : null,
    jobTitle: random() < 0.85 ? pick(random, JOB_TITLES) : null,
    company: pick(random, COMPANIES),
    source: pick(random, SOURCES),
    city: place.city,
    state: place.state,
    country: culture.country,
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(updatedAt).toISOString()
  }
}

function demoCandidates(random: () => number): ResourceInput[] {
  const people: ResourceInput[] = []
  for (let i = 0; i < DEMO_CANDIDATES; i++) {
    people.push(
      plausiblePerson(random, () => {
        const createdAt = DEMO_BASE - Math.floor(random() * 500 * DAY)
        return { createdAt, updatedAt: Math.min(DEMO_BASE, createdAt + Math.floor(random() * 120 * DAY)) }
      })
    )
  }
  // Some people share a full name with someone else (different email and phone): the duplicate rule must not
  // merge them by email, and must match them by name. And the classic near miss: "Steve Lu" vs "Steven Lu".
  for (let i = 0; i < 8; i++) {
    const from = people[Math.floor(random() * 100)]
    const to = people[100 + Math.floor(random() * 100)]
    to.firstName = from.firstName
    to.surname = from.surname
  }
  Object.assign(people[17], { firstName: 'Steve', surname: 'Lu', country: 'United States', city: 'Seattle', state: 'WA' })
  Object.assign(people[18], { firstName: 'Steven', surname: 'Lu', country: 'United States', city: 'Seattle', state: 'WA' })
  // Oldest first, as ids are handed out in creation order.
  return people.sort((a, b) => Date.parse(a.createdAt as string) - Date.parse(b.createdAt as string))
}

/** Records a day in a generated TrackerRMS: how densely `generatedCandidates` spreads the updated times. */
const GENERATED_UPDATES_PER_DAY = 100

/**
 * `count` plausible candidates for a large TrackerRMS (benchmarks, resumable-read tests): the demo's names (so
 * many share a full name: about a thousand distinct ones), an email on three in four (unique), phones and LinkedIn URLs
 * as people type them, and updated times spread evenly over the days before `endMs`, about
 * GENERATED_UPDATES_PER_DAY a day (the newest shortly before `endMs`), each created up to 120 days before its last
 * update. Oldest first, so ids follow creation order. Deterministic for a given `seed` and `endMs`.
 */
function generatedCandidates(count: number, endMs: number, seed = 20261207): ResourceInput[] {
  const random = mulberry32(seed)
  const spanMs = Math.max(1, (count / GENERATED_UPDATES_PER_DAY) * DAY)
  const people: ResourceInput[] = []
  for (let i = 0; i < count; i++) {
    const person = plausiblePerson(random, () => {
      const updatedAt = endMs - 60_000 - Math.floor(random() * spanMs)
      return { createdAt: updatedAt - Math.floor(random() * 120 * DAY), updatedAt }
    })
    // Unique emails: many people share a name, not an address.
    if (person.email) person.email = person.email.replace('@', `.${i.toString(36)}@`)
    people.push(person)
  }
  return people.sort((a, b) => Date.parse(a.createdAt as string) - Date.parse(b.createdAt as string))
}

/** Adds `count` generated candidates (generatedCandidates) to the store, after those it holds; returns how many it holds. */
export function addGeneratedCandidates(store: SandboxStore, count: number, seed?: number): number {
  for (const person of generatedCandidates(count, Date.parse(store.iso()), seed)) addInput(store, person)
  return store.data.resources.length
}

/** A candidate as a TrackerRMS user would type it in (the friendly ResourceInput: `city` is stored as `town`). */
export const addInput = (store: SandboxStore, input: ResourceInput) =>
  store.addResource(patchFromInput(input), { createdAt: input.createdAt, updatedAt: input.updatedAt })

/** Replaces the store's records with a seed; the account (token, Widget key, users, profile) stays as it is. */
export function applySeed(store: SandboxStore, seed: SeedName): void {
  store.replace(emptyData(store.account))
  if (seed === 'empty') return
  const random = mulberry32(20260115)
  for (const job of DEMO_JOBS) {
    const opportunity = store.addOpportunity(job)
    opportunity.createdAt = opportunity.updatedAt = new Date(DEMO_BASE - 30 * DAY).toISOString()
  }
  for (const person of demoCandidates(random)) addInput(store, person)
  const open = store.data.opportunities.filter((o) => o.open)
  for (let i = 0; i < 25; i++) {
    const resource = store.data.resources[Math.floor(random() * store.data.resources.length)]
    store.addToList(resource, { opportunityId: pick(random, open).id, list: random() < 0.7 ? 'long' : 'short', shortlistedBy: 'user', source: 'Seed' })
  }
  for (const resource of store.data.resources) for (const entry of resource.jobLists) entry.addedAt = resource.updatedAt
}
