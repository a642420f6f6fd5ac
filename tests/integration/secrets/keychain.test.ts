import { randomUUID } from 'node:crypto'
import { afterEach, expect, it } from 'vitest'
import { accountFor, chooseSecretStore, createKeychainStore, type SecretStore } from '../../../electron/secrets'
import { describeKeychain } from '../../helpers/keychain'

describeKeychain('the real OS keychain', () => {
  // A service name of our own per run, so tests never touch a real user's entry.
  const service = `Tracker Sync test ${randomUUID()}`
  const store: SecretStore = createKeychainStore(service)
  const account = accountFor('https://evousapi.tracker-rms.com')
  afterEach(async () => {
    await store.delete(account)
  })

  it('stores, reads back and deletes a token', async () => {
    console.info(`keychain test running against the system keychain (service "${service}")`)
    expect(await store.get(account)).toBeNull()
    await store.set(account, 'a1b2c3d4e5f60718293a4b5c6d7e8f90')
    expect(await store.get(account)).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f90')
    expect(await store.delete(account)).toBe(true)
    expect(await store.get(account)).toBeNull()
  })

  it('keeps one entry per TrackerRMS host, and a new token replaces the old one', async () => {
    const other = accountFor('https://evoglapi.tracker-rms.com')
    await store.set(account, 'us-token-000000000000000000000000')
    await store.set(other, 'uk-token-000000000000000000000000')
    await store.set(account, 'us-token-111111111111111111111111')
    expect(await store.get(account)).toBe('us-token-111111111111111111111111')
    expect(await store.get(other)).toBe('uk-token-000000000000000000000000')
    await store.delete(other)
  })

  it('TRACKER_SYNC_TOKEN overrides the keychain and writes nothing to it', async () => {
    const envStore = chooseSecretStore({ TRACKER_SYNC_TOKEN: 'env-token-123456' }, () => store)
    expect(envStore.kind).toBe('environment')
    expect(await envStore.get(account)).toBe('env-token-123456')
    await envStore.set(account, 'should-not-be-written')
    expect(await store.get(account)).toBeNull()
    expect(chooseSecretStore({}, () => store)).toBe(store)
  })
})

it('names keychain accounts by TrackerRMS host', () => {
  expect(accountFor('https://evoglapi.tracker-rms.com/')).toBe('trackerrms:evoglapi.tracker-rms.com')
  expect(accountFor('http://127.0.0.1:4010')).toBe('trackerrms:127.0.0.1:4010')
})
