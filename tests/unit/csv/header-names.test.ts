// The table of header names (shared/csv/header-names.ts): what each language and each contact export calls a column,
// and which column wins when several fill one field.
import { describe, expect, it } from 'vitest'
import { HEADER_NAMES } from '../../../shared/csv/header-names'
import { headerKey, headerMeaning, headerRank, IMPORT_COLUMNS, resolveMapping, type ImportField } from '../../../shared/csv'

const fieldOf = (header: string) => {
  const meaning = headerMeaning(header)
  return meaning.kind === 'field' ? meaning.field : null
}

describe('the table of header names', () => {
  it('lists every field, each with its own header among its names', () => {
    expect(Object.keys(HEADER_NAMES).sort()).toEqual(IMPORT_COLUMNS.map((c) => c.field).sort())
    for (const column of IMPORT_COLUMNS) expect(HEADER_NAMES[column.field], column.field).toContain(column.header)
  })

  it('lists no name twice, even folded', () => {
    for (const [field, names] of Object.entries(HEADER_NAMES)) {
      const keys = names.map(headerKey)
      expect(new Set(keys).size, field).toBe(keys.length)
    }
  })

  it.each<[string, ImportField, string[]]>([
    ['de', 'firstName', ['Vorname']],
    ['de', 'lastName', ['Nachname', 'Familienname']],
    ['de', 'email', ['E-Mail', 'E-Mail-Adresse']],
    ['de', 'phone', ['Telefon', 'Handy', 'Mobil', 'Mobiltelefon']],
    ['de', 'city', ['Ort', 'Stadt', 'Wohnort']],
    ['de', 'state', ['Bundesland']],
    ['de', 'country', ['Land']],
    ['de', 'currentCompany', ['Firma', 'Unternehmen', 'Arbeitgeber']],
    ['de', 'currentTitle', ['Position', 'Berufsbezeichnung']],
    ['de', 'notes', ['Notizen', 'Bemerkungen']],
    ['fr', 'firstName', ['Prénom', 'PRENOM']],
    ['fr', 'lastName', ['Nom', 'Nom de famille']],
    ['fr', 'email', ['Courriel', 'Adresse e-mail']],
    ['fr', 'phone', ['Téléphone', 'Portable']],
    ['fr', 'city', ['Ville']],
    ['fr', 'state', ['Région']],
    ['fr', 'country', ['Pays']],
    ['fr', 'currentCompany', ['Entreprise', 'Société']],
    ['fr', 'currentTitle', ['Poste', 'Fonction']],
    ['es', 'firstName', ['Nombre']],
    ['es', 'lastName', ['Apellidos', 'Apellido']],
    ['es', 'fullName', ['Nombre completo']],
    ['es', 'email', ['Correo electrónico', 'Correo']],
    ['es', 'phone', ['Teléfono', 'Móvil', 'Celular']],
    ['es', 'city', ['Ciudad', 'Localidad']],
    ['es', 'state', ['Provincia']],
    ['es', 'country', ['País']],
    ['es', 'currentCompany', ['Empresa']],
    ['es', 'currentTitle', ['Cargo', 'Puesto']],
    ['nl', 'firstName', ['Voornaam']],
    ['nl', 'lastName', ['Achternaam']],
    ['nl', 'fullName', ['Naam']],
    ['nl', 'email', ['E-mailadres']],
    ['nl', 'phone', ['Telefoon', 'Telefoonnummer', 'Mobiel']],
    ['nl', 'city', ['Plaats', 'Woonplaats']],
    ['nl', 'country', ['Land']],
    ['nl', 'currentCompany', ['Bedrijf']],
    ['nl', 'currentTitle', ['Functie']],
    ['pl', 'firstName', ['Imię', 'imie']],
    ['pl', 'lastName', ['Nazwisko']],
    ['pl', 'fullName', ['Imię i nazwisko']],
    ['pl', 'email', ['Adres e-mail']],
    ['pl', 'phone', ['Telefon', 'Telefon komórkowy']],
    ['pl', 'city', ['Miasto', 'Miejscowość']],
    ['pl', 'state', ['Województwo']],
    ['pl', 'country', ['Kraj']],
    ['pl', 'currentCompany', ['Firma']],
    ['pl', 'currentTitle', ['Stanowisko']]
  ])('%s: %s from %j', (_language, field, headers) => {
    for (const header of headers) expect(fieldOf(header), header).toBe(field)
  })

  it("knows Outlook's columns in German", () => {
    const headers = [
      'Anrede',
      'Vorname',
      'Weitere Vornamen',
      'Nachname',
      'Firma',
      'Abteilung',
      'Position',
      'Ort geschäftlich',
      'Region geschäftlich',
      'Land/Region geschäftlich',
      'Telefon geschäftlich',
      'Telefon (privat)',
      'Mobiltelefon',
      'Fax geschäftlich',
      'E-Mail-Adresse',
      'E-Mail: Angezeigter Name',
      'E-Mail 2: Adresse',
      'Beruf',
      'Notizen',
      'Webseite'
    ]
    expect(Object.fromEntries(headers.map((h) => [h, fieldOf(h)]))).toEqual({
      Anrede: null,
      Vorname: 'firstName',
      'Weitere Vornamen': 'middleName',
      Nachname: 'lastName',
      Firma: 'currentCompany',
      Abteilung: null,
      Position: 'currentTitle',
      'Ort geschäftlich': 'city',
      'Region geschäftlich': 'state',
      'Land/Region geschäftlich': 'country',
      'Telefon geschäftlich': 'phone',
      'Telefon (privat)': 'phone',
      Mobiltelefon: 'phone',
      'Fax geschäftlich': null,
      'E-Mail-Adresse': 'email',
      'E-Mail: Angezeigter Name': null,
      'E-Mail 2: Adresse': 'email',
      Beruf: 'currentTitle',
      Notizen: 'notes',
      Webseite: null
    })
  })

  it('leaves out headers that mean something else in some files', () => {
    // Mr/Ms/Dr in TrackerRMS and in Outlook; a record status; any website
    for (const header of ['Title', 'Titel', 'Titre', 'Título', 'Tytuł', 'Status', 'Estado', 'URL', 'Web Page', 'Website 1 - Value', 'Business Fax', 'Pager'])
      expect(fieldOf(header), header).toBeNull()
  })
})

