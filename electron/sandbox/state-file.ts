// The state file: the sandbox's data as JSON, written atomically (temp file + rename). Demo mode keeps one per data
// folder, so a file from the earlier sandbox (version 1: `city`/`state` addresses, no Widget key or users) is
// converted rather than refused.
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { emptyData, type SandboxAccount, type SandboxData } from './data'
import { DEFAULT_PROFILE, mergeProfile, type SandboxProfile } from './profile'
import type { SandboxJobListEntry, SandboxResource } from './types'

/** The data in `path`, or null when there is no file. `account` fills what a version-1 file lacks. */
export function loadState(path: string, account: SandboxAccount): SandboxData | null {
  if (!existsSync(path)) return null
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }
  if (parsed.version === 2) {
    const data = parsed as SandboxData
    data.account.profile = savedProfile(data.account.profile)
    return data
  }
  if (parsed.version === 1) return fromVersion1(parsed as Version1, account)
  throw new Error(`${path} is not a sandbox state file (version ${String(parsed.version)}).`)
}

export function saveState(path: string, data: SandboxData): void {
  const temp = `${path}.tmp`
  // Owner-only: the state holds the account's token (the in-app demo keeps it in the user's data folder).
  writeFileSync(temp, JSON.stringify(data), { mode: 0o600 })
  chmodSync(temp, 0o600)
  renameSync(temp, path)
}

/** A saved profile with today's dimensions: settings it lacks take the default; ones no longer known are dropped. */
function savedProfile(saved: Partial<SandboxProfile> | undefined): SandboxProfile {
  let profile = mergeProfile(DEFAULT_PROFILE, {})
  for (const [key, value] of Object.entries(saved ?? {})) {
    try {
      profile = mergeProfile(profile, { [key]: value })
    } catch {
      // a setting this version does not know (or no longer allows): keep the default
    }
  }
  return profile
}

type OldResource = Omit<SandboxResource, 'address' | 'contactDetails' | 'jobLists' | 'note' | 'tagText'> & {
  contactDetails: { email: string | null; mobilePhone: string | null }
  address: { city: string | null; state: string | null; country: string | null }
  jobLists: (Omit<SandboxJobListEntry, 'opportunityResourceId' | 'shortlistedBy'> & { shortlistedBy: string | null })[]
}

interface Version1 {
  token: string | null
  revokedTokens: string[]
  nextResourceId: number
  nextOpportunityId: number
  nextDocumentId: number
  nextClientId: number
  clients: Record<string, number>
  resources: OldResource[]
  opportunities: (Omit<SandboxData['opportunities'][number], 'state' | 'publishOnline'> & { state?: string | null })[]
}

function fromVersion1(old: Version1, account: SandboxAccount): SandboxData {
  const data = emptyData({ ...account, token: old.token, revokedTokens: old.revokedTokens })
  Object.assign(data, {
    nextResourceId: old.nextResourceId,
    nextOpportunityId: old.nextOpportunityId,
    nextDocumentId: old.nextDocumentId,
    nextClientId: old.nextClientId,
    clients: old.clients
  })
  data.opportunities = old.opportunities.map((o) => ({ ...o, state: o.state ?? null, publishOnline: false }))
  data.resources = old.resources.map(({ address, contactDetails, jobLists, ...rest }) => ({
    ...rest,
    note: null,
    tagText: null,
    contactDetails: { ...contactDetails, telephone: null },
    address: { addressLine1: null, addressLine2: null, town: address.city, county: address.state, postcode: null, country: address.country },
    jobLists: jobLists.map((entry) => ({
      ...entry,
      opportunityResourceId: data.nextApplicationId++,
      shortlistedBy: entry.shortlistedBy === 'resource' ? 'resource' : 'user'
    }))
  }))
  return data
}
