// Calls through the API dispatcher (the layer below every transport) in tests.
import type { Dispatch } from '../../electron/api/dispatch'

/** `value(name, input)`: the call's value, or an Error naming the call, with the ErrorInfo as `info`. */
export function valueOf(dispatch: Dispatch) {
  return async <T = any>(name: string, input: unknown = {}): Promise<T> => {
    const result = await dispatch(name, input)
    if (!result.ok) throw Object.assign(new Error(`${name}: ${result.error.message}`), { info: result.error })
    return result.value as T
  }
}
