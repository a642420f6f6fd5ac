import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { LineEndingNormalizer } from '../../../electron/csv/line-endings'

const normalise = (text: string, delimiter = ',', cuts: number[] = []) => {
  const n = new LineEndingNormalizer(delimiter)
  let out = ''
  let from = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out += n.push(text.slice(from, cut))
    from = cut
  }
  return out + n.push(text.slice(from))
}

describe('record ends', () => {
  it('turns CR LF and lone CR between records into LF', () => {
    expect(normalise('a,b\r\nc,d\re,f\ng,h\r')).toBe('a,b\nc,d\ne,f\ng,h')
  })

  it('leaves line breaks inside quoted cells exactly as they were', () => {
    expect(normalise('a,"x\r\ny\rz"\r\nb,"q""\r\n"\r\n')).toBe('a,"x\r\ny\rz"\nb,"q""\r\n"\n')
  })

  it('treats a quote inside an unquoted cell as text, like papaparse', () => {
    expect(normalise('5\'11",b\r\nc,d\r\n')).toBe('5\'11",b\nc,d\n')
    expect(normalise('a;"b\r\n";c\r\n', ';')).toBe('a;"b\r\n";c\n')
  })

  it('gives the same text however the input is cut into chunks', () => {
    const piece = fc.constantFrom('a', ',', '"', '""', '\r', '\n', '\r\n', ' ', 'é')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(80), { maxLength: 6 }), (pieces, cuts) => {
        const text = pieces.join('')
        return (
          normalise(
            text,
            ',',
            cuts.map((c) => c % (text.length + 1))
          ) === normalise(text)
        )
      }),
      { numRuns: 2000 }
    )
  })

  it('makes papaparse read the same cells whatever the line ends', () => {
    const cell = fc.stringMatching(/^[a-z ,"\r\n]{0,8}$/)
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\r\n', '\n', '\r'),
        (rows, eol) => {
          const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join(eol)
          const parsed = Papa.parse<string[]>(normalise(text), { delimiter: ',', newline: '\n' }).data
          expect(parsed).toEqual(rows)
        }
      ),
      { numRuns: 500 }
    )
  })
})
