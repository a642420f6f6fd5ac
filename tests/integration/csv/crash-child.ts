// Run by crash.test.ts in a child process: imports a file in small slices (as a big file is imported) and prints the
// rows done as they go, so that the parent can kill it after some slices have committed.
import { createCore } from '../../../electron/core'

const [dataDir, file, jobId] = process.argv.slice(2)
const core = createCore({
  dataDir,
  secrets: { kind: 'keychain', get: async () => null, set: async () => {}, delete: async () => false },
  writeSlices: { sliceMs: 20, pauseMs: 5 }
})
core.csv
  .apply(file, { jobId: Number(jobId) }, (progress) => {
    if (progress.phase === 'applying') process.stdout.write(`applying ${progress.rowsDone}\n`)
  })
  .then((result) => process.stdout.write(`finished ${result.status}\n`))
