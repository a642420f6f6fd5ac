// The process's one resume worker, shared by every core in it (tests, the CLI and the browser host may open
// several one after another). Each core takes a lease and gives it back when it closes; when the last lease is
// given back the worker is ended, after a short linger so that a core opened right after another (each CLI command
// in a test, each test of a file) reuses the warm worker instead of paying its start-up (about a second) again.
// An idle worker holds no reference, so neither it nor the linger ever keeps a process alive.
import { AppError } from '../../shared/errors'
import { createResumeRenderer, type ResumeRenderer } from './renderer'

const SHARED_LINGER_MS = 10_000

export interface RendererPool {
  /** A renderer whose close() gives the lease back (the worker ends when no lease is left). */
  lease(): ResumeRenderer
  readonly leases: number
}

export function createRendererPool(renderer: ResumeRenderer, lingerMs: number): RendererPool {
  let leases = 0
  let linger: NodeJS.Timeout | null = null
  return {
    get leases() {
      return leases
    },
    lease() {
      leases++
      if (linger) clearTimeout(linger)
      linger = null
      let open = true
      return {
        render(candidate, generatedAt) {
          if (!open) return Promise.reject(new AppError('internal', 'The resume renderer of a closed core was used.'))
          return renderer.render(candidate, generatedAt)
        },
        async close() {
          if (!open) return
          open = false
          if (--leases > 0) return
          if (lingerMs <= 0) return renderer.close()
          linger = setTimeout(() => {
            linger = null
            if (leases === 0) void renderer.close()
          }, lingerMs)
          linger.unref()
        }
      }
    }
  }
}

let shared: RendererPool | null = null

/** The process's pool (created on first use). */
export function sharedRendererPool(): RendererPool {
  shared ??= createRendererPool(createResumeRenderer(), SHARED_LINGER_MS)
  return shared
}

export const leaseSharedResumeRenderer = (): ResumeRenderer => sharedRendererPool().lease()