describe('which column a row reads first', () => {
  it('a mobile, then a number of no kind, then home, then work; wherever the columns stand', () => {
    const order = ['Mobile Phone', 'Phone', 'Primary Phone', 'Home Phone', 'Business Phone', 'Other Phone']
    const ranks = order.map((h) => headerRank(h, 'phone'))
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks)
    const result = resolveMapping(['Full Name', 'Business Phone', 'Home Phone', 'Mobile Phone'])
    expect(result.notes).toContain('Phone comes from "Mobile Phone", then "Home Phone", then "Business Phone" (the first non-empty one in each row).')
  })

  it("of Outlook's addresses the business one, then home, then other", () => {
    for (const [field, headers] of [
      ['city', ['Business City', 'Home City', 'Other City']],
      ['state', ['Business State', 'Home State', 'Other State']],
      ['country', ['Business Country/Region', 'Home Country/Region', 'Other Country/Region']]
    ] as const) {
      const ranks = headers.map((h) => headerRank(h, field))
      expect(
        [...ranks].sort((a, b) => a - b),
        field
      ).toEqual(ranks)
    }
  })

  it('a header that is not one of the field’s names (mapped by hand) comes after them, then file order decides', () => {
    expect(headerRank('Handynr. privat', 'phone')).toBeGreaterThan(headerRank('Other Phone', 'phone'))
    expect(headerRank('Mobile', 'email')).toBe(Number.MAX_SAFE_INTEGER)
    const result = resolveMapping(['Name', 'Privat', 'Work Phone'], { Privat: 'phone' })
    expect(result.notes).toContain('Phone comes from "Work Phone", then "Privat" (the first non-empty one in each row).')
  })
})
