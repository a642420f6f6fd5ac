// Windows-1252 decoding. Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 becomes U+0080 instead
// of "€"), so the 27 characters where the two differ are mapped here. Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no
// character in Windows-1252 and stay U+0081 … as the WHATWG encoding standard says.

const HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ'
}

const C1 = /[\u0080-\u009f]/g

/** Decodes Windows-1252 bytes. Single-byte, so chunks can be decoded independently. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return latin1.replace(C1, (c) => HIGH[c.charCodeAt(0)] ?? c)
}

/** Byte -> character for the bytes where Windows-1252 differs from ISO-8859-1 (the tests encode with it). */
export const WINDOWS_1252_HIGH: Readonly<Record<number, string>> = HIGH
