// What the sync engine needs from the layers around it, as narrow interfaces: the core passes its services in
// (createCore), and nothing here reaches up into core/.
import type { OutreachEvent, Stage } from '../../shared/domain'
import type { ConnectionKey, UserSettingKey, UserSettings } from '../../shared/settings'

/** The settings the queue reads (the core's settings service is one). */
export interface SyncSettings {
  get<K extends UserSettingKey>(key: K): UserSettings[K]
  connectionValue(key: ConnectionKey): string | null
}

/**
 * Told of every outreach event inside the transaction that records it, so a queued export commits with its event;
 * returns what it set in motion, in words. The core registers the trigger rule (trigger-hook.ts) with its outreach
 * service.
 */
export type OutreachHook = (event: OutreachEvent, context: { previousStage: Stage; isLatest: boolean }) => string | void
