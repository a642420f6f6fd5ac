// The end of an e2e file that connected to a sandbox: disconnect (which removes the keychain entry), then close the
// browser, the host and the sandbox — each only if it was started.
import type { Browser } from 'playwright-core'
import type { RunningSandbox } from '../../../electron/sandbox'
import { apiCall, type RunningHost } from './host'

export async function disconnectAndClose(parts: { host?: RunningHost; browser?: Browser; sandbox?: RunningSandbox }): Promise<void> {
  if (parts.host) await apiCall(parts.host, 'connection.disconnect', {}).catch(() => undefined)
  await parts.browser?.close()
  await parts.host?.stop()
  await parts.sandbox?.close()
}
