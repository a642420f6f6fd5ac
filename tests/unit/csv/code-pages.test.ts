import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { HighByteLines, readability } from '../../../electron/csv/code-pages'
import { chooseByteEncoding } from '../../../electron/csv/encoding'
import { encodingNamed } from '../../../shared/csv/encodings'

/** The decision for a file of `text` in `encoding` (not UTF-8: its accented letters are invalid sequences). */
function choose(text: string, encoding: string) {
  const sample = new HighByteLines()
  sample.add(iconv.encode(text, encoding))
  return chooseByteEncoding({ multibyte: 0, invalid: 10 }, sample.sample())
}

describe('which code page a file that is not UTF-8 is in', () => {
  it.each([
    ['windows-1254', 'Ad,Soyad,Şehir\r\nAyşe,Yılmaz,İstanbul\r\nMehmet,Öztürk,Ankara\r\nŞükrü,Çelik,İzmir\r\n'],
    ['windows-1257', 'Vardas,Pavardė,Miestas\r\nJonas,Kazlauskas,Vilnius\r\nRūta,Žemaitytė,Kaunas\r\nAnna,Bērziņa,Rīga\r\n'],
    ['windows-1250', 'Jméno,Příjmení,Město\r\nVěra,Dvořáková,Brno\r\nJiří,Novák,Plzeň\r\nPetr,Černý,Ústí nad Labem\r\n'],
    ['iso-8859-2', 'Imię,Nazwisko,Miasto\r\nŁukasz,Żółć,Łódź\r\nMałgorzata,Wiśniewska,Kraków\r\nZbigniew,Świątek,Gdańsk\r\n'],
    ['windows-1251', 'Имя,Фамилия,Город\r\nОльга,Петрова,Москва\r\nГеорги,Димитров,София\r\n'],
    ['koi8-r', 'Имя,Фамилия,Город\r\nОльга,Петрова,Москва\r\nИван,Иванов,Санкт-Петербург\r\nЮлия,Щербакова,Екатеринбург\r\n'],
    ['windows-1252', 'Name;Ort;Notiz\r\nJürgen Groß;Köln;Erfahrung\r\nAmélie Dubois;Lyon;à partir de mars\r\nSøren Ærø;Århus;Gehalt 4.200 €\r\n']
  ])('%s', (encoding, text) => {
    expect(choose(text, encoding).encoding).toBe(encoding)
  })

  it('Czech names alone (no Polish letters, which Windows-1252 turns into symbols) are not taken for Western', () => {
    // "Dvořáková" read as Windows-1252 is "Dvoøáková": letters, but ø and á belong to no one language.
    expect(choose('Full Name\r\nVěra Dvořáková\r\n', 'windows-1250')).toMatchObject({ encoding: 'windows-1250' })
    expect(readability('Věra Dvořáková')).toBe(1)
    expect(readability('Vìra Dvoøáková')).toBe(0.5)
    expect(readability('£ukasz ¯ó³æ')).toBeLessThan(readability('Łukasz Żółć')) // ¯ and ³ are no letters
  })

  it('bytes 0x80–0x9F decide between Windows-125x and ISO-8859-x: C1 controls in ISO do not read', () => {
    // "Świątek": Ś is 0x8C in Windows-1250 (a C1 control in ISO-8859-2).
    expect(choose('Full Name\r\nZbigniew Świątek\r\n', 'windows-1250').encoding).toBe('windows-1250')
    expect(readability('Zbigniew \u008cwiątek')).toBeLessThan(1)
  })

  it('a file whose accented letters are the same bytes in several code pages stays Windows-1252, said with doubt', () => {
    const result = choose('Full Name,City\r\nJürgen Müller,Köln\r\n', 'windows-1252')
    expect(result).toMatchObject({ encoding: 'windows-1252', label: 'Windows-1252 (the file is not valid UTF-8)' })
    expect(chooseByteEncoding({ multibyte: 0, invalid: 1 }).encoding).toBe('windows-1252') // no sample: the fallback
  })

  it('says how sure it is, and the other readings', () => {
    const result = choose('Imię,Nazwisko\r\nŁukasz,Żółć\r\nMałgorzata,Wiśniewska\r\n', 'windows-1250')
    expect(result.guess?.confidence).toBeGreaterThan(50)
    expect(result.guess?.alternatives[0]).toMatchObject({ encoding: 'iso-8859-2', label: 'ISO-8859-2 (Latin-2, Central European)' })
    expect(result.guess?.alternatives.every((a) => a.confidence < (result.guess?.confidence ?? 0))).toBe(true)
  })
})

describe('the sample', () => {
  it('keeps only lines with bytes above 0x7F, whole, across parts', () => {
    const sample = new HighByteLines()
    sample.add(Buffer.from('Full Name\nAnn Lee\nJos', 'latin1'))
    sample.add(Buffer.from('\xe9 Garc\xeda\nBob\nZo\xeb', 'latin1'))
    expect(sample.sample().toString('latin1')).toBe('Jos\xe9 Garc\xeda\nZo\xeb')
  })
})

describe('encoding names', () => {
  it('accepts the supported names in any case and a few aliases; refuses others', () => {
    expect(encodingNamed('Windows-1250')).toBe('windows-1250')
    expect(encodingNamed('ISO-8859-2')).toBe('iso-8859-2')
    expect(encodingNamed('cp1251')).toBe('windows-1251')
    expect(encodingNamed('SJIS')).toBe('shift_jis')
    expect(encodingNamed('latin1')).toBe('iso-8859-1')
    expect(encodingNamed('ebcdic')).toBeNull()
    expect(encodingNamed('toString')).toBeNull()
  })
})
