// Renders a candidate's resume to PDF bytes with @react-pdf/renderer.
import type { CandidateFields } from '../../shared/domain'
import { Mutex } from '../core/mutex'
import { resumeContent } from './content'
import { resumeDocument } from './document'
import { RESUME_FONT_FAMILY, fontFiles } from './fonts'

type ReactPdf = typeof import('@react-pdf/renderer')
let loaded: Promise<ReactPdf> | null = null

/**
 * @react-pdf/renderer is ESM-only: a dynamic import works in vitest, in the tsx-run CLI (whose CommonJS loader
 * cannot resolve the package's import-only sub-exports) and in the CommonJS bundle of the Electron main process.
 */
function reactPdf(): Promise<ReactPdf> {
  loaded ??= import('@react-pdf/renderer')
  return loaded
}

let renders = 0

/**
 * Registers the fonts afresh under a new family name. A parsed font reused by the next document loses glyphs from
 * its subset (a name rendered after another came out as "Mad nna"), so every document gets new font objects read
 * from the file, and the previous document's family is dropped so they do not pile up.
 */
function registerFonts(pdf: ReactPdf): string {
  const files = fontFiles()
  const registered = pdf.Font.getRegisteredFonts() as Record<string, unknown>
  for (const family of Object.keys(registered)) if (family.startsWith(RESUME_FONT_FAMILY)) delete registered[family]
  const family = `${RESUME_FONT_FAMILY} ${++renders}`
  pdf.Font.register({
    family,
    fonts: [
      { src: files.regular },
      { src: files.bold, fontWeight: 'bold' },
      { src: files.italic, fontStyle: 'italic' }
    ]
  })
  // Names and emails must never be broken with hyphens.
  pdf.Font.registerHyphenationCallback((word) => [word])
  return family
}

/** One document at a time: each replaces the fonts the previous one registered (and one thread gains nothing). */
const oneAtATime = new Mutex()

export function renderResumePdf(candidate: CandidateFields, options: { generatedAt: Date }): Promise<Uint8Array> {
  return oneAtATime.run(async () => {
    const pdf = await reactPdf()
    const family = registerFonts(pdf)
    const element = resumeDocument(pdf, resumeContent(candidate, options.generatedAt), family) as Parameters<ReactPdf['renderToBuffer']>[0]
    const buffer = await pdf.renderToBuffer(element)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  })
}
