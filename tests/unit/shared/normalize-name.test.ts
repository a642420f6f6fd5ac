import { describe, expect, it } from 'vitest'
import { normalizeFullName } from '../../../shared/normalize'

describe('normalizeFullName: case and spacing are folded, nothing else', () => {
  it.each([
    ['Ann  Lee ', 'ann lee'],
    ['  ann lee', 'ann lee'],
    ['ANN\tLEE', 'ann lee'],
    ['Ann\u00a0Lee', 'ann lee'], // no-break space from a spreadsheet
    ['Ann \n Lee', 'ann lee'],
    ['José', 'josé'],
    ['JOSÉ', 'josé'],
    ['Jose\u0301', 'josé'], // decomposed é (NFD) meets composed é
    ['Łukasz Żółć', 'łukasz żółć'],
    ['ОЛЬГА Петрова', 'ольга петрова'],
    ['Nguyễn Văn An', 'nguyễn văn an'],
    ['STRAUSS', 'strauss'],
    ['Strauß', 'strauss'], // full case folding: ß ~ SS
    ['ΟΔΥΣΣΕΑΣ', 'οδυσσεασ'],
    ['Οδυσσέας', 'οδυσσέασ'] // final sigma folds to sigma
  ])('%j -> %j', (input, expected) => {
    expect(normalizeFullName(input)).toBe(expected)
  })

  it.each([
    ['Steve Lu', 'Steven Lu'],
    ['Ann Lee', 'Ann-Lee'],
    ['Ann Lee', 'AnnLee'],
    ['José', 'Jose'], // accents are not stripped
    ['Dr Ann Lee', 'Ann Lee'],
    ['Lee Ann', 'Ann Lee']
  ])('%j and %j stay different', (a, b) => {
    expect(normalizeFullName(a)).not.toBe(normalizeFullName(b))
  })

  it.each([[''], ['   '], ['\t\n'], [null], [undefined]])('%j has no key', (input) => {
    expect(normalizeFullName(input)).toBeNull()
  })
})
