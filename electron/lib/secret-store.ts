// The shape of a place secrets live (the keychain, or the environment for headless use): the context type names
// it, electron/secrets implements it. Only main-process code ever holds one.
export interface SecretStore {
  /** Human-readable name of the backing store, for `status` and the Settings screen. */
  readonly kind: 'keychain' | 'environment'
  get(account: string): Promise<string | null>
  set(account: string, secret: string): Promise<void>
  delete(account: string): Promise<boolean>
}
