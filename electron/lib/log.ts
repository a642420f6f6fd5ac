import { appendFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { ensurePrivateDir, PRIVATE_FILE_MODE, tightenFiles } from './private-files'
import { join } from 'node:path'
import { Redactor } from './redact'

type LogLevel = 'debug' | 'info' | 'warn' | 'error'

export interface Logger {
  debug(event: string, data?: Record<string, unknown>): void
  info(event: string, data?: Record<string, unknown>): void
  warn(event: string, data?: Record<string, unknown>): void
  error(event: string, data?: Record<string, unknown>): void
  /** Shared with the TrackerRMS client so everything it learns to be secret is scrubbed from every line. */
  readonly redactor: Redactor
}

export interface FileLoggerOptions {
  dir: string
  file?: string
  /** Rotate when the file grows past this. */
  maxBytes?: number
  /** Rotated files kept: tracker-sync.log.1 … .N */
  keep?: number
  clock?: () => Date
}

const LOG_FILE = 'tracker-sync.log'

/**
 * JSON lines, one per event, in the data folder's logs/; rotated by size; secrets redacted before writing.
 * The desktop app (or browser host) and the command line may append to the same file: the size that decides
 * rotation is the file's own, read before each line, not a count kept by one process. Nothing here throws into the
 * caller: a line that cannot be written (disk full, folder removed, a rotation that failed) is lost, the work is not.
 */
export function createFileLogger(options: FileLoggerOptions): Logger & { readonly path: string } {
  const { dir, file = LOG_FILE, maxBytes = 5 * 1024 * 1024, keep = 3, clock = () => new Date() } = options
  const path = join(dir, file)
  try {
    ensurePrivateDir(dir)
    tightenFiles(path, ...Array.from({ length: keep }, (_, i) => `${path}.${i + 1}`))
  } catch {
    // An unwritable folder: lines are lost (below), the app carries on.
  }
  const redactor = new Redactor()
  const size = () => statSync(path, { throwIfNoEntry: false })?.size ?? 0

  const rotate = () => {
    rmSync(`${path}.${keep}`, { force: true })
    for (let i = keep - 1; i >= 1; i--) if (existsSync(`${path}.${i}`)) renameSync(`${path}.${i}`, `${path}.${i + 1}`)
    if (existsSync(path)) renameSync(path, `${path}.1`)
  }

  const write = (level: LogLevel, event: string, data?: Record<string, unknown>) => {
    try {
      const record = { at: clock().toISOString(), level, event, ...(data ? (redactor.value(data) as object) : {}) }
      const line = `${redactor.text(JSON.stringify(record))}\n`
      try {
        const now = size()
        if (now > 0 && now + Buffer.byteLength(line) > maxBytes) rotate()
      } catch {
        // Another process rotated at the same moment, or a file is in the way: write to the file as it is.
      }
      appendFileSync(path, line, { mode: PRIVATE_FILE_MODE })
    } catch {
      // Logging must never take the app down; the event is lost, the work is not.
    }
  }

  return {
    path,
    redactor,
    debug: (event, data) => write('debug', event, data),
    info: (event, data) => write('info', event, data),
    warn: (event, data) => write('warn', event, data),
    error: (event, data) => write('error', event, data)
  }
}
