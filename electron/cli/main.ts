// Entry point of `npm run cli -- …` (run through tsx, so no build step is needed).
import { runCli } from './run'

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  env: process.env
}).then((code) => {
  process.exitCode = code
})
