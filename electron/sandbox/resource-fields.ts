// Which candidate fields TrackerRMS keeps, from the two ways they arrive: the REST create/PATCH body (§4.3: only the
// documented nested fields, in their exact spelling; everything else silently dropped and listed in ignoredFields)
// and the sandbox's friendly ResourceInput (seed and controls; `city`→`town`, `state`→`county`).
import { isObject, readText } from './formats'
import type { ResourceInput } from './types'

const TOP_FIELDS = ['firstName', 'surname', 'jobTitle', 'linkedInUrl', 'source', 'note', 'tagText'] as const
const CONTACT_FIELDS = ['email', 'mobilePhone', 'telephone'] as const
const ADDRESS_FIELDS = ['addressLine1', 'addressLine2', 'town', 'county', 'postcode', 'country'] as const

type TopField = (typeof TOP_FIELDS)[number]
type ContactField = (typeof CONTACT_FIELDS)[number]
type AddressField = (typeof ADDRESS_FIELDS)[number]

/** A change to a candidate in stored field names; absent keys stay as they are. */
export interface ResourcePatch {
  top: Partial<Record<TopField, string | null>>
  contactDetails: Partial<Record<ContactField, string | null>>
  address: Partial<Record<AddressField, string | null>>
  /** currentClient by name (the store hands out client ids); undefined = unchanged, null = none. */
  company?: string | null
}

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key)
const clean = (value: string | null | undefined) => readText(value ?? null) ?? null

export function patchFromInput(input: ResourceInput): ResourcePatch {
  const patch: ResourcePatch = { top: {}, contactDetails: {}, address: {} }
  for (const key of TOP_FIELDS) if (has(input, key)) patch.top[key] = clean(input[key])
  for (const key of CONTACT_FIELDS) if (has(input, key)) patch.contactDetails[key] = clean(input[key])
  const address: [keyof ResourceInput, AddressField][] = [
    ['addressLine1', 'addressLine1'],
    ['city', 'town'],
    ['state', 'county'],
    ['postcode', 'postcode'],
    ['country', 'country']
  ]
  for (const [from, to] of address) if (has(input, from)) patch.address[to] = clean(input[from] as string | null)
  if (has(input, 'company')) patch.company = clean(input.company)
  return patch
}

/** Copies the documented sub-fields of a nested object (contactDetails, address); lists the rest as ignored. */
function nested<K extends string>(value: unknown, fields: readonly K[], into: Partial<Record<K, string | null>>, prefix: string, ignored: string[]): void {
  if (!isObject(value)) {
    ignored.push(prefix)
    return
  }
  for (const [key, sub] of Object.entries(value)) {
    const text = (fields as readonly string[]).includes(key) ? readText(sub) : undefined
    if (text === undefined) ignored.push(`${prefix}.${key}`)
    else into[key as K] = text
  }
}

/**
 * What TrackerRMS keeps of a REST create or PATCH body. Keys match exactly (a `Firstname` or flat `email` is not a
 * documented field, so it is dropped), and a field of the wrong type is dropped too. `keepClient` false drops
 * currentClient (the 'dropped' profile on create, §4.3).
 */
export function patchFromWire(body: Record<string, unknown>, keepClient: boolean): { patch: ResourcePatch; ignored: string[] } {
  const patch: ResourcePatch = { top: {}, contactDetails: {}, address: {} }
  const ignored: string[] = []
  for (const [key, value] of Object.entries(body)) {
    if ((TOP_FIELDS as readonly string[]).includes(key)) {
      const text = readText(value)
      if (text === undefined) ignored.push(key)
      else patch.top[key as TopField] = text
    } else if (key === 'contactDetails') nested(value, CONTACT_FIELDS, patch.contactDetails, key, ignored)
    else if (key === 'address') nested(value, ADDRESS_FIELDS, patch.address, key, ignored)
    else if (key === 'currentClient') {
      // {id: -1, name} [observed on PATCH]: the name is what sticks; the sandbox hands out the client id.
      const name = isObject(value) ? readText(value.name) : value === null ? null : undefined
      if (!keepClient || name === undefined || (isObject(value) && name === null)) {
        ignored.push(key)
        continue
      }
      patch.company = name
      if (isObject(value))
        ignored.push(
          ...Object.keys(value)
            .filter((k) => k !== 'id' && k !== 'name')
            .map((k) => `${key}.${k}`)
        )
    } else ignored.push(key)
  }
  return { patch, ignored }
}
