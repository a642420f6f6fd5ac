// A cell's number format code (Excel's "Format Cells › Custom" text), split into what prints as it is and what
// stands for part of the value. Only the first section is used (positive numbers and text; a negative number gets
// a minus sign in front of it): a list of people has phone numbers and IDs, not negative amounts.

export type Token = { literal: string } | { code: string }

/** Codes Excel gives a default format number, which it shows in the computer's own date style. */
export const LOCALE_DATE_CODES = new Set(['mm-dd-yy', 'm/d/yy "h":mm'])

function firstSection(code: string): string {
  let quoted = false
  for (let i = 0; i < code.length; i++) {
    const c = code[i]
    if (c === '"') quoted = !quoted
    else if (!quoted && c === '\\') i++
    else if (!quoted && c === ';') return code.slice(0, i)
  }
  return code
}

export function formatTokens(code: string): Token[] {
  const section = firstSection(code)
  const tokens: Token[] = []
  for (let i = 0; i < section.length; i++) {
    const c = section[i]
    if (c === '"') {
      const end = section.indexOf('"', i + 1)
      const stop = end === -1 ? section.length : end
      tokens.push({ literal: section.slice(i + 1, stop) })
      i = stop
    } else if (c === '\\') tokens.push({ literal: section[++i] ?? '' })
    else if (c === '_') {
      tokens.push({ literal: ' ' }) // a space as wide as the next character
      i++
    } else if (c === '*')
      i++ // fills the column with the next character: nothing in a text
    else if (c === '[') {
      const end = section.indexOf(']', i)
      const inside = section.slice(i + 1, end === -1 ? section.length : end)
      if (/^(h+|m+|s+)$/i.test(inside)) tokens.push({ code: `[${inside}]` })
      else if (inside.startsWith('$')) tokens.push({ literal: inside.slice(1).split('-')[0] }) // [$€-407]: a currency sign
      // colours and conditions ([Red], [>100]) print nothing
      i = end === -1 ? section.length : end
    } else tokens.push({ code: c })
  }
  return tokens
}

/** Whether the code shows a date or a time (its code characters hold y, m, d, h or s). */
export function isDateFormat(code: string | undefined): boolean {
  if (!code || code === 'General') return false
  return formatTokens(code).some((t) => 'code' in t && /[ymdhs]/i.test(t.code))
}
