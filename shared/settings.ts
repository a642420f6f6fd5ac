// Settings a user may change (CLI `settings set`, the Settings screen). Connection facts (region, hosts, who
// connected and when) are written only by connecting; the TrackerRMS token is never a setting.

interface NumberSetting {
  kind: 'integer'
  default: number
  min: number
  max: number
  unit?: string
  description: string
}
interface TextSetting {
  kind: 'text'
  default: string
  description: string
  /** Returns an error message, or null when the value is acceptable. */
  check(value: string): string | null
}
export type SettingDefinition = NumberSetting | TextSetting

export const USER_SETTINGS = {
  'sync-delay-seconds': {
    kind: 'integer',
    default: 120,
    min: 0,
    max: 86_400,
    unit: 'seconds',
    description: 'Wait this long after a trigger fires before sending, so a mis-click can be undone.'
  },
  'requests-per-minute': {
    kind: 'integer',
    default: 90,
    min: 1,
    max: 10_000,
    unit: 'requests/minute',
    description: 'Most TrackerRMS API calls per minute (TrackerRMS allows about 100).'
  },
  'sync-concurrency': {
    kind: 'integer',
    default: 2,
    min: 1,
    max: 8,
    description: 'Exports worked on at the same time.'
  },
  'max-attempts': {
    kind: 'integer',
    default: 8,
    min: 1,
    max: 100,
    description: 'Attempts per export before it is marked failed (retry it by hand from Activity).'
  },
  'request-timeout-seconds': {
    kind: 'integer',
    default: 30,
    min: 1,
    max: 600,
    unit: 'seconds',
    description: 'Give up on one TrackerRMS request after this long and retry it.'
  },
  'record-link-template': {
    kind: 'text',
    default: '{webHost}/Resource/View/{id}',
    description: 'Address of a candidate record in the TrackerRMS web app; {webHost} and {id} are filled in.',
    check: (value: string) => (value.includes('{id}') ? null : 'must contain {id}')
  }
} as const satisfies Record<string, SettingDefinition>

export type UserSettingKey = keyof typeof USER_SETTINGS
export type UserSettings = { [K in UserSettingKey]: (typeof USER_SETTINGS)[K]['default'] extends number ? number : string }

export function isUserSettingKey(key: string): key is UserSettingKey {
  return Object.prototype.hasOwnProperty.call(USER_SETTINGS, key)
}

export type ParsedSetting = { ok: true; value: number | string } | { ok: false; error: string }

/** Parses a value typed by a user (always text at first) for the given key. */
export function parseSettingValue(key: UserSettingKey, raw: string): ParsedSetting {
  const def: SettingDefinition = USER_SETTINGS[key]
  const text = raw.trim()
  if (def.kind === 'integer') {
    if (!/^-?\d+$/.test(text)) return { ok: false, error: `${key} must be a whole number, got "${raw}"` }
    const value = Number(text)
    if (value < def.min || value > def.max) return { ok: false, error: `${key} must be between ${def.min} and ${def.max}, got ${value}` }
    return { ok: true, value }
  }
  const problem = def.check(text)
  return problem ? { ok: false, error: `${key} ${problem}` } : { ok: true, value: text }
}

/** Connection facts, stored as settings rows but written only by connect/disconnect. */
export const CONNECTION_KEYS = ['region', 'rest-url', 'widget-url', 'web-host', 'connected-at', 'connected-by', 'login-email', 'connection-profile'] as const
export type ConnectionKey = (typeof CONNECTION_KEYS)[number]
