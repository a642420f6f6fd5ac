import { afterAll, describe, expect, it } from 'vitest'
import { createResumeRenderer } from '../../../electron/resume/renderer'
import { createRendererPool, sharedRendererPool } from '../../../electron/resume/shared-renderer'
import { createCore } from '../../../electron/core'
import { createEnvStore } from '../../../electron/secrets'
import { tempDir } from '../../helpers/temp'
import { personNamed } from '../../helpers/candidate-fields'

const person = (fullName: string) => personNamed(fullName)

describe('the shared resume worker (one per process, leased by each core)', () => {
  const renderer = createResumeRenderer()
  afterAll(() => renderer.close())

  it('ends the worker when the last lease is given back', async () => {
    const pool = createRendererPool(renderer, 0)
    const a = pool.lease()
    const b = pool.lease()
    await a.render(person('Ann Lee'), new Date())
    expect(renderer.threadId).not.toBeNull()
    await a.close()
    await a.close() // twice is harmless and does not give back b's lease
    expect(pool.leases).toBe(1)
    expect(renderer.threadId).not.toBeNull()
    await expect(a.render(person('Ann Lee'), new Date())).rejects.toThrow('closed core')
    await b.close()
    expect(pool.leases).toBe(0)
    expect(renderer.threadId).toBeNull()
  })

  it('with a linger, a core opened right after another reuses the warm worker', async () => {
    const pool = createRendererPool(renderer, 60_000)
    const first = pool.lease()
    await first.render(person('Ann Lee'), new Date())
    const thread = renderer.threadId
    await first.close()
    expect(renderer.threadId).toBe(thread) // lingering, not ended
    const second = pool.lease()
    await second.render(person('Bo Chen'), new Date())
    expect(renderer.threadId).toBe(thread)
    await second.close()
  })

  it('a core renders a stored candidate by id, names the file, and gives its lease back on close', async () => {
    const pool = sharedRendererPool()
    const before = pool.leases
    const core = createCore({ dataDir: tempDir(), secrets: createEnvStore('unused') })
    expect(pool.leases).toBe(before + 1)
    const job = core.jobs.create({ title: 'Nurse' })
    const candidate = core.candidates.create({ jobId: job.id, fullName: 'Ольга Петрова', currentTitle: 'Nurse' })
    const resume = await core.resume.render(candidate.id)
    expect(Buffer.from(resume.bytes.subarray(0, 5)).toString()).toBe('%PDF-')
    expect(resume.fileName).toBe('Ольга Петрова - Resume.pdf')
    await expect(core.resume.render(candidate.id + 100)).rejects.toMatchObject({ code: 'not_found' })
    await core.close()
    expect(pool.leases).toBe(before)
  })
})
