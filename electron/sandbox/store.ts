// The sandbox's data: the account (API token, Widget key, users, profile) and the records (candidates, jobs, their
// documents and job lists), in memory, optionally persisted to a JSON file (demo mode keeps what the user sent
// between runs). Writes are batched and atomic (state-file.ts).
import { emptyData, listStatusName, type SandboxAccount, type SandboxData } from './data'
import type { SandboxProfile } from './profile'
import type { ResourcePatch } from './resource-fields'
import { loadState, saveState } from './state-file'
import type { OpportunityInput, SandboxApplication, SandboxDocument, SandboxJobListEntry, SandboxOpportunity, SandboxResource } from './types'

export class SandboxStore {
  data: SandboxData
  private readonly byId = new Map<number, SandboxResource>()
  private saveTimer: NodeJS.Timeout | null = null

  constructor(
    private readonly now: () => number,
    account: SandboxAccount,
    private readonly statePath?: string
  ) {
    this.data = emptyData(account)
  }

  get account(): SandboxAccount {
    return this.data.account
  }

  get profile(): SandboxProfile {
    return this.data.account.profile
  }

  iso(): string {
    return new Date(this.now()).toISOString()
  }

  /** Loads the state file if there is one (keeping `account` for what an old file lacks); false if there is none. */
  load(): boolean {
    const data = this.statePath ? loadState(this.statePath, this.data.account) : null
    if (data) this.replace(data)
    return !!data
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

  addResource(patch: ResourcePatch, times: { createdAt?: string; updatedAt?: string } = {}, ignoredFields: string[] = []): SandboxResource {
    const at = this.iso()
    const resource: SandboxResource = {
      id: this.data.nextResourceId++,
      ...{ firstName: null, surname: null, jobTitle: null, linkedInUrl: null, source: null, note: null, tagText: null },
      currentClient: null,
      contactDetails: { email: null, mobilePhone: null, telephone: null },
      address: { addressLine1: null, addressLine2: null, town: null, county: null, postcode: null, country: null },
      createdAt: times.createdAt ?? at,
      updatedAt: times.updatedAt ?? times.createdAt ?? at,
      documents: [],
      jobLists: [],
      ignoredFields: []
    }
    this.data.resources.push(resource)
    this.byId.set(resource.id, resource)
    return this.updateResource(resource, patch, ignoredFields, resource.updatedAt)
  }

  /** Applies a change (as a TrackerRMS user or a PATCH would); its updated time moves to `updatedAt` or now. */
  updateResource(resource: SandboxResource, patch: ResourcePatch, ignoredFields: string[] = [], updatedAt?: string): SandboxResource {
    Object.assign(resource, patch.top)
    Object.assign(resource.contactDetails, patch.contactDetails)
    Object.assign(resource.address, patch.address)
    if (patch.company !== undefined) resource.currentClient = this.clientFor(patch.company)
    for (const field of ignoredFields) if (!resource.ignoredFields.includes(field)) resource.ignoredFields.push(field)
    resource.updatedAt = updatedAt ?? this.iso()
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
      clientName: input.clientName?.trim() || null,
      status: input.status ?? (open ? 'Open' : 'Closed'),
      open,
      city: input.city?.trim() || null,
      state: input.state?.trim() || null,
      publishOnline: input.publishOnline ?? false,
      createdAt: at,
      updatedAt: at
    }
    this.data.opportunities.push(opportunity)
    this.changed()
    return opportunity
  }

  /** A later primary document clears the earlier primaries. */
  attachDocument(resource: SandboxResource, doc: Omit<SandboxDocument, 'id' | 'attachedAt'>): SandboxDocument {
    if (doc.primary) for (const other of resource.documents) other.primary = false
    const document: SandboxDocument = { ...doc, id: this.data.nextDocumentId++, attachedAt: this.iso() }
    resource.documents.push(document)
    this.changed()
    return document
  }

  /** A new job-list entry; null if the resource is already on that job's list and `repeat` is false. */
  addToList(resource: SandboxResource, entry: Omit<SandboxJobListEntry, 'addedAt' | 'opportunityResourceId'>, repeat = false): SandboxJobListEntry | null {
    if (!repeat && resource.jobLists.some((e) => e.opportunityId === entry.opportunityId)) return null
    const added: SandboxJobListEntry = { opportunityResourceId: this.data.nextApplicationId++, ...entry, addedAt: this.iso() }
    resource.jobLists.push(added)
    this.changed()
    return added
  }

  /** Every job-list entry of every candidate, oldest first. */
  applications(): SandboxApplication[] {
    return this.data.resources
      .flatMap((r) => r.jobLists.map((e) => ({ ...e, resourceId: r.id, status: listStatusName(e) })))
      .sort((a, b) => a.opportunityResourceId - b.opportunityResourceId)
  }

  /** Something changed: persist soon (batched), if there is a state file. */
  changed(): void {
    if (!this.statePath || this.saveTimer) return
    this.saveTimer = setTimeout(() => this.flush(), 50)
  }

  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
    if (this.statePath) saveState(this.statePath, this.data)
  }
}
