// Typed react-query hooks over the contract. Query keys are [callName, input], so invalidating by call name (or by
// group prefix, see live.ts) refreshes exactly the screens that show that data.
import { useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query'
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract'
import type { ApiError } from './client'
import { useApi } from './context'

export const callKey = <N extends CallName>(name: N, input: CallInput<N>) => [name, input] as const

/** Reads through a call; refetched when live.ts hears that its data changed. */
export function useCall<N extends CallName>(
  name: N,
  input: CallInput<N>,
  options: Omit<UseQueryOptions<CallOutput<N>, ApiError, CallOutput<N>, readonly [N, CallInput<N>]>, 'queryKey' | 'queryFn'> = {}
) {
  const { client } = useApi()
  return useQuery({ queryKey: callKey(name, input), queryFn: () => client.call(name, input), ...options })
}

/** Changes something through a call. Every changing call makes the core emit 'data.changed'; live.ts refreshes. */
export function useCallMutation<N extends CallName>(name: N) {
  const { client } = useApi()
  return useMutation<CallOutput<N>, ApiError, CallInput<N>>({ mutationFn: (input) => client.call(name, input) })
}
