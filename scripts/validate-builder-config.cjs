#!/usr/bin/env node
// Validates electron-builder.yml against electron-builder's own schema, offline (packaging itself needs network).
// Uses app-builder-lib internals: re-check this on an electron-builder upgrade.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config')
const { DebugLogger } = require('builder-util')

;(async () => {
  const config = await getConfig(process.cwd(), process.argv[2] ?? null, null)
  await validateConfiguration(config, new DebugLogger(false))
  console.log('electron-builder config OK')
})().catch((error) => {
  console.error('INVALID:', error.message)
  process.exit(1)
})
