import { TOKEN_ENV } from '../../secrets'
import { parse, readStdin, requireString } from '../args'
import { UsageError } from '../errors'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync connect --region us|ca|global|custom [--rest-url U --widget-url U] [--web-host U]
                            [--as "Name <email>"] --token-stdin

Checks the TrackerRMS API token with TrackerRMS first, then keeps it in the system keychain (never in the
database, a file or the log) and records who connected and when. The token is read from stdin, never taken as
an argument (it would show in the process list and shell history):

  echo "$TOKEN" | tracker-sync connect --region global --token-stdin

With ${TOKEN_ENV} set, that token is used instead of the keychain and nothing is stored.

  --region       us (United States), ca (Canada), global (UK and rest of world), custom
  --rest-url     REST API address (region custom only, e.g. a TrackerRMS API sandbox or the local sandbox)
  --widget-url   Widget API address (region custom only)
  --web-host     the TrackerRMS web app you log in to, for record links (default: from the region)
  --as           the owner shown for candidates the app creates (default: your user name)
  --token-stdin  read the API token from stdin (copy it in TrackerRMS: Tools & Settings > Security Settings > API)

Reconnecting to the same TrackerRMS (e.g. after generating a new token) keeps the original connection time, so
exports for events since then still happen.`

export const connectCommand: CliCommand = {
  name: 'connect',
  summary: 'connect to TrackerRMS (token from stdin, kept in the keychain)',
  usage,
  async run(args, ctx) {
    if (args.some((arg) => arg === '--token' || arg.startsWith('--token='))) {
      throw new UsageError(
        `The token is never given as an argument (it would show in the process list and shell history). Pipe it in with --token-stdin, or set ${TOKEN_ENV}.`,
        usage
      )
    }
    const { values, positionals } = parse(
      args,
      {
        region: { type: 'string' },
        'rest-url': { type: 'string' },
        'widget-url': { type: 'string' },
        'web-host': { type: 'string' },
        as: { type: 'string' },
        'token-stdin': { type: 'boolean' }
      },
      usage
    )
    // Never echo a positional: it may well be a pasted token.
    if (positionals.length) throw new UsageError('connect takes no arguments besides its options (the token comes from stdin).', usage)
    const region = requireString(values.region, '--region', usage)
    let token: string | undefined
    if (values['token-stdin']) {
      if ((ctx.io.stdin as { isTTY?: boolean }).isTTY) ctx.note('Paste the API token, then press Enter and Ctrl+D.')
      token = (await readStdin(ctx.io.stdin)).split(/\r?\n/).map((line) => line.trim()).find(Boolean)
      if (!token) throw new UsageError('Nothing came in on stdin: pipe the API token in.', usage)
    } else {
      token = ctx.io.env[TOKEN_ENV]?.trim()
      if (!token) throw new UsageError(`Give the API token on stdin with --token-stdin (or set ${TOKEN_ENV}).`, usage)
    }
    const connection = await ctx.core().connection.connect({
      region,
      restUrl: values['rest-url'],
      widgetUrl: values['widget-url'],
      webHost: values['web-host'],
      connectedBy: values.as,
      token
    })
    ctx.print(connection, () =>
      [
        `Connected as ${connection.connectedBy} to TrackerRMS at ${connection.restUrl} (${connection.regionLabel}).`,
        `Connected since ${connection.connectedAt}; candidates the app creates show ${connection.connectedBy} as their owner.`,
        connection.tokenStore === 'keychain'
          ? 'The token is kept in the system keychain.'
          : `The token comes from ${TOKEN_ENV} and was not stored.`
      ].join('\n')
    )
  }
}
