// The demo TrackerRMS's token stays in memory: it is a throwaway token of a server on this computer, and putting it
// in the system keychain would make the demo fail wherever there is no keychain (a headless server). While the demo
// runs, the core's secret store answers for local demo hosts from here and passes everything else to the real store.
import { accountFor, widgetKeyAccountFor, withoutFolder, type SecretStore } from '../secrets'

/** Accounts of TrackerRMS hosts on this computer: the demo's, at whatever port it had (any data folder's). */
const isLocalAccount = (account: string) => /^trackerrms(-widget-key)?:(127\.0\.0\.1|localhost)(:\d+)?$/.test(account)

interface DemoSecrets {
  token: () => string | null
  widgetKey: () => string | null
}

export class DemoVault {
  private demo: { account: string; keyAccount: string; secrets: DemoSecrets } | null = null

  /** From now on the demo's host answers with the sandbox's current token and Widget API key. */
  enable(restUrl: string, secrets: DemoSecrets): void {
    this.demo = { account: accountFor(restUrl), keyAccount: widgetKeyAccountFor(restUrl), secrets }
  }

  disable(): void {
    this.demo = null
  }

  get active(): boolean {
    return this.demo !== null
  }

  /** The core's store: the real one, with the demo's host answered from memory while the demo runs. */
  wrap(store: SecretStore): SecretStore {
    const owns = (account: string) => this.demo !== null && (withoutFolder(account) === this.demo.account || isLocalAccount(withoutFolder(account)))
    return {
      kind: store.kind,
      get: async (account) => {
        if (!owns(account)) return store.get(account)
        if (withoutFolder(account) === this.demo?.account) return this.demo.secrets.token()
        return withoutFolder(account) === this.demo?.keyAccount ? this.demo.secrets.widgetKey() : null
      },
      // The token the demo hands out is its own; nothing to keep (and an earlier port's entry is nothing to remove).
      set: async (account, secret) => (owns(account) ? undefined : store.set(account, secret)),
      delete: async (account) => (owns(account) ? true : store.delete(account))
    }
  }
}
