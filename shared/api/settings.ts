// User settings (delays, limits). Connection facts and the token are not settings.
import { z } from 'zod'
import { USER_SETTINGS, type UserSettingKey, type UserSettings } from '../settings'
import { call } from './define'
import { noInput, text } from './fields'

const SETTING_KEYS = Object.keys(USER_SETTINGS) as [UserSettingKey, ...UserSettingKey[]]

export const settingsCalls = {
  'settings.get': call<UserSettings>()(noInput, 'Every user setting with its effective value.'),
  'settings.set': call<{ key: UserSettingKey; value: number | string }>()(
    z.strictObject({ key: z.enum(SETTING_KEYS), value: text(1000) }),
    'Parses and stores one setting, typed as text.'
  )
}
