// Text as a workbook's XML stores it: XML character references, and Office's own escape for characters XML cannot
// hold (a carriage return is written "_x000D_"; a literal "_x000D_" is written "_x005F_x000D_").

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** "&lt;b&gt; &#233;" -> "<b> é" (unknown references are kept as they are). */
export function decodeXml(text: string): string {
  if (text.indexOf('&') === -1) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** "Line 1_x000D_\nLine 2" -> "Line 1\r\nLine 2"; "_x005F_x000D_" -> "_x000D_". */
export function unescapeOffice(text: string): string {
  if (text.indexOf('_x') === -1) return text
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}
