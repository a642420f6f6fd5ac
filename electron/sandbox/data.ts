// The shape of the sandbox's data (also the state file's, version 2): the account, which reset and seed keep, and the
// records, which they replace.
import type { SandboxProfile } from './profile'
import type { SandboxJobListEntry, SandboxOpportunity, SandboxResource, SandboxUser } from './types'

/** What reset and seed keep. */
export interface SandboxAccount {
  /** The current REST API token (null after a revoke) and every token that no longer works. */
  token: string | null
  revokedTokens: string[]
  /** The support-issued Widget API key (null after a revoke). */
  widgetKey: string | null
  /** The OAuth token (a GUID) the Widget host issued, for W1/W2. */
  oauthToken: string
  users: SandboxUser[]
  profile: SandboxProfile
}

export interface SandboxData {
  version: 2
  account: SandboxAccount
  nextResourceId: number
  nextOpportunityId: number
  nextDocumentId: number
  nextApplicationId: number
  nextClientId: number
  clients: Record<string, number>
  resources: SandboxResource[]
  opportunities: SandboxOpportunity[]
}

const FIRST_RESOURCE_ID = 10_001
const FIRST_OPPORTUNITY_ID = 5_001

export function emptyData(account: SandboxAccount): SandboxData {
  return {
    version: 2,
    account,
    nextResourceId: FIRST_RESOURCE_ID,
    nextOpportunityId: FIRST_OPPORTUNITY_ID,
    nextDocumentId: 1,
    nextApplicationId: 1,
    nextClientId: 1,
    clients: {},
    resources: [],
    opportunities: []
  }
}

/** "Long List", "Short List" or "Applied" (a candidate's own application, §4.12). */
export const listStatusName = (entry: SandboxJobListEntry) =>
  entry.shortlistedBy === 'resource' ? 'Applied' : entry.list === 'short' ? 'Short List' : 'Long List'
