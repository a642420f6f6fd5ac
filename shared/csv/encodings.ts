// The text encodings an import file can be read in: detected (electron/csv/encoding.ts) or chosen by the user in the
// wizard or with `import --encoding NAME`. Names are the WHATWG / IANA ones; a few common aliases are accepted.

export const ENCODINGS = [
  { name: 'utf-8', label: 'UTF-8' },
  { name: 'utf-16le', label: 'UTF-16 LE' },
  { name: 'utf-16be', label: 'UTF-16 BE' },
  { name: 'windows-1252', label: 'Windows-1252 (Western European)' },
  { name: 'windows-1250', label: 'Windows-1250 (Central European)' },
  { name: 'windows-1251', label: 'Windows-1251 (Cyrillic)' },
  { name: 'windows-1253', label: 'Windows-1253 (Greek)' },
  { name: 'windows-1254', label: 'Windows-1254 (Turkish)' },
  { name: 'windows-1257', label: 'Windows-1257 (Baltic)' },
  { name: 'iso-8859-1', label: 'ISO-8859-1 (Latin-1, Western European)' },
  { name: 'iso-8859-15', label: 'ISO-8859-15 (Latin-9, Western European with €)' },
  { name: 'iso-8859-2', label: 'ISO-8859-2 (Latin-2, Central European)' },
  { name: 'iso-8859-5', label: 'ISO-8859-5 (Cyrillic)' },
  { name: 'iso-8859-7', label: 'ISO-8859-7 (Greek)' },
  { name: 'iso-8859-9', label: 'ISO-8859-9 (Latin-5, Turkish)' },
  { name: 'iso-8859-13', label: 'ISO-8859-13 (Latin-7, Baltic)' },
  { name: 'koi8-r', label: 'KOI8-R (Russian)' },
  { name: 'shift_jis', label: 'Shift_JIS (Japanese)' }
] as const

export type EncodingName = (typeof ENCODINGS)[number]['name']

export const ENCODING_NAMES: readonly EncodingName[] = ENCODINGS.map((e) => e.name)

const ALIASES: Record<string, EncodingName> = {
  utf8: 'utf-8',
  cp1250: 'windows-1250',
  cp1251: 'windows-1251',
  cp1252: 'windows-1252',
  cp1253: 'windows-1253',
  cp1254: 'windows-1254',
  cp1257: 'windows-1257',
  latin1: 'iso-8859-1',
  latin2: 'iso-8859-2',
  latin9: 'iso-8859-15',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  cp932: 'shift_jis'
}

/** The encoding a name given by the user stands for (any case, a few aliases), or null when it is not supported. */
export function encodingNamed(name: string): EncodingName | null {
  const key = name.trim().toLowerCase()
  return ENCODING_NAMES.find((n) => n === key) ?? ALIASES[key] ?? null
}

export function encodingLabel(name: EncodingName): string {
  return ENCODINGS.find((e) => e.name === name)?.label ?? name
}

/** The message for a name that is not supported: what was given, and the names that are. */
export function unknownEncodingMessage(name: string): string {
  return `"${name}" is not an encoding Tracker Sync can read. Use one of: ${ENCODING_NAMES.join(', ')}.`
}
