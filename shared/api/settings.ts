// User settings (delays, limits). Connection facts and the token are not settings.
import { z } from 'zod'
import { CONNECTION_KEYS, USER_SETTINGS, type UserSettingKey, type UserSettings } from '../settings'
import { call } from './define'
import { noInput, text } from './fields'

const SETTING_KEYS = Object.keys(USER_SETTINGS) as [UserSettingKey, ...UserSettingKey[]]

/** A user setting's key; a connection fact or a typo is refused with what to do instead. */
const settingKey = z.enum(SETTING_KEYS, {
  error: (issue) =>
    (CONNECTION_KEYS as readonly unknown[]).includes(issue.input)
      ? `"${String(issue.input)}" is set by connecting to TrackerRMS, not by hand.`
      : `Unknown setting ${typeof issue.input === 'string' && issue.input.length <= 60 ? JSON.stringify(issue.input) : '(not a setting name)'}. Settings: ${SETTING_KEYS.join(', ')}.`
})

export const settingsCalls = {
  'settings.get': call<UserSettings>()(noInput, 'Every user setting with its effective value.'),
  'settings.set': call<{ key: UserSettingKey; value: number | string }>()(
    z.strictObject({ key: settingKey, value: text(1000) }),
    'Parses and stores one setting, typed as text.'
  )
}
