import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Redactor } from './redact'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

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

export const LOG_FILE = 'tracker-sync.log'

/** JSON lines, one per event, in the data folder's logs/; rotated by size; secrets redacted before writing. */
export function createFileLogger(options: FileLoggerOptions): Logger & { readonly path: string } {
  const { dir, file = LOG_FILE, maxBytes = 5 * 1024 * 1024, keep = 3, clock = () => new Date() } = options
  mkdirSync(dir, { recursive: true })
  const path = join(dir, file)
  const redactor = new Redactor()
  let size = existsSync(path) ? statSync(path).size : 0

  const rotate = () => {
    rmSync(`${path}.${keep}`, { force: true })
    for (let i = keep - 1; i >= 1; i--) if (existsSync(`${path}.${i}`)) renameSync(`${path}.${i}`, `${path}.${i + 1}`)
    if (existsSync(path)) renameSync(path, `${path}.1`)
    size = 0
  }

  const write = (level: LogLevel, event: string, data?: Record<string, unknown>) => {
    const record = { at: clock().toISOString(), level, event, ...(data ? (redactor.value(data) as object) : {}) }
    const line = `${redactor.text(JSON.stringify(record))}\n`
    if (size + line.length > maxBytes && size > 0) rotate()
    try {
      appendFileSync(path, line)
      size += Buffer.byteLength(line)
    } catch {
      // Logging must never take the app down (disk full, folder removed); the event is lost, the work is not.
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
