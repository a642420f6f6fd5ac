import type { CallName, CallOutput, ParsedInput } from '../../shared/api'
import type { Core } from '../core'
import type { AppServices } from './host'

/**
 * One call's handler: the parsed input in, the contract's output type out (or a thrown AppError). The third argument
 * is what the desktop app and the browser host add around the core (the queue runner, the demo, temporary files).
 */
export type Handler<N extends CallName> = (core: Core, input: ParsedInput<N>, app: AppServices) => CallOutput<N> | Promise<CallOutput<N>>

/** Exactly one handler per call of the contract: a call without a handler (or a stray handler) does not compile. */
export type Handlers = { [N in CallName]: Handler<N> }
