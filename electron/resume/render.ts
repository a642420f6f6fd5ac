// Renders a candidate's resume to PDF bytes with @react-pdf/renderer.
import { createHash } from 'node:crypto'
import type { ReactElement } from 'react'
import type { CandidateFields } from '../../shared/domain'
import { Mutex } from '../lib/mutex'
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
    fonts: [{ src: files.regular }, { src: files.bold, fontWeight: 'bold' }, { src: files.italic, fontStyle: 'italic' }]
  })
  // Words are never hyphenated; only tokens too long for a line get break points (see line-breaks.ts).
  pdf.Font.registerHyphenationCallback(breakLongWord)
  registered = true
}

/** The parts of a fontkit font this file touches (react-pdf keeps the parsed font as a source's `data`). */
interface FontkitFont {
  _glyphs?: object
  postscriptName?: string
  name?: { records?: object & { toJSON?: () => string } }
}

const registeredSources = (pdf: ReactPdf): { data: FontkitFont | null }[] =>
  (pdf.Font.getRegisteredFonts() as Record<string, { sources: { data: FontkitFont | null }[] }>)[RESUME_FONT_FAMILY]?.sources ?? []

/**
 * fontkit caches decoded glyphs on the font, and embedding a subset in one PDF alters cached glyphs so that the
 * next PDF lost letters ("Madonna" came out as "Mad nna" after "Żółć"). Dropping that cache before each document
 * keeps the parsed font (the expensive part) and gives every document clean glyphs.
 */
function freshGlyphs(pdf: ReactPdf): void {
  for (const { data } of registeredSources(pdf)) if (data && '_glyphs' in data) data._glyphs = {}
}

/**
 * react-pdf hands pdfkit the font object for every run of glyphs, which pdfkit cannot look up by name, so each run
 * opens the font again and compares it with the one already in the document by JSON-serialising both fonts' name
 * tables: DejaVu's holds its 5.5 kB licence, 0.035 ms a run, about 1 ms of a resume's 16. The comparison stays
 * exact when the records serialise to a digest of their own JSON, computed once per font.
 */
function cheapNameComparison(pdf: ReactPdf): void {
  for (const { data } of registeredSources(pdf)) {
    const records = data?.name?.records
    if (!records || records.toJSON) continue
    const digest = `${data.postscriptName ?? ''}#${createHash('sha256').update(JSON.stringify(records)).digest('hex')}`
    Object.defineProperty(records, 'toJSON', { value: () => digest, enumerable: false })
  }
}

/** One document at a time: documents share the font's glyph cache (and one thread gains nothing from more). */
const oneAtATime = new Mutex()

/**
 * Renders any react-pdf document with the resume font registered and a fresh glyph cache, one at a time. The resume
 * uses it, and so does the benchmark's floor (a one-line document in the same embedded font).
 */
export function renderWithResumeFont(build: (pdf: ReactPdf, fontFamily: string) => ReactElement): Promise<Uint8Array> {
  return oneAtATime.run(async () => {
    const pdf = await reactPdf()
    registerFonts(pdf)
    freshGlyphs(pdf)
    const buffer = await pdf.renderToBuffer(build(pdf, RESUME_FONT_FAMILY) as Parameters<ReactPdf['renderToBuffer']>[0])
    cheapNameComparison(pdf) // after the render: react-pdf parses a font on its first use
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  })
}

export function renderResumePdf(candidate: CandidateFields, options: { generatedAt: Date }): Promise<Uint8Array> {
  return renderWithResumeFont((pdf, fontFamily) => resumeDocument(pdf, resumeContent(candidate, options.generatedAt), fontFamily))
}
