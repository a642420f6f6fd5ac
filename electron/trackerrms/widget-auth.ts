// Signing in to the Widget API [reference §3]. The lessons put a `credentials` block in the body (login email as
// `username`, plus `apikey` or `oauthtoken`) and say to use one method per call; whether the REST API token works
// there is [unknown]. So each style is a recipe (which secret, where it goes), connect tries them in order with a
// harmless checkPerson and remembers the one that works, and an operation that later answers 1/2 ("user not
// found"/"not active") tries the others once and remembers its own. A refusal here never concerns the REST token.
import { WIDGET_AUTH_STYLES, type WidgetAuthStyle } from '../../shared/api/connection'

export interface WidgetSecrets {
  /** The REST API token (always there once connected). */
  restToken(): Promise<string>
  /** The Widget API key TrackerRMS support issues, if the user entered one. */
  widgetKey(): Promise<string | null>
  /** The user's TrackerRMS login email (`credentials.username`), if known. */
  loginEmail: string | null
}

interface Recipe {
  secret: 'rest-token' | 'widget-key'
  /** required: skipped without a login email; optional: sent when known. */
  username: 'required' | 'optional' | 'never'
  place: 'apikey' | 'oauthtoken' | 'bearer'
}

const RECIPES: Record<WidgetAuthStyle, Recipe> = {
  'rest-token-apikey': { secret: 'rest-token', username: 'optional', place: 'apikey' },
  'rest-token-bearer': { secret: 'rest-token', username: 'never', place: 'bearer' },
  'widget-key-apikey': { secret: 'widget-key', username: 'required', place: 'apikey' },
  'widget-key-only': { secret: 'widget-key', username: 'never', place: 'apikey' },
  'widget-key-oauthtoken': { secret: 'widget-key', username: 'optional', place: 'oauthtoken' },
  'widget-key-bearer': { secret: 'widget-key', username: 'never', place: 'bearer' }
}

/** The styles that can be tried with the secrets at hand, in the reference's order (W6 first, then W4/W5, W2/W1). */
export function availableStyles(hasWidgetKey: boolean, hasLoginEmail: boolean): WidgetAuthStyle[] {
  return WIDGET_AUTH_STYLES.filter((style) => {
    const recipe = RECIPES[style]
    if (recipe.secret === 'widget-key' && !hasWidgetKey) return false
    return !(recipe.username === 'required' && !hasLoginEmail)
  })
}

export interface SignedRequest {
  /** The body's credentials block, or null when the style signs in with a header. */
  credentials: Record<string, string> | null
  headers: Record<string, string>
}

/** How one call signs in with this style; null when its secret is missing. */
export async function signIn(style: WidgetAuthStyle, secrets: WidgetSecrets): Promise<SignedRequest | null> {
  const recipe = RECIPES[style]
  const secret = recipe.secret === 'rest-token' ? await secrets.restToken() : await secrets.widgetKey()
  if (!secret) return null
  if (recipe.place === 'bearer') return { credentials: null, headers: { Authorization: `Bearer ${secret}` } }
  const username = recipe.username !== 'never' ? secrets.loginEmail : null
  if (recipe.username === 'required' && !username) return null
  return { credentials: { ...(username ? { username } : {}), [recipe.place]: secret }, headers: {} }
}
