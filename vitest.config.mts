import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    pool: 'forks', // native addons (better-sqlite3, keyring) are safest in forked workers
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
