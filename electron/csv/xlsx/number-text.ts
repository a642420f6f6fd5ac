// A number cell as text, all its digits kept: a phone number typed into Excel is stored as the number 447700900123,
// and must come back as "447700900123", never "4.477009E+11" (which Excel's General format shows in a narrow column)
// nor "447700900123.0". Excel keeps 15 significant digits; so do we. A format code that places digits is applied:
// zeros in front ("00000000000" shows 07700900123), spaces and signs between them ("0#### ######",
// "\+44 #### ######"), decimals, thousands separators and percent. Anything else (exponents, fractions) keeps the
// plain digits, which lose nothing.
import { formatTokens, type Token } from './format-code'

const SIGNIFICANT = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 })

/** All the digits, no exponent, no trailing ".0". */
function plainNumber(n: number): string {
  if (Number.isSafeInteger(n) && Math.abs(n) < 1e15) return String(n)
  return SIGNIFICANT.format(n)
}

const isSlot = (t: Token): t is { code: string } => 'code' in t && (t.code === '0' || t.code === '#' || t.code === '?')
const isCode = (t: Token, c: string) => 'code' in t && t.code === c
/** What a token prints besides digits: its literal text, or the code character itself ("-", "(", "%"); "," prints nothing. */
const printed = (t: Token) => ('literal' in t ? t.literal : t.code === ',' ? '' : t.code)

export function numberText(n: number, code: string | undefined): string {
  if (!Number.isFinite(n)) return ''
  if (!code || code === 'General' || code === '@') return plainNumber(n)
  const tokens = formatTokens(code)
  if (!tokens.some(isSlot) || tokens.some((t) => 'code' in t && /[Ee/@]/.test(t.code))) return plainNumber(n)
  const value = Math.abs(n) * 100 ** tokens.filter((t) => isCode(t, '%')).length
  const point = tokens.findIndex((t) => isCode(t, '.'))
  const integer = point === -1 ? tokens : tokens.slice(0, point)
  const fraction = point === -1 ? [] : tokens.slice(point + 1)
  const decimals = fraction.filter(isSlot).length
  if (value >= 1e21 || decimals > 20) return plainNumber(n)
  const [whole, part = ''] = value.toFixed(decimals).split('.')
  const text = fillInteger(integer, whole === '0' ? '' : whole) + (point === -1 ? '' : '.' + fillFraction(fraction, part))
  return (n < 0 ? '-' : '') + text
}

/** Digits into the integer places from the right; those left over go before the first place. */
function fillInteger(tokens: Token[], digits: string): string {
  const slots = tokens.filter(isSlot)
  const last = slots.length ? tokens.lastIndexOf(slots[slots.length - 1]) : -1
  // a comma between places: thousands separators, the digits as one run in the places' stead
  if (tokens.some((t, i) => isCode(t, ',') && i < last)) {
    const run = digits.padStart(slots.filter((t) => t.code === '0').length, '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    const first = tokens.indexOf(slots[0])
    return tokens.map((t, i) => (isSlot(t) ? (i === first ? run : '') : printed(t))).join('')
  }
  let next = digits.length
  let seen = 0
  let out = ''
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]
    if (!isSlot(t)) {
      out = printed(t) + out
      continue
    }
    const digit = next > 0 ? digits[--next] : t.code === '0' ? '0' : t.code === '?' ? ' ' : ''
    out = (++seen === slots.length ? digits.slice(0, next) : '') + digit + out
  }
  return out
}

/** Decimals into the places after the point; optional places (#) at the end drop their zeros. */
function fillFraction(tokens: Token[], digits: string): string {
  const slots = tokens.filter(isSlot)
  let keep = digits.length
  while (keep > 0 && slots[keep - 1].code !== '0' && digits[keep - 1] === '0') keep--
  let next = 0
  return tokens.map((t) => (isSlot(t) ? (next++ < keep ? digits[next - 1] : '') : printed(t))).join('')
}
