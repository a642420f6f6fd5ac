// Queue timings that keep tests quick (shared with the crash tests' child process: no vitest imports here).
export const FAST_QUEUE = { retryBaseMs: 20, retryMaxMs: 200, probeBaseMs: 20, probeMaxMs: 200, pollMs: 200, heartbeatMs: 1000 }
