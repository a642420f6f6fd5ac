// Worker thread entry: renders resumes off the main thread, so the app's event loop (IPC, the queue, the UI's
// API) never stalls on PDF layout. Built as out/main/resume-worker.js; run from source under tsx in development.
import { parentPort } from 'node:worker_threads'
import type { CandidateFields } from '../../shared/domain'
import { renderResumePdf } from './render'

export interface RenderRequest {
  id: number
  candidate: CandidateFields
  generatedAt: string
}

export type RenderReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string }

parentPort?.on('message', async (request: RenderRequest) => {
  try {
    const bytes = await renderResumePdf(request.candidate, { generatedAt: new Date(request.generatedAt) })
    const copy = new Uint8Array(bytes) // its own buffer, so it can be transferred without copying again
    parentPort!.postMessage({ id: request.id, ok: true, bytes: copy } satisfies RenderReply, [copy.buffer])
  } catch (error) {
    parentPort!.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies RenderReply)
  }
})
