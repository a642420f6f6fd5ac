// The connection profile a client works with (shared/api/connection.ts ConnectionProfile): what connect learned
// about this account's [unknown]s, updated as the client learns more (a Widget style that works for one operation,
// whether the create kept the company). Every change is handed to `persist` (the settings row), never a secret.
import type { ConnectionProfile } from '../../shared/api/connection'

export function emptyProfile(learnedAt: string): ConnectionProfile {
  return {
    learnedAt,
    session: { expirySource: null, expirationHasOffset: null },
    swagger: { available: false, paths: [] },
    listing: {
      variant: null,
      restVariant: null,
      envelopeKey: null,
      rowsCarryEmail: null,
      rowsCarryLinkedIn: null,
      changeTimeField: null,
      updatedAfter: 'unknown',
      restUpdatedAfter: 'unknown',
      pageBase: null
    },
    widget: { style: null, perOperation: {}, tried: [], hadWidgetKey: false, hadLoginEmail: false },
    webHost: null,
    currentClientOnCreate: null,
    sourceKept: null
  }
}

export class ProfileState {
  private current: ConnectionProfile | null

  constructor(
    initial: ConnectionProfile | null,
    private readonly now: () => number,
    private readonly persist?: (profile: ConnectionProfile) => void
  ) {
    this.current = initial ? structuredClone(initial) : null
  }

  /** The profile, or null before anything was learned (an older connection: the client then adapts as it goes). */
  get(): ConnectionProfile | null {
    return this.current
  }

  /** Applies a change (to an empty profile if there is none yet) and persists it. */
  update(change: (profile: ConnectionProfile) => void): ConnectionProfile {
    const next = structuredClone(this.current ?? emptyProfile(new Date(this.now()).toISOString()))
    change(next)
    this.current = next
    this.persist?.(structuredClone(next))
    return next
  }

  /** Replaces the whole profile (a fresh discovery). */
  replace(profile: ConnectionProfile): void {
    this.current = structuredClone(profile)
    this.persist?.(structuredClone(profile))
  }
}
