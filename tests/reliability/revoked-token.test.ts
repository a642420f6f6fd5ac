import { expect, it } from 'vitest'
import { describeKeychain } from '../helpers/keychain'
import { syncedCore } from '../helpers/sync'
import { duplicates } from '../helpers/worker'

describeKeychain('token revoked mid-queue, then reconnect (the new token goes to the real keychain)', () => {
  it('pauses with the reason, loses nothing, and finishes after reconnecting', async () => {
    let done = 0
    const { core, sandbox, job, addCandidate, sendAll, sync } = await syncedCore({
      secrets: 'keychain',
      sync: {
        atBoundary: (_item, boundary) => {
          if (boundary === 'listed' && ++done === 10) sandbox.controls.revokeToken()
        }
      }
    })
    for (let i = 0; i < 50; i++) {
      const c = addCandidate({ fullName: `Revoked Person${i}`, email: `revoked${i}@example.com` })
      core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
    }
    const paused = await sendAll()
    expect(paused.state).toBe('paused_auth')
    expect(paused.reason).toMatch(/revoked or regenerated/)
    const states = Object.fromEntries(
      (core.ctx.db.prepare('SELECT state, COUNT(*) AS n FROM sync_queue GROUP BY state').all() as { state: string; n: number }[]).map((r) => [r.state, r.n])
    )
    expect(states.done + states.blocked_auth, JSON.stringify(states)).toBe(50)
    expect(states.failed).toBeUndefined()

    const token = sandbox.controls.rotateToken()
    await core.connection.connect({ region: 'custom', restUrl: sandbox.restUrl, widgetUrl: sandbox.widgetUrl, token })
    expect(sync.state().state).not.toBe('paused_auth')
    expect(await sendAll()).toMatchObject({ state: 'idle', remaining: 0 })
    const records = sandbox.controls.resources()
    expect(records).toHaveLength(50)
    expect(duplicates(records)).toEqual([])
  }, 300_000)
})
