import type { CandidateFields } from '../../shared/domain'

/** "Ann Lee - Resume.pdf": safe on every OS (no path separators, reserved or control characters), any script. */
export function resumeFileName(candidate: Pick<CandidateFields, 'fullName'>): string {
  const name = candidate.fullName
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 100)
    .trim()
  return `${name || 'Candidate'} - Resume.pdf`
}
