// Run by crash.test.ts in a child process: imports a file and prints a line when the apply transaction is under
// way, so that the parent can kill it there.
import { createCore } from '../../../electron/core'

const [dataDir, file, jobId] = process.argv.slice(2)
const core = createCore({ dataDir, secrets: { kind: 'keychain', get: async () => null, set: async () => {}, delete: async () => false } })
let told = false
core.csv
  .apply(file, { jobId: Number(jobId) }, (progress) => {
    if (progress.phase === 'applying' && !told) {
      told = true
      process.stdout.write(`applying ${progress.rowsDone}\n`)
    }
  })
  .then((result) => process.stdout.write(`finished ${result.status}\n`))
