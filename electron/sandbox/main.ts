// `npm run sandbox -- [--port 4010] [--seed demo|empty] [--candidates N] [--profile NAME[,NAME…]] [--token T]
//                     [--widget-key K] [--state FILE] [--rpm N] [--jwt-lifetime S] [--latency MS]`
// Starts the local TrackerRMS sandbox and prints what to connect with. Ctrl+C stops it (the state file is saved).
import { parseArgs } from 'node:util'
import { PROFILE_VARIANTS, resolveProfile, SEEDS, startSandbox, type SeedName } from './index'

const USAGE = `Usage: npm run sandbox -- [--port 4010] [--seed demo|empty] [--candidates N] [--profile NAME[,NAME…]]
                          [--token T] [--widget-key K] [--state FILE] [--rpm N] [--jwt-lifetime SECONDS] [--latency MS]

  --port          port on 127.0.0.1 (default 4010; 0 = any free port)
  --seed          demo (12 jobs, 200 candidates) or empty (default demo)
  --candidates    add N generated candidates to the seed (a large TrackerRMS: shared names, unique emails, updated
                  times spread over the days before now, about 100 a day); not when --state loads a saved file
  --profile       answers for the API reference's unknowns, applied in order onto the default (least friendly):
                  ${Object.keys(PROFILE_VARIANTS)
                    .join(', ')
                    .replace(/(.{1,96})(, |$)/g, '$1,\n                  ')
                    .replace(/,\n\s*$/, '')}
  --token         the REST API token to accept (default: a new random one)
  --widget-key    the Widget API key to accept (default: a new random one)
  --state         keep the data in this JSON file between runs (loaded if it exists)
  --rpm           requests per minute before 429 (default 100, as TrackerRMS; 0 = no limit)
  --jwt-lifetime  seconds a session JWT lives (default 604800 = 7 days)
  --latency       delay every API answer by this many milliseconds`

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`)
  process.exit(2)
}

function number(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value)) fail(`${name} must be a whole number, got "${value}".`)
  return Number(value)
}

async function main() {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: process.argv.slice(2),
      options: {
        port: { type: 'string' },
        seed: { type: 'string' },
        candidates: { type: 'string' },
        token: { type: 'string' },
        'widget-key': { type: 'string' },
        profile: { type: 'string' },
        state: { type: 'string' },
        rpm: { type: 'string' },
        'jwt-lifetime': { type: 'string' },
        latency: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true
    }).values
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const seed = (values.seed ?? 'demo') as string
  if (!(SEEDS as readonly string[]).includes(seed)) fail(`--seed must be one of ${SEEDS.join(', ')}, got "${seed}".`)
  const rpm = number(values.rpm as string | undefined, '--rpm', 100)
  const candidates = number(values.candidates as string | undefined, '--candidates', 0)
  const profile = values.profile as string | undefined
  try {
    if (profile !== undefined) resolveProfile(profile)
  } catch (error) {
    fail(`--profile: ${error instanceof Error ? error.message : String(error)}`)
  }
  const sandbox = await startSandbox({
    port: number(values.port as string | undefined, '--port', 4010),
    seed: seed as SeedName,
    profile,
    token: values.token as string | undefined,
    widgetKey: values['widget-key'] as string | undefined,
    statePath: values.state as string | undefined,
    requestsPerMinute: rpm === 0 ? null : rpm,
    jwtLifetimeSeconds: number(values['jwt-lifetime'] as string | undefined, '--jwt-lifetime', 7 * 24 * 3600),
    latencyMs: number(values.latency as string | undefined, '--latency', 0)
  })
  const data = sandbox.controls
  if (candidates && !sandbox.loadedState) data.addCandidates(candidates)
  const user = data.users()[0]
  const defaults = resolveProfile() as unknown as Record<string, unknown>
  const changed = Object.entries(data.profile()).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(defaults[key]))
  process.stdout.write(
    [
      `TrackerRMS sandbox running (${sandbox.loadedState ? `state loaded from ${String(values.state)}` : `seed: ${seed}`}; ` +
        `${data.opportunities().filter((o) => o.open).length} open jobs, ${data.resources().length} candidates).`,
      '',
      `  REST URL:    ${sandbox.restUrl}`,
      `  Widget URL:  ${sandbox.widgetUrl}`,
      `  Web host:    ${sandbox.webHost}`,
      `  API token:   ${sandbox.token ?? '(revoked)'}`,
      `  Widget key:  ${sandbox.widgetKey ?? '(revoked)'}`,
      `  OAuth token: ${sandbox.oauthToken}`,
      `  Login:       ${user.name} <${user.email}>  (password: ${user.password})`,
      `  Profile:     ${changed.length ? changed.map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(' ') : 'default (least friendly)'}`,
      `  Controls:    ${sandbox.controlUrl}  (e.g. curl -X POST ${sandbox.controlUrl}/revoke-token)`,
      '',
      'Connect with (the token on line 1, the Widget key on line 2):',
      `  printf '%s\\n%s\\n' ${sandbox.token ?? ''} ${sandbox.widgetKey ?? ''} | npm run cli -- connect --region custom --rest-url ${sandbox.restUrl} ` +
        `--widget-url ${sandbox.widgetUrl} --as "${user.name} <${user.email}>" --token-stdin --widget-key-stdin`,
      '',
      'Ctrl+C stops it.',
      ''
    ].join('\n')
  )
  const stop = () => {
    void sandbox.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`Could not start the sandbox: ${message}\n`)
  process.exit(1)
})
