/** Injected so tests and benchmarks can control time. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }
