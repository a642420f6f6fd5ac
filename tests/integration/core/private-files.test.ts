// Candidates' personal data is readable by its owner only: the data folder 0700, the database (with WAL and SHM),
// logs, uploaded and prepared files, exports and the demo's state 0600 — and a folder made by an older version
// (0755 / 0644) is tightened when the app opens it. Output files are never written through a planted file or link.
import { chmodSync, mkdirSync, statSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../../electron/core'
import { exportCandidates } from '../../../electron/csv/export'
import { createFileStore } from '../../../electron/host/files'
import { createNewPrivateFile } from '../../../electron/lib/safe-output'
import { saveState } from '../../../electron/sandbox/state-file'
import { createEnvStore } from '../../../electron/secrets'
import { tempDir } from '../../helpers/temp'

const mode = (path: string) => statSync(path).mode & 0o777
const DB = 'tracker-sync.sqlite'

describe('private at rest', () => {
  it('a new data folder: folders 0700, the database with its WAL and SHM, the log 0600', async () => {
    const dataDir = join(tempDir(), 'Tracker Sync')
    const core = createCore({ dataDir, secrets: createEnvStore('unused-token', null) })
    core.jobs.create({ title: 'Welder' }) // a write: the WAL has content
    core.ctx.log.info('test.line', {})
    try {
      expect(mode(dataDir)).toBe(0o700)
      expect(mode(join(dataDir, 'logs'))).toBe(0o700)
      for (const file of [DB, `${DB}-wal`, `${DB}-shm`]) expect([file, mode(join(dataDir, file))]).toEqual([file, 0o600])
      expect(mode(join(dataDir, 'logs', 'tracker-sync.log'))).toBe(0o600)
    } finally {
      await core.close()
    }
  })

  it('a folder an older version made readable by everyone is tightened on start', async () => {
    const dataDir = join(tempDir(), 'old')
    const first = createCore({ dataDir, secrets: createEnvStore('unused-token', null) })
    first.ctx.log.info('old.line', {})
    const wal = join(dataDir, `${DB}-wal`)
    const loose = [join(dataDir, DB), join(dataDir, 'logs', 'tracker-sync.log')]
    // Close after loosening: the WAL and SHM exist while the database is open.
    for (const path of loose) chmodSync(path, 0o644)
    chmodSync(dataDir, 0o755)
    chmodSync(join(dataDir, 'logs'), 0o755)
    chmodSync(wal, 0o644)
    const again = createCore({ dataDir, secrets: createEnvStore('unused-token', null) })
    try {
      expect(mode(dataDir)).toBe(0o700)
      expect(mode(join(dataDir, 'logs'))).toBe(0o700)
      for (const path of [...loose, wal]) expect([path, mode(path)]).toEqual([path, 0o600])
    } finally {
      await again.close()
      await first.close()
    }
  })

  it('uploaded and prepared files, CSV exports and the demo’s state are 0600 in 0700 folders', async () => {
    const dataDir = tempDir()
    const files = createFileStore(dataDir)
    const { uploadId } = files.startUpload('people.csv', 4)
    files.appendChunk(uploadId, 0, Buffer.from('a,b\n'))
    const upload = files.path(files.finishUpload(uploadId).fileId)
    expect(mode(upload)).toBe(0o600)
    const tmp = join(dataDir, 'tmp')
    expect(mode(tmp)).toBe(0o700)
    for (const name of readdirSync(tmp)) expect(mode(join(tmp, name))).toBe(0o700)

    const core = createCore({ dataDir: join(dataDir, 'data'), secrets: createEnvStore('unused-token', null) })
    try {
      const prepared = files.prepare('candidates.csv')
      await exportCandidates(core.ctx.db, prepared.path, null)
      expect(mode(files.path(prepared.done().fileId))).toBe(0o600)
    } finally {
      await core.close()
      files.close()
    }
    const state = join(dataDir, 'demo-trackerrms.json')
    saveState(state, { version: 2 } as never)
    expect(mode(state)).toBe(0o600)
  })

  it('an export never writes through a file or symlink planted at its temporary name', async () => {
    const dir = tempDir()
    const target = join(dir, 'victim.txt')
    writeFileSync(target, 'keep me')
    const planted = join(dir, 'planted.csv')
    symlinkSync(target, planted)
    await expect(createNewPrivateFile(planted)).rejects.toMatchObject({ code: 'EEXIST' })
    mkdirSync(join(dir, 'out'))
    const core = createCore({ dataDir: join(dir, 'data'), secrets: createEnvStore('unused-token', null) })
    try {
      await exportCandidates(core.ctx.db, join(dir, 'out', 'all.csv'), null)
      expect(readdirSync(join(dir, 'out'))).toEqual(['all.csv']) // the random temporary name is gone
      expect(mode(join(dir, 'out', 'all.csv'))).toBe(0o600)
    } finally {
      await core.close()
    }
  })
})
