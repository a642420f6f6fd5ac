// One worker thread that renders resumes, started on first use and restarted if it dies. One render blocks a
// thread for 30–90 ms warm and about a second cold (fonts, layout engine): too long for the main process.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { CandidateFields } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { resumeFileName } from './file-name'
import type { RenderReply, RenderRequest } from './worker'

export interface ResumeRenderer {
  render(candidate: CandidateFields, generatedAt: Date): Promise<{ bytes: Uint8Array; fileName: string }>
  close(): Promise<void>
}

/**
 * The built worker next to the bundled main process; otherwise (tests, the tsx-run CLI and browser host) the
 * TypeScript source, loaded through tsx's require hook (Node 20 does not pass --import loaders to workers).
 */
function startWorker(): Worker {
  const built = join(__dirname, 'resume-worker.js')
  // Packaged, the worker script is unpacked next to app.asar (asarUnpack in electron-builder.yml).
  const unpacked = built.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
  if (unpacked !== built && existsSync(unpacked)) return new Worker(unpacked)
  if (existsSync(built)) return new Worker(built)
  const tsx = createRequire(__filename).resolve('tsx/cjs/api')
  const source = join(__dirname, 'worker.ts')
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)})`, { eval: true })
}

export function createResumeRenderer(): ResumeRenderer {
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>()

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
  }

  const start = () => {
    const w = startWorker()
    w.on('message', (reply: RenderReply) => {
      const waiter = pending.get(reply.id)
      if (!waiter) return
      pending.delete(reply.id)
      if (reply.ok) waiter.resolve(reply.bytes)
      else waiter.reject(new AppError('internal', `The resume could not be rendered: ${reply.message}`))
    })
    w.on('error', (error) => failAll(new AppError('internal', `The resume renderer failed: ${error.message}`)))
    w.on('exit', () => {
      if (worker === w) worker = null
      failAll(new AppError('internal', 'The resume renderer stopped unexpectedly.'))
    })
    // Idle: do not keep a CLI process alive just for the worker.
    w.unref()
    return w
  }

  return {
    render(candidate, generatedAt) {
      worker ??= start()
      const id = nextId++
      const request: RenderRequest = { id, candidate: { ...candidate }, generatedAt: generatedAt.toISOString() }
      const active = worker
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        active.ref() // keep the process alive while a render is outstanding
        active.postMessage(request)
      })
        .then((bytes) => ({ bytes, fileName: resumeFileName(candidate) }))
        .finally(() => {
          if (pending.size === 0) active.unref()
        })
    },
    async close() {
      const w = worker
      worker = null
      if (w) await w.terminate()
    }
  }
}

let shared: ResumeRenderer | null = null

/**
 * The process's one resume worker, shared by every core in the process (tests and the browser host may open
 * several). It holds no reference while idle, so it never keeps a process alive.
 */
export function sharedResumeRenderer(): ResumeRenderer {
  shared ??= createResumeRenderer()
  return shared
}
