import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks', // native addons (better-sqlite3, keyring) are safest in forked workers
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two projects in one run: unit + integration first, then the e2e files one by one in Chromium (a project
    // without file parallelism runs in vitest's sequential group, after the others).
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'] } },
      './vitest.e2e.config.mts'
    ]
  }
})
