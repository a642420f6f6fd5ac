// Shared by the in-process sync tests and the child-process worker of the crash tests (no vitest imports here).
import { createElement as h } from 'react'
import type { Candidate } from '../../shared/domain'

/** A real (if plain) PDF, so attachResume sends real bytes. */
export async function plainResume(candidate: Candidate) {
  // A dynamic import: @react-pdf is ESM-only, and tsx's CommonJS loader cannot resolve its import-only exports.
  const { Document, Page, Text, renderToBuffer } = await import('@react-pdf/renderer')
  const bytes = new Uint8Array(await renderToBuffer(h(Document, null, h(Page, null, h(Text, null, candidate.fullName)))))
  return { bytes, fileName: `${candidate.fullName} - Resume.pdf` }
}

/** Queue timings that keep tests quick. */
export const FAST_QUEUE = { retryBaseMs: 20, retryMaxMs: 200, probeBaseMs: 20, probeMaxMs: 200, pollMs: 200, heartbeatMs: 1000 }
