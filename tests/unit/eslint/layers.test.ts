// The architecture rules of `npm run lint` (eslint/layers.mjs), proven on probe sources linted as if they were files
// of the project: an import up a layer, sideways within one, out of the sandbox, or back into a file that imports
// this one, fails; the tree as it is passes.
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')
const eslint = new ESLint({ cwd: ROOT })

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) })
  return result.messages.filter((m) => m.ruleId?.startsWith('layers/')).map((m) => `${m.ruleId}: ${m.message}`)
}

describe('npm run lint: the layers of docs/ARCHITECTURE.md', () => {
  it('fails on an import up a layer', async () => {
    expect(await problems('electron/lib/probe.ts', "import { createCore } from '../core'\nexport const probe = createCore\n")).toEqual([
      'layers/no-upward-import: electron/lib/probe.ts may not import electron/core/index.ts: electron/core/ is a layer above electron/lib/.'
    ])
    expect(await problems('electron/db/probe.ts', "import type { TrackerClient } from '../trackerrms'\nexport type Probe = TrackerClient\n")).toHaveLength(1)
    expect(await problems('electron/sync/probe.ts', "import type { Core } from '../core'\nexport type Probe = Core\n")).toHaveLength(1)
    expect(await problems('electron/api/probe.ts', "import { createHost } from '../host'\nexport const probe = createHost\n")).toHaveLength(1)
  })

  it('fails on an import sideways within one layer, out of the sandbox, or out of shared/ and renderer/', async () => {
    expect(
      await problems('electron/csv/probe.ts', "import { createSyncService } from '../sync/sync-service'\nexport const probe = createSyncService\n")
    ).toEqual([expect.stringContaining('electron/csv/ and electron/sync/ are one layer')])
    expect(await problems('electron/sandbox/probe.ts', "import { Redactor } from '../lib/redact'\nexport const probe = Redactor\n")).toEqual([
      expect.stringContaining('the sandbox imitates TrackerRMS')
    ])
    expect(await problems('shared/probe.ts', "import { Redactor } from '../electron/lib/redact'\nexport const probe = Redactor\n")).toEqual([
      expect.stringContaining('shared/ is pure')
    ])
    expect(await problems('renderer/src/probe.ts', "import { Redactor } from '../../electron/lib/redact'\nexport const probe = Redactor\n")).toEqual([
      expect.stringContaining('renderer/ imports only')
    ])
  })

  it('fails when two files import each other', async () => {
    // client.ts imports shapes.ts; a shapes.ts that imported client.ts back would tie the two together.
    expect(
      await problems('electron/trackerrms/shapes.ts', "import { createTrackerClient } from './client'\nexport const probe = createTrackerClient\n")
    ).toEqual([expect.stringContaining('electron/trackerrms/shapes.ts and electron/trackerrms/client.ts import each other')])
  })

  it('passes imports down the layers', async () => {
    expect(
      await problems(
        'electron/core/probe.ts',
        "import { createSyncService } from '../sync/sync-service'\nimport { Redactor } from '../lib/redact'\nexport const probe = [createSyncService, Redactor]\n"
      )
    ).toEqual([])
    expect(await problems('electron/host/probe.ts', "import { startSandbox } from '../sandbox'\nexport const probe = startSandbox\n")).toEqual([])
  })
})
