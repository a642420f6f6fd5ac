import { LISTING_LABELS, WIDGET_AUTH_STYLE_LABELS } from '../../../shared/api/connection'
import { TOKEN_ENV, WIDGET_KEY_ENV } from '../../secrets'
import { oneLine, parse, readStdin, requireString } from '../args'
import { UsageError } from '../errors'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync connect --region us|ca|global|custom [--rest-url U --widget-url U] [--web-host U]
                            [--as "Name <email>"] [--login EMAIL] --token-stdin [--widget-key-stdin | --no-widget-key]

Checks the TrackerRMS API token with TrackerRMS first, learns what the account supports (which candidate
listing answers, which Widget API sign-in works, the web app's address), then keeps the token in the system
keychain (never in the database, a file or the log) and records who connected and when. Secrets are read from
stdin, never taken as arguments (they would show in the process list and shell history):

  echo "$TOKEN" | tracker-sync connect --region global --as "Rita Recruiter <rita@agency.com>" --token-stdin
  printf '%s\n%s\n' "$TOKEN" "$WIDGET_KEY" | tracker-sync connect --region global --as "Rita <rita@agency.com>" \
      --token-stdin --widget-key-stdin

With ${TOKEN_ENV} (and ${WIDGET_KEY_ENV}) set, those are used instead of the keychain and nothing is stored.

  --region            us (United States), ca (Canada), global (UK and rest of world), custom
  --rest-url          REST API address (region custom only, e.g. a TrackerRMS API sandbox or the local sandbox)
  --widget-url        Widget API address (region custom only)
  --web-host          the TrackerRMS web app you log in to, for record links (default: learned from TrackerRMS)
  --as                who connects, recorded in the ledger (default: your TrackerRMS login); an "<email>" in it is
                      your TrackerRMS login
  --login             your TrackerRMS login email (the Widget API signs in with it), if not given in --as
  --token-stdin       read the API token from stdin's first line (TrackerRMS: Tools & Settings > Security Settings > API)
  --widget-key-stdin  read the Widget API key from stdin's second line: TrackerRMS support issues it, and resumes
                      and job lists need it when TrackerRMS does not accept the API token there
  --no-widget-key     forget a Widget API key kept for this TrackerRMS

Without --widget-key-stdin a key kept for the same TrackerRMS stays in use. Reconnecting to the same TrackerRMS
(e.g. after generating a new token) keeps the original connection time, so exports for events since then still
happen.`

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
        login: { type: 'string' },
        'token-stdin': { type: 'boolean' },
        'widget-key-stdin': { type: 'boolean' },
        'no-widget-key': { type: 'boolean' }
      },
      usage
    )
    // Never echo a positional: it may well be a pasted token.
    if (positionals.length) throw new UsageError('connect takes no arguments besides its options (the token comes from stdin).', usage)
    const region = requireString(values.region, '--region', usage)
    const connectedBy = oneLine(values.as, '--as', usage)
    const loginEmail = oneLine(values.login, '--login', usage)
    if (values['widget-key-stdin'] && values['no-widget-key']) throw new UsageError('Give --widget-key-stdin or --no-widget-key, not both.', usage)
    if (values['widget-key-stdin'] && !values['token-stdin'])
      throw new UsageError('--widget-key-stdin reads the second line of stdin: give --token-stdin too.', usage)
    let token: string | undefined
    let widgetKey: string | null | undefined = values['no-widget-key'] ? null : undefined
    if (values['token-stdin']) {
      if ((ctx.io.stdin as { isTTY?: boolean }).isTTY)
        ctx.note(
          values['widget-key-stdin']
            ? 'Paste the API token, Enter, the Widget API key, Enter, then Ctrl+D.'
            : 'Paste the API token, then press Enter and Ctrl+D.'
        )
      const lines = (await readStdin(ctx.io.stdin))
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
      token = lines[0]
      if (!token) throw new UsageError('Nothing came in on stdin: pipe the API token in.', usage)
      if (values['widget-key-stdin']) {
        widgetKey = lines[1]
        if (!widgetKey) throw new UsageError('The Widget API key goes on the second line of stdin, after the API token.', usage)
      }
    } else {
      token = ctx.io.env[TOKEN_ENV]?.trim()
      if (!token) throw new UsageError(`Give the API token on stdin with --token-stdin (or set ${TOKEN_ENV}).`, usage)
    }
    const connection = await ctx.core().connection.connect({
      region,
      restUrl: values['rest-url'],
      widgetUrl: values['widget-url'],
      webHost: values['web-host'],
      connectedBy,
      loginEmail,
      widgetKey,
      token
    })
    const widget = connection.profile?.widget
    ctx.print(connection, () =>
      [
        `Connected${connection.connectedBy ? ` as ${connection.connectedBy}` : ''} to TrackerRMS at ${connection.restUrl} (${connection.regionLabel}), since ${connection.connectedAt}.`,
        connection.profile?.listing.variant
          ? `Candidates are read with ${LISTING_LABELS[connection.profile.listing.variant]} (see "health" for all TrackerRMS supports).`
          : 'Could not yet tell how to read the candidates: run "health".',
        widget?.style
          ? `Widget API (resumes, job lists): signed in with ${WIDGET_AUTH_STYLE_LABELS[widget.style]}.`
          : `Widget API (resumes, job lists): no sign-in worked${connection.loginEmail ? '' : ' (no TrackerRMS login email given: use --as "Name <email>" or --login)'}. Records are still created; resumes and job lists wait. Ask TrackerRMS support for a Widget API key and connect again with --widget-key-stdin.`,
        connection.tokenStore === 'keychain' ? 'The token is kept in the system keychain.' : `The token comes from ${TOKEN_ENV} and was not stored.`
      ].join('\n')
    )
  }
}
