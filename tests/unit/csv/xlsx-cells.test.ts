// A workbook cell's text: numbers with all their digits, format codes that place digits, dates as their format
// shows them (or ISO where the format depends on the computer that shows it).
import { describe, expect, it } from 'vitest'
import { dateText, serialToDate } from '../../../electron/csv/xlsx/date-text'
import { isDateFormat } from '../../../electron/csv/xlsx/format-code'
import { numberText } from '../../../electron/csv/xlsx/number-text'

describe('numbers', () => {
  it.each<[number, string | undefined, string]>([
    [447700900123, undefined, '447700900123'],
    [447700900123, 'General', '447700900123'],
    [4407700900123, 'General', '4407700900123'],
    [12345678901234568, 'General', '12345678901234600'], // Excel keeps 15 digits
    [10452, '0', '10452'],
    [0.1 + 0.2, 'General', '0.3'],
    [1e21, 'General', '1000000000000000000000'],
    [-7.5, undefined, '-7.5'],
    [7700900123, '00000000000', '07700900123'],
    [7700900123, '0#### ######', '07700 900123'],
    [447700900123, '\\+## #### ######', '+44 7700 900123'],
    [447700900123, '"+"0', '+447700900123'],
    [1234.5, '#,##0.00', '1,234.50'],
    [1234567, '#,##0', '1,234,567'],
    [0.25, '0%', '25%'],
    [2.5, '0.0#', '2.5'],
    [0.5, '#.##', '.5'],
    [447700900123, '0.00E+00', '447700900123'], // exponents: the plain digits
    [10452, '@', '10452']
  ])('%s as %s: %s', (value, code, text) => {
    expect(numberText(value, code)).toBe(text)
  })
})

describe('dates', () => {
  const at = (serial: number, code: string | undefined) => dateText(serialToDate(serial, false), code)

  it('shows the format the sheet gives, in English', () => {
    expect(at(33010, 'dd/mm/yyyy')).toBe('17/05/1990')
    expect(at(33010, 'dd/mm/yyyy;@')).toBe('17/05/1990')
    expect(at(33010, 'd mmm yyyy')).toBe('17 May 1990')
    expect(at(33010, 'dddd, mmmm d, yyyy')).toBe('Thursday, May 17, 1990')
    expect(at(33010, 'yyyy-mm-dd')).toBe('1990-05-17')
    expect(at(33010, 'YYYY-MM-DD')).toBe('1990-05-17')
    expect(at(33010, 'mmm-yy')).toBe('May-90')
    expect(at(46364.604166666664, '[$-409]d\\ mmm\\ yyyy\\ h:mm\\ AM/PM;@')).toBe('8 Dec 2026 2:30 PM')
    expect(at(46364.604166666664, 'hh:mm')).toBe('14:30') // minutes, not months, after hours
    expect(at(46364.604166666664, 'yyyy-mm-dd hh:mm:ss')).toBe('2026-12-08 14:30:00')
  })

  it("Excel's default date (shown in the computer's own style) and formats it cannot follow give an ISO date", () => {
    expect(at(33010, 'mm-dd-yy')).toBe('1990-05-17')
    expect(at(46364.604166666664, 'm/d/yy "h":mm')).toBe('2026-12-08 14:30')
    expect(at(46364.5, '[h]:mm')).toBe('2026-12-08 12:00')
    expect(at(33010, 'b2yyyy-mm-dd')).toBe('1990-05-17')
    expect(dateText(serialToDate(33010 - 1462, true), 'dd/mm/yyyy')).toBe('17/05/1990') // the 1904 date system
  })

  it('tells a date format from a number format', () => {
    for (const code of ['dd/mm/yyyy', 'mm-dd-yy', 'h:mm', 'YYYY', '[$-409]d mmm']) expect(isDateFormat(code), code).toBe(true)
    for (const code of ['General', '0', '#,##0.00', '0.00E+00', '"days" 0', '[Red]0.00', '@', '00000000000']) expect(isDateFormat(code), code).toBe(false)
  })
})
