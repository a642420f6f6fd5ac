// eslint-disable-next-line no-control-regex -- C0 controls, DEL and C1 controls: what a terminal may act on
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g
// eslint-disable-next-line no-control-regex -- the same, less the line feed that ends the lines of the output
const CONTROLS_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g
const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' }
const escaped = (char: string) => NAMED[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`

/**
 * Text for the terminal with every control character made visible (ESC as \x1b, a tab as \t): a terminal acts on
 * them (colours, moving the cursor, rewriting the title), and data stored before they were refused may hold some.
 * Everything the CLI writes goes through here; `lineBreaks` keeps LF (whole messages), a table cell escapes it too.
 */
export function visible(text: string, lineBreaks = false): string {
  return text.replace(lineBreaks ? CONTROLS_BUT_LF : CONTROLS, escaped)
}

// DEL and C1 controls, which JSON.stringify leaves as they are
const UNESCAPED_BY_JSON = /[\u007f-\u009f]/g

/** JSON for the terminal: JSON.stringify escapes C0 controls; DEL and C1 get \u escapes too (the same JSON value). */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNESCAPED_BY_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A plain-text table with a header row, columns padded to their widest cell. */
export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : visible(String(cell)))))
  const widths = headers.map((header, i) => Math.max(header.length, ...cells.map((row) => [...(row[i] ?? '')].length)))
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell + ' '.repeat(Math.max(0, widths[i] - [...cell].length)))
      .join('  ')
      .trimEnd()
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}

/** "key: value" lines, aligned. */
export function pairs(entries: [string, string | number | null | undefined][]): string {
  const width = Math.max(...entries.map(([key]) => key.length))
  return entries.map(([key, value]) => `${(key + ':').padEnd(width + 1)} ${value === null || value === undefined ? '—' : visible(String(value))}`).join('\n')
}
