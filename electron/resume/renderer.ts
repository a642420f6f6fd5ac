// A worker thread that renders resumes, started on first use and restarted if it dies. Rendering in the calling
// thread blocked its event loop for 230–290 ms on the first resume and 30–80 ms on later ones (measured with a 1 ms
// heartbeat): over the 50 ms budget for the main process, which serves IPC and runs the sync queue.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { CandidateFields } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { resumeFileName } from './file-name'
import type { RenderReply, RenderRequest } from './worker'

export interface RenderedResume {
  bytes: Uint8Array
  /** e.g. "Ann Lee - Resume.pdf" */
  fileName: string
}

export interface ResumeRenderer {
  render(candidate: CandidateFields, generatedAt: Date): Promise<RenderedResume>
  /** Ends the worker thread (pending renders are rejected). A later render starts a new one. */
  close(): Promise<void>
}

export interface ResumeRendererOptions {
  /** A render that takes longer ends the worker (it cannot be cancelled otherwise) and fails as transient. */
  timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 60_000

/**
 * The built worker sits next to the bundled main process (out/main/resume-worker.js, an extra entry in
 * electron.vite.config.mts). Packaged, that path is inside app.asar, and the worker is started from there on purpose:
 * Electron runs worker scripts from the archive and resolves their require()s and imports in it (asar support in
 * worker threads since Electron 18, electron/electron#33216), so the worker finds its shared chunks and
 * node_modules exactly as the main bundle does. An unpacked copy would not: next to app.asar.unpacked there are
 * no node_modules. Without a build (vitest, the tsx-run CLI and browser host) the TypeScript source runs through
 * tsx's require hook (Node 20 does not pass --import loaders on to workers).
 */
function startWorker(): Worker {
  // React and react-pdf's reconciler pick their build from NODE_ENV when first loaded, and nothing sets it in the
  // packaged app or the CLI: the development build's checks cost about 3 % of a resume. The worker gets its own copy
  // of the environment, so this changes nothing in the main process; an explicit NODE_ENV (vitest's "test") is kept.
  const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' }
  const built = join(__dirname, 'resume-worker.js')
  if (existsSync(built)) return new Worker(built, { env })
  const tsx = createRequire(__filename).resolve('tsx/cjs/api')
  const source = join(__dirname, 'worker.ts')
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)})`, { eval: true, env })
}

const duration = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`)

interface Pending {
  resolve(bytes: Uint8Array): void
  reject(error: Error): void
  timer: NodeJS.Timeout
}

export function createResumeRenderer(options: ResumeRendererOptions = {}): ResumeRenderer & { readonly threadId: number | null } {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, Pending>()

  const settle = (id: number): Pending | undefined => {
    const waiter = pending.get(id)
    if (!waiter) return undefined
    pending.delete(id)
    clearTimeout(waiter.timer)
    if (pending.size === 0) worker?.unref() // idle: never keep a CLI or test process alive for the worker
    return waiter
  }
  const failAll = (error: Error) => {
    for (const id of [...pending.keys()]) settle(id)?.reject(error)
  }
  /** Ends the current worker; every render still waiting on it fails with `why`. */
  const stop = async (why: AppError) => {
    const w = worker
    worker = null
    failAll(why)
    if (w) await w.terminate()
  }

  const start = () => {
    const w = startWorker()
    w.on('message', (reply: RenderReply) => {
      const waiter = settle(reply.id)
      if (!waiter) return
      if (reply.ok) waiter.resolve(reply.bytes)
      else waiter.reject(new AppError('internal', `The resume could not be rendered: ${reply.message}`))
    })
    w.on('error', (error) => {
      if (worker === w) void stop(new AppError('internal', `The resume renderer failed: ${error.message}`))
    })
    w.on('exit', () => {
      if (worker === w) void stop(new AppError('internal', 'The resume renderer stopped unexpectedly; the resume will be rendered again.'))
    })
    w.unref()
    return w
  }

  return {
    get threadId() {
      return worker?.threadId ?? null
    },
    async render(candidate, generatedAt) {
      worker ??= start()
      const active = worker
      const id = nextId++
      const request: RenderRequest = { id, candidate: { ...candidate }, generatedAt: generatedAt.toISOString() }
      const bytes = await new Promise<Uint8Array>((resolve, reject) => {
        const timer = setTimeout(() => {
          if (worker === active) void stop(new AppError('transient', `Rendering the resume took longer than ${duration(timeoutMs)}; it will be tried again.`))
        }, timeoutMs)
        timer.unref()
        pending.set(id, { resolve, reject, timer })
        active.ref() // keep the process alive while a render is outstanding
        active.postMessage(request)
      })
      return { bytes, fileName: resumeFileName(candidate) }
    },
    close: () => stop(new AppError('internal', 'The resume renderer was closed before the resume was ready.'))
  }
}
