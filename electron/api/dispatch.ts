// The one entry point every transport calls (Electron IPC, the browser host's HTTP): checks the call name,
// parses the input with the call's schema, runs its handler, and answers a Result — never a throw.
import { API, isCallName, type Result } from '../../shared/api'
import { AppError, toErrorInfo } from '../../shared/errors'
import type { Core } from '../core'
import { HANDLERS } from './handlers'
import type { HostServices } from './types'
import { refusePoisonedKeys, validationFromZod } from './validate'

export type Dispatch = (name: unknown, input: unknown) => Promise<Result<unknown>>

/** `app` is what the desktop app and the browser host built around the core (createHost puts the two together). */
export function createDispatcher(core: Core, app: HostServices): Dispatch {
  return async (name, input) => {
    try {
      if (!isCallName(name)) throw new AppError('not_found', `There is no API call named ${JSON.stringify(String(name)).slice(0, 80)}.`)
      refusePoisonedKeys(input)
      const parsed = API[name].input.safeParse(input)
      if (!parsed.success) throw validationFromZod(parsed.error, name)
      const handler = HANDLERS[name] as (core: Core, input: unknown, app: HostServices) => unknown
      return { ok: true, value: await handler(core, parsed.data, app) }
    } catch (error) {
      // A read-only or full data folder, a damaged database: said in words, not in SQLite's.
      const info = toErrorInfo(core.dataFolder.explain(error))
      if (info.code === 'internal') core.ctx.log.error('api.failed', { call: typeof name === 'string' ? name.slice(0, 80) : null, error })
      return { ok: false, error: info }
    }
  }
}
