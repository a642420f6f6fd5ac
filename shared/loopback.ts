// Who may talk to a server of ours on the loopback address (the browser host, the in-app demo TrackerRMS). Any web
// page the user opens can make the browser send requests to 127.0.0.1; these two checks refuse the ways such a page
// could read or change what is there. Strings only (no Node), so the sandbox, which imports nothing of the app, can
// use the same rule as the browser host.

/** The names under which this computer's loopback address is ours: never re-pointable by someone's DNS. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]']

/**
 * The Host header must name our own loopback address and port. A page on another site whose DNS name is re-pointed
 * to 127.0.0.1 ("DNS rebinding") sends its own name here and is refused.
 */
export function loopbackHostAllowed(host: string | undefined, port: number): boolean {
  const given = (host ?? '').toLowerCase()
  return LOOPBACK_HOSTS.some((name) => given === `${name}:${port}`)
}

/** A browser sends Origin on cross-site requests: none (not a browser, or a plain navigation) or our own only. */
export function sameOriginAllowed(origin: string | undefined, port: number): boolean {
  return origin === undefined || LOOPBACK_HOSTS.some((name) => origin.toLowerCase() === `http://${name}:${port}`)
}
