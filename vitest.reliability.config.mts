import { defineConfig } from 'vitest/config'

// `npm run test:reliability`: crash, offline, fault, revoked-token, bad-input, token-leak and hardening checks; the first
// read of TrackerRMS's list killed and resumed; two desktops sending the same people at once.
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    include: [
      'tests/reliability/**/*.test.ts',
      // Also part of `npm test`; listed here so that this suite alone covers every reliability and security check:
      'tests/unit/shell/**/*.test.ts', // window hardening: isolation, sandbox, CSP, navigation, window.open
      'tests/integration/api/web-host.test.ts', // the browser host: its key, loopback only
      'tests/integration/host/demo-door.test.ts', // the demo TrackerRMS: loopback Host and Origin, JSON only, no controls
      'tests/integration/csv/corpus.test.ts', // the bad-input CSV corpus
      'tests/integration/csv/crash.test.ts' // a CSV import killed half-way
    ],
    testTimeout: 300_000,
    hookTimeout: 60_000
  }
})
