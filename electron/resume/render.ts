// Renders a candidate's resume to PDF bytes with @react-pdf/renderer.
import type { CandidateFields } from '../../shared/domain'
import { Mutex } from '../core/mutex'
import { resumeContent } from './content'
import { resumeDocument } from './document'
import { RESUME_FONT_FAMILY, fontFiles } from './fonts'
import { breakLongWord } from './line-breaks'

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

let registered = false

/** Registers the resume font once per process (from the local file: never a URL). */
function registerFonts(pdf: ReactPdf): void {
  if (registered) return
  const files = fontFiles()
  pdf.Font.register({
    family: RESUME_FONT_FAMILY,
    fonts: [
      { src: files.regular },
      { src: files.bold, fontWeight: 'bold' },
      { src: files.italic, fontStyle: 'italic' }
    ]
  })
  // Words are never hyphenated; only tokens too long for a line get break points (see line-breaks.ts).
  pdf.Font.registerHyphenationCallback(breakLongWord)
  registered = true
}

/**
 * fontkit caches decoded glyphs on the font, and embedding a subset in one PDF alters cached glyphs so that the
 * next PDF lost letters ("Madonna" came out as "Mad nna" after "Żółć"). Dropping that cache before each document
 * keeps the parsed font (the expensive part) and gives every document clean glyphs.
 */
function freshGlyphs(pdf: ReactPdf): void {
  const family = (pdf.Font.getRegisteredFonts() as Record<string, { sources: { data: { _glyphs?: object } | null }[] }>)[RESUME_FONT_FAMILY]
  for (const source of family?.sources ?? []) if (source.data && '_glyphs' in source.data) source.data._glyphs = {}
}

/** One document at a time: documents share the font's glyph cache (and one thread gains nothing from more). */
const oneAtATime = new Mutex()

export function renderResumePdf(candidate: CandidateFields, options: { generatedAt: Date }): Promise<Uint8Array> {
  return oneAtATime.run(async () => {
    const pdf = await reactPdf()
    registerFonts(pdf)
    freshGlyphs(pdf)
    const element = resumeDocument(pdf, resumeContent(candidate, options.generatedAt), RESUME_FONT_FAMILY) as Parameters<ReactPdf['renderToBuffer']>[0]
    const buffer = await pdf.renderToBuffer(element)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  })
}
