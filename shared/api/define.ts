// How one call of the API contract is described: a zod schema for its input (checked in main before anything
// runs) and the TypeScript type of its value (checked against the handler that produces it).
import type { z } from 'zod'

export interface CallSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I
  /** One line for people reading the contract (and for error messages). */
  summary: string
  /** Never set: carries the output type for the compiler only. */
  readonly __output?: O
}

/** `call<Output>()(inputSchema, summary)`: curried so the input type is inferred and the output type is given. */
export const call =
  <O>() =>
  <I extends z.ZodType>(input: I, summary: string): CallSpec<I, O> => ({ input, summary })

export type OutputOf<S> = S extends CallSpec<z.ZodType, infer O> ? O : never
