import { defineConfig } from 'vitest/config'

// End-to-end tests: the real renderer in Debian Chromium, served by the browser host over the real core.
// One file at a time (one browser, one host); part of `npm test` as the "e2e" project of vitest.config.mts.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
})
