// The import wizard opens one file three times (inspect, preview, apply). Detecting its encoding reads the whole
// file (a UTF-8 check), so the detected source is kept and handed out again while the file is unchanged: same
// size, same modification and change times, same inode. A file saved again in between is detected afresh.
import { stat } from 'node:fs/promises'
import { openImportSource, type ImportSource } from './import-source'

interface Entry {
  stamp: string
  source: ImportSource
}

/** The few files a wizard has open at once; the oldest is dropped first. */
const KEEP = 4

export function createSourceCache(open: (file: string) => Promise<ImportSource> = openImportSource) {
  const entries = new Map<string, Entry>()

  async function stampOf(file: string): Promise<string | null> {
    try {
      const info = await stat(file)
      return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`
    } catch {
      return null // openSource says what is wrong with the path
    }
  }

  return {
    async open(file: string): Promise<ImportSource> {
      const stamp = await stampOf(file)
      const known = entries.get(file)
      if (known && stamp !== null && known.stamp === stamp) return known.source
      const source = await open(file)
      entries.delete(file)
      if (stamp !== null) entries.set(file, { stamp, source })
      while (entries.size > KEEP) entries.delete(entries.keys().next().value as string)
      return source
    }
  }
}
