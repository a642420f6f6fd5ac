import { USER_SETTINGS, isUserSettingKey, type UserSettingKey } from '../../../shared/settings'
import { parse } from '../args'
import { UsageError } from '../errors'
import { table } from '../format'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync settings get [KEY] [--json]
       tracker-sync settings set KEY VALUE

Keys:
${Object.entries(USER_SETTINGS)
  .map(([key, def]) => `  ${key.padEnd(24)} ${def.description} (default ${def.default})`)
  .join('\n')}`

export const settingsCommand: CliCommand = {
  name: 'settings',
  summary: 'read or change settings (sync delay, request limit, …)',
  usage,
  async run(args, ctx) {
    const { positionals } = parse(args, {}, usage)
    const [action, key, value, ...extra] = positionals
    if (action === 'get') {
      if (value !== undefined) throw new UsageError('settings get takes at most one KEY.', usage)
      if (key !== undefined) {
        if (!isUserSettingKey(key)) throw new UsageError(`Unknown setting "${key}".`, usage)
        const current = (await ctx.call('settings.get', {}))[key]
        return ctx.print({ [key]: current }, () => String(current))
      }
      const all = await ctx.call('settings.get', {})
      return ctx.print(all, () =>
        table(
          ['setting', 'value', 'default'],
          Object.entries(all).map(([k, v]) => [k, v, USER_SETTINGS[k as keyof typeof USER_SETTINGS].default])
        )
      )
    }
    if (action === 'set') {
      if (key === undefined || value === undefined || extra.length) throw new UsageError('settings set needs KEY and VALUE.', usage)
      const stored = await ctx.call('settings.set', { key: key as UserSettingKey, value })
      return ctx.print({ [key]: stored.value }, () => `${key} = ${stored.value}`)
    }
    throw new UsageError(action ? `Unknown action "${action}".` : 'Say get or set.', usage)
  }
}
