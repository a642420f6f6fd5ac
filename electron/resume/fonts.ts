// The resume font: DejaVu Sans, from the dejavu-fonts-ttf package (its licence ships in that package). It covers
// Latin Extended, Greek, Cyrillic and Vietnamese, which the PDF's built-in fonts (WinAnsi only) do not. It is always
// read from a local file: react-pdf would fetch() a URL, and the app must work offline.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export const RESUME_FONT_FAMILY = 'DejaVu Sans'

/**
 * The folder holding the TTF files, found the way Node finds the package: node_modules/dejavu-fonts-ttf/ttf in
 * development, tests and the tsx-run CLI; in the packaged app that path is inside app.asar, and the TTFs are also
 * unpacked next to it (asarUnpack in electron-builder.yml), so the font engine reads them from a real file. The
 * package (with its LICENSE) ships because it is a production dependency.
 */
function fontDirectory(): string {
  const require = createRequire(__filename)
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  const unpacked = dir.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
  return unpacked !== dir && existsSync(unpacked) ? unpacked : dir
}

export function fontFiles(): { regular: string; bold: string; italic: string } {
  const dir = fontDirectory()
  return {
    regular: join(dir, 'DejaVuSans.ttf'),
    bold: join(dir, 'DejaVuSans-Bold.ttf'),
    italic: join(dir, 'DejaVuSans-Oblique.ttf')
  }
}
