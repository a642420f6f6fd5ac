// Calls of the contract as promises that reject with ApiError (what react-query expects), fully typed.
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract'
import type { ErrorInfo } from '../../../shared/errors'
import type { Transport } from './transport'

export class ApiError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message)
    this.name = 'ApiError'
  }
  get field(): string | undefined {
    return this.info.field
  }
}

export interface ApiClient {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(name, input) {
      const result = await transport.call(name, input)
      if (!result.ok) throw new ApiError(result.error)
      return result.value
    }
  }
}

/** The message of anything thrown, for toasts and inline errors. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))
