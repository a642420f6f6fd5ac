import { AppError, validationError } from '../../shared/errors'
import {
  CONNECTION_KEYS,
  USER_SETTINGS,
  isUserSettingKey,
  parseSettingValue,
  type ConnectionKey,
  type UserSettingKey,
  type UserSettings
} from '../../shared/settings'
import { readAllSettings, readSetting, writeSetting } from '../db/settings'
import type { CoreContext } from '../lib/context'

export type SettingsService = ReturnType<typeof createSettingsService>

export function createSettingsService(ctx: CoreContext) {
  const listeners = new Set<(key: string) => void>()

  function get<K extends UserSettingKey>(key: K): UserSettings[K] {
    const raw = readSetting(ctx.db, key)
    const def = USER_SETTINGS[key]
    if (raw === null) return def.default as UserSettings[K]
    const parsed = parseSettingValue(key, raw)
    // A value that no longer parses (edited by hand, limits changed) falls back to the default.
    return (parsed.ok ? parsed.value : def.default) as UserSettings[K]
  }

  return {
    get,
    /** Every user setting with its effective value. */
    all(): UserSettings {
      return Object.fromEntries(Object.keys(USER_SETTINGS).map((key) => [key, get(key as UserSettingKey)])) as UserSettings
    },
    /** Parses and stores a value typed by the user. */
    set(key: string, raw: string): number | string {
      if (!isUserSettingKey(key)) {
        if ((CONNECTION_KEYS as readonly string[]).includes(key))
          throw new AppError('validation', `${key} is set by connecting to TrackerRMS, not by hand.`, 'key')
        throw validationError('key', `Unknown setting "${key}". Settings: ${Object.keys(USER_SETTINGS).join(', ')}.`)
      }
      const parsed = parseSettingValue(key, raw)
      if (!parsed.ok) throw validationError(key, parsed.error)
      writeSetting(ctx.db, key, String(parsed.value))
      ctx.log.info('settings.changed', { key, value: parsed.value })
      for (const listener of listeners) listener(key)
      ctx.events.emit('data.changed', { what: 'settings' })
      return parsed.value
    },
    /** Connection facts (region, hosts, who connected) — written by connect/disconnect only. */
    connectionValue(key: ConnectionKey): string | null {
      return readSetting(ctx.db, key)
    },
    setConnectionValues(values: Partial<Record<ConnectionKey, string | null>>): void {
      ctx.db
        .transaction(() => {
          for (const [key, value] of Object.entries(values)) writeSetting(ctx.db, key, value ?? null)
        })
        .immediate()
      for (const key of Object.keys(values)) for (const listener of listeners) listener(key)
    },
    raw(): Record<string, string> {
      return readAllSettings(ctx.db)
    },
    /** Told the key of every change (the queue re-reads its delay and limits). */
    onChange(listener: (key: string) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
