import type { Handler } from '../types'

export const settingsGet: Handler<'settings.get'> = (core) => core.settings.all()

export const settingsSet: Handler<'settings.set'> = (core, { key, value }) => ({ key, value: core.settings.set(key, value) })
