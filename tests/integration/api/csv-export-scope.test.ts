// Export CSV of what the list shows or of the selection, over the dispatcher on a real data folder: the file holds
// exactly the candidates the same search and filters list (or the given ids), in one job or across jobs; a request
// mixing both is refused with the reason.
import { describe, expect, it } from 'vitest'
import { apiOnTempFolder, type valueOf } from '../../helpers/api'

type Value = ReturnType<typeof valueOf>

async function exportedNames(value: Value, input: Record<string, unknown>): Promise<{ rows: number; names: string[] }> {
  const file = await value('csv.export', input)
  const text = Buffer.from((await value('files.read', { fileId: file.fileId, offset: 0, length: 100_000 })).data, 'base64').toString()
  // The template's first column is the first name.
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
  return { rows: file.rows, names: lines.map((line) => line.split(',')[0]).sort() }
}

async function seeded() {
  const { value, dispatch } = apiOnTempFolder()
  const icu = await value('jobs.create', { title: 'ICU Nurse' })
  const ward = await value('jobs.create', { title: 'Ward Sister' })
  const ids: Record<string, number> = {}
  for (const [fullName, company] of [
    ['Ann Lee', 'Leeds General'],
    ['Bo Chen', 'St Mary’s'],
    ['Cy Diaz', 'Leeds General'],
    ['Di Evans', 'St Mary’s']
  ])
    ids[fullName] = (await value('candidates.create', { jobId: icu.id, fullName, currentCompany: company })).id
  ids['Ed Fox'] = (await value('candidates.create', { jobId: ward.id, fullName: 'Ed Fox' })).id
  await value('stages.record', { jobId: icu.id, candidateIds: [ids['Ann Lee'], ids['Bo Chen'], ids['Cy Diaz']], stage: 'replied' })
  await value('stages.record', { jobId: ward.id, candidateIds: [ids['Ed Fox']], stage: 'replied' })
  return { value, dispatch, icu, ids }
}

describe('csv.export of what is shown or selected', () => {
  it('exports exactly the candidates the stage filter and search list, in a job and across jobs', async () => {
    const { value, icu, ids } = await seeded()
    expect(await exportedNames(value, { jobId: icu.id })).toEqual({ rows: 4, names: ['Ann', 'Bo', 'Cy', 'Di'] })
    const replied = await exportedNames(value, { jobId: icu.id, stage: 'replied' })
    expect(replied).toEqual({ rows: 3, names: ['Ann', 'Bo', 'Cy'] })
    const listed = await value('candidates.review', { jobId: icu.id, stage: 'replied', offset: 0, limit: 50 })
    expect(replied.rows).toBe(listed.total)
    expect(await exportedNames(value, { jobId: icu.id, stage: 'replied', search: 'leeds' })).toEqual({ rows: 2, names: ['Ann', 'Cy'] })
    expect(await exportedNames(value, { jobId: icu.id, syncStatus: 'synced' })).toEqual({ rows: 0, names: [] })
    // A row the list keeps (dimmed) after it moved out of the filter is shown, so it is exported too.
    const kept = await exportedNames(value, { jobId: icu.id, stage: 'replied', keepIds: [ids['Di Evans']] })
    expect(kept).toEqual({ rows: 4, names: ['Ann', 'Bo', 'Cy', 'Di'] })
    expect(kept.rows).toBe((await value('candidates.review', { jobId: icu.id, stage: 'replied', keepIds: [ids['Di Evans']], offset: 0, limit: 50 })).total)
    expect(await exportedNames(value, { jobId: null, stage: 'replied' })).toEqual({ rows: 4, names: ['Ann', 'Bo', 'Cy', 'Ed'] })
  })

  it('exports exactly the selected candidates', async () => {
    const { value, icu, ids } = await seeded()
    const selected = [ids['Bo Chen'], ids['Di Evans']]
    expect(await exportedNames(value, { jobId: icu.id, candidateIds: selected })).toEqual({ rows: 2, names: ['Bo', 'Di'] })
    expect(await exportedNames(value, { jobId: null, candidateIds: [ids['Ed Fox']] })).toEqual({ rows: 1, names: ['Ed'] })
  })

  it('refuses ids together with filters, and an empty selection, saying why', async () => {
    const { dispatch, icu, ids } = await seeded()
    expect(await dispatch('csv.export', { jobId: icu.id, stage: 'replied', candidateIds: [ids['Ann Lee']] })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'candidateIds', message: expect.stringContaining('not both') }
    })
    expect(await dispatch('csv.export', { jobId: icu.id, candidateIds: [] })).toMatchObject({ ok: false, error: { code: 'validation', field: 'candidateIds' } })
  })
})
