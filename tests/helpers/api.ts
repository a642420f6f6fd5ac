// Calls through the API dispatcher (the layer below every transport) in tests.
import { onTestFinished } from 'vitest'
import { createDispatcher, type Dispatch } from '../../electron/api/dispatch'
import { createCore, type Core } from '../../electron/core'
import { createAppServices, DemoVault } from '../../electron/host'
import { createEnvStore } from '../../electron/secrets'
import { tempDir } from './temp'

/** `value(name, input)`: the call's value, or an Error naming the call, with the ErrorInfo as `info`. */
export function valueOf(dispatch: Dispatch) {
  return async <T = any>(name: string, input: unknown = {}): Promise<T> => {
    const result = await dispatch(name, input)
    if (!result.ok) throw Object.assign(new Error(`${name}: ${result.error.message}`), { info: result.error })
    return result.value as T
  }
}

/**
 * The dispatcher over a core a test built itself, with the services the apps add around it (createHost does the
 * same for a core it builds); they close with the core.
 */
export function dispatcherFor(core: Core): Dispatch {
  const services = createAppServices(core, { vault: new DemoVault() })
  core.onClose(() => services.close())
  return createDispatcher(core, services)
}

/** A core on a fresh temporary data folder (no TrackerRMS token) and its dispatcher, closed when the test ends. */
export function apiOnTempFolder(): { core: Core; dispatch: Dispatch; value: ReturnType<typeof valueOf> } {
  const core = createCore({ dataDir: tempDir(), secrets: createEnvStore('unused') })
  onTestFinished(() => core.close())
  const dispatch = dispatcherFor(core)
  return { core, dispatch, value: valueOf(dispatch) }
}
