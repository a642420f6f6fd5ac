// The sandbox's data: resources, opportunities and their ids, in memory, optionally persisted to a JSON file
// (demo mode keeps what the user sent between runs). Writes are batched and atomic (temp file + rename).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { OpportunityInput, ResourceInput, SandboxDocument, SandboxJobListEntry, SandboxOpportunity, SandboxResource } from './types'

export interface SandboxData {
  version: 1
  /** The current API token (null after a revoke) and every token that no longer works. */
  token: string | null
  revokedTokens: string[]
  nextResourceId: number
  nextOpportunityId: number
  nextDocumentId: number
  nextClientId: number
  clients: Record<string, number>
  resources: SandboxResource[]
  opportunities: SandboxOpportunity[]
}

export const FIRST_RESOURCE_ID = 10_001
export const FIRST_OPPORTUNITY_ID = 5_001

export function emptyData(token: string | null): SandboxData {
  return {
    version: 1,
    token,
    revokedTokens: [],
    nextResourceId: FIRST_RESOURCE_ID,
    nextOpportunityId: FIRST_OPPORTUNITY_ID,
    nextDocumentId: 1,
    nextClientId: 1,
    clients: {},
    resources: [],
    opportunities: []
  }
}

const clean = (value: string | null | undefined): string | null => {
  const text = typeof value === 'string' ? value.trim() : ''
  return text === '' ? null : text
}

export class SandboxStore {
  data: SandboxData
  private readonly byId = new Map<number, SandboxResource>()
  private saveTimer: NodeJS.Timeout | null = null

  constructor(
    private readonly now: () => number,
    private readonly statePath?: string
  ) {
    this.data = emptyData(null)
  }

  iso(): string {
    return new Date(this.now()).toISOString()
  }

  /** Loads the state file if there is one; false if there is none. */
  load(): boolean {
    if (!this.statePath || !existsSync(this.statePath)) return false
    const parsed = JSON.parse(readFileSync(this.statePath, 'utf8')) as SandboxData
    if (parsed.version !== 1) throw new Error(`${this.statePath} is not a sandbox state file (version ${String(parsed.version)}).`)
    this.replace(parsed)
    return true
  }

  replace(data: SandboxData): void {
    this.data = data
    this.byId.clear()
    for (const resource of data.resources) this.byId.set(resource.id, resource)
    this.changed()
  }

  resource(id: number): SandboxResource | null {
    return this.byId.get(id) ?? null
  }

  opportunity(id: number): SandboxOpportunity | null {
    return this.data.opportunities.find((o) => o.id === id) ?? null
  }

  private clientFor(name: string | null): { id: number; name: string } | null {
    if (!name) return null
    const key = name.toLowerCase()
    this.data.clients[key] ??= this.data.nextClientId++
    return { id: this.data.clients[key], name }
  }

  addResource(input: ResourceInput, ignoredFields: string[] = []): SandboxResource {
    const at = this.iso()
    const resource: SandboxResource = {
      id: this.data.nextResourceId++,
      firstName: clean(input.firstName),
      surname: clean(input.surname),
      jobTitle: clean(input.jobTitle),
      linkedInUrl: clean(input.linkedInUrl),
      source: clean(input.source),
      currentClient: this.clientFor(clean(input.company)),
      contactDetails: { email: clean(input.email), mobilePhone: clean(input.mobilePhone) },
      address: { city: clean(input.city), state: clean(input.state), country: clean(input.country) },
      createdAt: input.createdAt ?? at,
      updatedAt: input.updatedAt ?? input.createdAt ?? at,
      documents: [],
      jobLists: [],
      ignoredFields
    }
    this.data.resources.push(resource)
    this.byId.set(resource.id, resource)
    this.changed()
    return resource
  }

  /** Changes fields as a TrackerRMS user editing the record would; moves its updated time to now. */
  updateResource(id: number, patch: ResourceInput): SandboxResource | null {
    const resource = this.resource(id)
    if (!resource) return null
    const has = (key: keyof ResourceInput) => Object.prototype.hasOwnProperty.call(patch, key)
    for (const key of ['firstName', 'surname', 'jobTitle', 'linkedInUrl', 'source'] as const) if (has(key)) resource[key] = clean(patch[key])
    if (has('company')) resource.currentClient = this.clientFor(clean(patch.company))
    if (has('email')) resource.contactDetails.email = clean(patch.email)
    if (has('mobilePhone')) resource.contactDetails.mobilePhone = clean(patch.mobilePhone)
    for (const key of ['city', 'state', 'country'] as const) if (has(key)) resource.address[key] = clean(patch[key])
    resource.updatedAt = patch.updatedAt ?? this.iso()
    this.changed()
    return resource
  }

  deleteResource(id: number): boolean {
    const index = this.data.resources.findIndex((r) => r.id === id)
    if (index === -1) return false
    this.data.resources.splice(index, 1)
    this.byId.delete(id)
    this.changed()
    return true
  }

  addOpportunity(input: OpportunityInput): SandboxOpportunity {
    const at = this.iso()
    const open = input.open ?? (input.status ? /^open$/i.test(input.status) : true)
    const opportunity: SandboxOpportunity = {
      id: this.data.nextOpportunityId++,
      name: input.name,
      clientName: clean(input.clientName),
      status: input.status ?? (open ? 'Open' : 'Closed'),
      open,
      city: clean(input.city),
      createdAt: at,
      updatedAt: at
    }
    this.data.opportunities.push(opportunity)
    this.changed()
    return opportunity
  }

  attachDocument(resource: SandboxResource, doc: Omit<SandboxDocument, 'id' | 'attachedAt'>): SandboxDocument {
    if (doc.primary) for (const other of resource.documents) other.primary = false
    const document: SandboxDocument = { ...doc, id: this.data.nextDocumentId++, attachedAt: this.iso() }
    resource.documents.push(document)
    this.changed()
    return document
  }

  /** False if the resource is already on that job's list (TrackerRMS: "record exists"). */
  addToList(resource: SandboxResource, entry: Omit<SandboxJobListEntry, 'addedAt'>): boolean {
    if (resource.jobLists.some((e) => e.opportunityId === entry.opportunityId)) return false
    resource.jobLists.push({ ...entry, addedAt: this.iso() })
    this.changed()
    return true
  }

  /** Something changed: persist soon (batched), if there is a state file. */
  changed(): void {
    if (!this.statePath || this.saveTimer) return
    this.saveTimer = setTimeout(() => this.flush(), 50)
  }

  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
    if (!this.statePath) return
    const temp = `${this.statePath}.tmp`
    writeFileSync(temp, JSON.stringify(this.data))
    renameSync(temp, this.statePath)
  }
}
