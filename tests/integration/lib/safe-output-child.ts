// Run by safe-output.test.ts in a child process: starts replacing FILE (with overwrite) through lib/safe-output.ts,
// writes half of the new content, says so, and waits to be killed mid-write.
import { writeOutput } from '../../../electron/lib/safe-output'

const [file] = process.argv.slice(2)
void writeOutput(
  file,
  async (handle) => {
    await handle.write('new content, first half')
    await handle.sync()
    process.stdout.write('half written\n')
    await new Promise(() => {}) // never finishes: the parent kills the process here
  },
  { overwrite: true }
)
