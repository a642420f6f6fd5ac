// Control characters in text people type or import: C0 (U+0000–U+001F) and DEL. None of them is ever meant in a
// candidate or a job: a terminal acts on them (ESC starts a command sequence, BEL rings), a NUL makes the app's own
// CSV export look like a binary file to its import. Every door (API, CLI, "Add candidate", CSV import) refuses them
// with this message, naming the character; TAB and line breaks are kept only in fields of several lines (notes …).
// Pure: no Node, Electron or DOM.

const C0_NAMES = [
  'NUL',
  'SOH',
  'STX',
  'ETX',
  'EOT',
  'ENQ',
  'ACK',
  'BEL',
  'BS',
  'TAB',
  'LF',
  'VT',
  'FF',
  'CR',
  'SO',
  'SI',
  'DLE',
  'DC1',
  'DC2',
  'DC3',
  'DC4',
  'NAK',
  'SYN',
  'ETB',
  'CAN',
  'EM',
  'SUB',
  'ESC',
  'FS',
  'GS',
  'RS',
  'US'
]

// eslint-disable-next-line no-control-regex -- finding control characters is this file's job
const ANY_CONTROL = /[\u0000-\u001f\u007f]/
// eslint-disable-next-line no-control-regex -- as above, less TAB (U+0009), LF (U+000A) and CR (U+000D)
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`

/** "U+001B (ESC)": a control character as people can look it up. */
export function controlName(code: number): string {
  const name = code === 0x7f ? 'DEL' : C0_NAMES[code]
  return name ? `${codePoint(code)} (${name})` : codePoint(code)
}

/**
 * What is wrong with a value holding a control character, as the end of a sentence that starts with the field's
 * name ("contains the control character U+001B (ESC) at character 4: remove it"); null when there is none.
 * `multiline`: the field may hold TAB, LF and CR (a notes field), which are refused elsewhere.
 */
export function controlCharacterProblem(value: string, multiline = false): string | null {
  const match = (multiline ? CONTROL_BUT_LINES : ANY_CONTROL).exec(value)
  if (!match) return null
  const code = match[0].charCodeAt(0)
  // Counted in characters as people see them (an emoji before it is one), from 1.
  const at = `at character ${Array.from(value.slice(0, match.index)).length + 1}`
  if (code === 0x0a || code === 0x0d) return `contains a line break (${codePoint(code)}) ${at}: it must be one line`
  if (code === 0x09) return `contains a tab (${codePoint(code)}) ${at}: use a space instead`
  return `contains the control character ${controlName(code)} ${at}: remove it`
}
