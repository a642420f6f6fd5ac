import { describe } from 'vitest'

/**
 * Keychain tests need a D-Bus session with an unlocked keyring (scripts/with-keyring.sh provides one; `npm test`
 * runs inside it). Without one they skip with a visible message locally; in CI (CI=true) a skip is a failure.
 */
export function describeKeychain(name: string, body: () => void): void {
  const available = process.platform !== 'linux' || !!process.env.DBUS_SESSION_BUS_ADDRESS
  if (!available && process.env.CI === 'true') {
    describe(name, () => {
      throw new Error('Keychain tests must run in CI, but there is no D-Bus session: run them through scripts/with-keyring.sh.')
    })
    return
  }
  if (!available) {
    console.warn(`SKIPPED "${name}": no D-Bus session for the keychain. Run "npm test" (it starts one) to include them.`)
    describe.skip(name, body)
    return
  }
  describe(name, body)
}
