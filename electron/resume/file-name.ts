import type { CandidateFields } from '../../shared/domain'

/** Characters no file system may get: path separators, Windows-reserved punctuation, control and format characters
 * (the latter include right-to-left overrides that could make "…fdp.exe" look like "…exe.pdf"). */
const UNSAFE = /[<>:"/\\|?*\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu

/** Keeps the name (without " - Resume.pdf") well under every file system's 255-byte limit, even in 4-byte UTF-8. */
const MAX_NAME_CHARS = 60

/** "Ann Lee - Resume.pdf": safe on every OS (no path separators, reserved or control characters), any script. */
export function resumeFileName(candidate: Pick<CandidateFields, 'fullName'>): string {
  const cleaned = candidate.fullName
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  const name = Array.from(cleaned) // by code point, so a character outside the BMP is never cut in half
    .slice(0, MAX_NAME_CHARS)
    .join('')
    .replace(/[\s.]+$/, '')
  return `${name || 'Candidate'} - Resume.pdf`
}
