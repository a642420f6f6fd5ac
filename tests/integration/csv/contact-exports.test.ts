// The files recruiters really have (tests/fixtures/csv): LinkedIn's Connections.csv with its notes above the header,
// Outlook's 92-column contacts export, Google Contacts in its current and its former columns, and a German
// spreadsheet with a title row. Each imports with no mapping given: every column that holds something a candidate
// has is recognised, and the candidates are stored with the right fields.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CANDIDATE_FIELDS } from '../../../shared/candidate-fields'
import type { ColumnMapping, ImportApplied } from '../../../shared/csv'
import { personNamed } from '../../helpers/candidate-fields'
import { csvCore, FIXTURES, jobFields } from './helpers'

const fixture = (name: string) => join(FIXTURES, name)

/** header -> field, for the columns the automatic mapping imports. */
const mapped = (mapping: ColumnMapping[]) => Object.fromEntries(mapping.filter((c) => c.field).map((c) => [c.header, c.field]))
const ignored = (mapping: ColumnMapping[]) => mapping.filter((c) => !c.field).map((c) => c.header)

/** Inspects and applies a file with no mapping; both must agree and the file must import whole. */
async function importWhole(name: string) {
  const t = csvCore()
  const job = t.job()
  const inspect = await t.core.csv.inspect(fixture(name))
  expect(inspect.problems).toEqual([])
  const applied = (await t.core.csv.apply(fixture(name), { jobId: job })) as ImportApplied
  expect(applied).toMatchObject({ status: 'applied', counts: { invalid: 0 }, errorCount: 0 })
  expect(applied.mapping).toEqual(inspect.mapping)
  expect(applied.notes).toEqual(expect.arrayContaining(inspect.notes))
  const stored = jobFields(t.core, job).map((c) => Object.fromEntries(CANDIDATE_FIELDS.map((f) => [f, c[f]])))
  return { inspect, applied, stored }
}

describe('exports that import without a mapping', () => {
  it('LinkedIn Connections.csv: the notes above the header are skipped and said so; URL is the LinkedIn URL, Position the title', async () => {
    const { inspect, applied, stored } = await importWhole('linkedin-connections.csv')
    expect(inspect.format).toMatchObject({ encoding: 'utf-8', delimiter: ',', delimiterLabel: 'comma' })
    expect(inspect.headers).toEqual(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'])
    expect(mapped(inspect.mapping)).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      URL: 'linkedinUrl',
      'Email Address': 'email',
      Company: 'currentCompany',
      Position: 'currentTitle'
    })
    // the date someone connected with the recruiter says nothing about the candidate
    expect(ignored(inspect.mapping)).toEqual(['Connected On'])
    expect(inspect.notes).toEqual([
      "Rows 1–3 above the header were skipped (LinkedIn's notes).",
      'Column "URL" holds LinkedIn profile addresses, so it is imported as the LinkedIn URL (a value that is not a profile address is left out, with a warning).',
      'Column "Connected On" is not a candidate field; it is not imported.'
    ])
    expect(inspect.sampleRows[0]).toEqual([
      'Aisling',
      'Byrne',
      'https://www.linkedin.com/in/aisling-byrne-rn',
      '',
      "St James's Hospital",
      'Clinical Nurse Manager',
      '14 Mar 2024'
    ])
    // rows as a spreadsheet counts them: the header is row 4, the first person row 5
    expect(applied.counts).toMatchObject({ rows: 6, new: 6, blank: 1 })
    expect(applied.rows[0]).toMatchObject({ row: 5, action: 'new' })
    expect(stored).toEqual([
      personNamed('Aisling Byrne', {
        firstName: 'Aisling',
        lastName: 'Byrne',
        linkedinUrl: 'https://www.linkedin.com/in/aisling-byrne-rn',
        currentTitle: 'Clinical Nurse Manager',
        currentCompany: "St James's Hospital"
      }),
      personNamed('Tomasz Wiśniewski', {
        firstName: 'Tomasz',
        lastName: 'Wiśniewski',
        email: 'tomasz.wisniewski@example.pl',
        linkedinUrl: 'https://www.linkedin.com/in/tomasz-wisniewski-84b21a17',
        currentTitle: 'Pielęgniarz anestezjologiczny',
        currentCompany: 'Szpital Uniwersytecki, Kraków'
      }),
      personNamed('Priya Raman', {
        firstName: 'Priya',
        lastName: 'Raman',
        linkedinUrl: 'https://www.linkedin.com/in/priyaraman',
        currentTitle: 'Senior Staff Nurse - ICU',
        currentCompany: 'NHS Blood and Transplant'
      }),
      personNamed('Ann Marie Lee', {
        firstName: 'Ann Marie',
        lastName: 'Lee',
        email: 'ann.lee@example.com',
        linkedinUrl: 'https://www.linkedin.com/in/ann-marie-lee-0a1b2c3d',
        currentTitle: 'Ward Sister',
        currentCompany: 'Leeds Teaching Hospitals NHS Trust'
      }),
      personNamed('Jean-Luc Moreau', { firstName: 'Jean-Luc', lastName: 'Moreau', linkedinUrl: 'https://www.linkedin.com/in/jlmoreau' }),
      personNamed("Zoë O'Neill", {
        firstName: 'Zoë',
        lastName: "O'Neill",
        linkedinUrl: 'https://www.linkedin.com/in/zo%C3%AB-o-neill-5b6c7d8e',
        currentTitle: 'Nurse Practitioner, Emergency',
        currentCompany: 'Acme Health, Inc.'
      })
    ])
  })

  it('Outlook contacts (all 92 columns): the mobile before other numbers, the business address first, the middle name in the first name', async () => {
    const { inspect, applied, stored } = await importWhole('outlook-contacts.csv')
    expect(inspect.headers).toHaveLength(92)
    expect(mapped(inspect.mapping)).toEqual({
      'First Name': 'firstName',
      'Middle Name': 'middleName',
      'Last Name': 'lastName',
      Company: 'currentCompany',
      'Job Title': 'currentTitle',
      'Business City': 'city',
      'Business State': 'state',
      'Business Country/Region': 'country',
      'Home City': 'city',
      'Home State': 'state',
      'Home Country/Region': 'country',
      'Other City': 'city',
      'Other State': 'state',
      'Other Country/Region': 'country',
      'Business Phone': 'phone',
      'Business Phone 2': 'phone',
      'Home Phone': 'phone',
      'Home Phone 2': 'phone',
      'Mobile Phone': 'phone',
      'Other Phone': 'phone',
      'Primary Phone': 'phone',
      'E-mail Address': 'email',
      'E-mail 2 Address': 'email',
      'E-mail 3 Address': 'email',
      Keywords: 'skills',
      Notes: 'notes',
      Profession: 'currentTitle',
      'Web Page': 'linkedinUrl'
    })
    // what is left holds nothing a candidate has: Mr/Ms, street lines, faxes and switchboards, birthdays, spouses …
    expect(ignored(inspect.mapping)).toHaveLength(92 - 28)
    expect(ignored(inspect.mapping)).toEqual(
      expect.arrayContaining(['Title', 'Department', 'Business Street', 'Business Fax', 'E-mail Display Name', 'Birthday'])
    )
    expect(inspect.notes).toContain(
      '64 columns are not candidate fields and are not imported: "Title", "Suffix", "Department", "Business Street", "Business Street 2", "Business Street 3", "Business Postal Code", "Home Street" and 56 more.'
    )
    expect(inspect.notes).toContain(
      'Phone comes from "Mobile Phone", then "Primary Phone", then "Home Phone", then "Home Phone 2", then "Business Phone", then "Business Phone 2", then "Other Phone" (the first non-empty one in each row).'
    )
    expect(inspect.notes).toContain('Column "Middle Name" is added to the first name, which holds all given names ("Ann" and "Marie": "Ann Marie").')
    // a personal website in Web Page is left out of that row, not refused
    expect(applied.warnings).toEqual([
      {
        row: 3,
        column: 'Web Page',
        message:
          '"https://okafor.example.org" is not a LinkedIn profile address, so it is left out (the column is read as the LinkedIn URL because its other values are).'
      }
    ])
    expect(stored).toEqual([
      personNamed('Ann Marie Lee', {
        firstName: 'Ann Marie',
        lastName: 'Lee',
        email: 'ann.lee@example.com',
        phone: '07700 900123',
        linkedinUrl: 'https://www.linkedin.com/in/ann-marie-lee',
        city: 'Leeds',
        state: 'West Yorkshire',
        country: 'United Kingdom',
        currentTitle: 'Staff Nurse',
        currentCompany: "St Mary's Hospital",
        skills: 'ICU; ventilation',
        notes: 'Met at the RCN congress.\r\nPrefers nights.'
      }),
      personNamed('Bartholomew Okafor', {
        firstName: 'Bartholomew',
        lastName: 'Okafor',
        email: 'b.okafor@example.org',
        phone: '0161 555 0199',
        city: 'Manchester',
        country: 'United Kingdom',
        currentTitle: 'Nurse Consultant',
        currentCompany: 'Northgate Clinic'
      }),
      personNamed('Fiona MacLeod', {
        firstName: 'Fiona',
        lastName: 'MacLeod',
        email: 'fiona.macleod@example.net',
        phone: '0141 555 0100',
        linkedinUrl: 'www.linkedin.com/in/fiona-macleod-midwife/',
        city: 'Glasgow',
        country: 'United Kingdom',
        currentTitle: 'Midwife'
      }),
      personNamed('Rajesh Patel', {
        firstName: 'Rajesh',
        lastName: 'Patel',
        email: 'raj.patel@example.com',
        phone: '0121 555 0142',
        linkedinUrl: 'https://uk.linkedin.com/in/rajesh-patel-odp',
        city: 'Birmingham',
        country: 'United Kingdom',
        currentTitle: 'Theatre Practitioner',
        currentCompany: 'City Hospital'
      })
    ])
  })

  it("Google Contacts (current columns): Organization Name/Title, E-mail and Phone N - Value, Google's ' ::: ' lists", async () => {
    const { inspect, applied, stored } = await importWhole('google-contacts.csv')
    expect(mapped(inspect.mapping)).toEqual({
      'First Name': 'firstName',
      'Middle Name': 'middleName',
      'Last Name': 'lastName',
      'Organization Name': 'currentCompany',
      'Organization Title': 'currentTitle',
      Notes: 'notes',
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Phone 2 - Value': 'phone',
      'Address 1 - City': 'city',
      'Address 1 - Region': 'state',
      'Address 1 - Country': 'country',
      'Website 1 - Value': 'linkedinUrl'
    })
    expect(applied.warnings).toEqual([
      { row: 2, column: 'E-mail 1 - Value', message: 'The cell holds 2 addresses; kept the first (lukasz.zolc@example.pl), left out l.zolc@example.com.' },
      { row: 2, column: 'Phone 1 - Value', message: 'The cell holds 2 numbers; kept the first (+48 601 234 567), left out +48 22 569 01 00.' }
    ])
    expect(stored).toEqual([
      personNamed('Łukasz Żółć', {
        firstName: 'Łukasz',
        lastName: 'Żółć',
        email: 'lukasz.zolc@example.pl',
        phone: '+48 601 234 567',
        linkedinUrl: 'https://pl.linkedin.com/in/lukasz-zolc',
        city: 'Warszawa',
        state: 'mazowieckie',
        country: 'PL',
        currentTitle: 'Pielęgniarz',
        currentCompany: 'Szpital Bielański',
        notes: 'Polecony przez Annę.'
      }),
      personNamed('Hélène Claire Dubois', {
        firstName: 'Hélène Claire',
        lastName: 'Dubois',
        email: 'helene.dubois@example.fr',
        phone: '+33 4 72 11 00 00',
        linkedinUrl: 'https://www.linkedin.com/in/helene-dubois-iade',
        city: 'Lyon',
        state: 'Auvergne-Rhône-Alpes',
        country: 'France',
        currentTitle: 'Infirmière anesthésiste',
        currentCompany: 'CHU de Lyon'
      }),
      personNamed('Sam Taylor', { firstName: 'Sam', lastName: 'Taylor', email: 'sam.taylor@example.com' })
    ])
  })

  it('Google Contacts (former columns): Name, Given/Additional/Family Name, Organization 1 - Name/Title', async () => {
    const { inspect, stored } = await importWhole('google-contacts-legacy.csv')
    expect(mapped(inspect.mapping)).toEqual({
      Name: 'fullName',
      'Given Name': 'firstName',
      'Additional Name': 'middleName',
      'Family Name': 'lastName',
      Occupation: 'currentTitle',
      Notes: 'notes',
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Phone 2 - Value': 'phone',
      'Address 1 - City': 'city',
      'Address 1 - Region': 'state',
      'Address 1 - Country': 'country',
      'Organization 1 - Name': 'currentCompany',
      'Organization 1 - Title': 'currentTitle',
      'Website 1 - Value': 'linkedinUrl'
    })
    expect(inspect.notes).toContain('Current Title comes from "Organization 1 - Title", then "Occupation" (the first non-empty one in each row).')
    expect(stored).toEqual([
      personNamed("Siobhán Mary O'Connor", {
        firstName: 'Siobhán Mary',
        lastName: "O'Connor",
        email: 'siobhan.oconnor@example.ie',
        phone: '+353 87 123 4567',
        linkedinUrl: 'https://ie.linkedin.com/in/siobhan-oconnor/',
        city: 'Cork',
        state: 'County Cork',
        country: 'Ireland',
        currentTitle: 'Clinical Nurse Specialist',
        currentCompany: 'Cork University Hospital',
        notes: 'ICU, 8 years'
      }),
      personNamed('Marek Dvořák', {
        firstName: 'Marek',
        lastName: 'Dvořák',
        email: 'marek.dvorak@example.cz',
        phone: '+420 257 000 111',
        city: 'Praha',
        country: 'Czech Republic',
        currentTitle: 'Paramedic',
        currentCompany: 'Zdravotnická záchranná služba'
      })
    ])
  })

  it('a German spreadsheet (semicolons, a title row above the header): every column mapped', async () => {
    const { inspect, applied, stored } = await importWhole('german-headers.csv')
    expect(inspect.format).toMatchObject({ delimiter: ';' })
    expect(mapped(inspect.mapping)).toEqual({
      Vorname: 'firstName',
      Nachname: 'lastName',
      'E-Mail': 'email',
      Mobil: 'phone',
      Telefon: 'phone',
      'LinkedIn-Profil': 'linkedinUrl',
      Ort: 'city',
      Bundesland: 'state',
      Land: 'country',
      Position: 'currentTitle',
      Unternehmen: 'currentCompany',
      Kenntnisse: 'skills',
      Ausbildung: 'education',
      Berufserfahrung: 'experience',
      Zusammenfassung: 'summary',
      Notizen: 'notes'
    })
    expect(ignored(inspect.mapping)).toEqual([])
    expect(inspect.notes).toEqual([
      'Rows 1–2 above the header were skipped (they begin "Kandidatenliste Intensivpflege (Stand: März 2024)").',
      'Phone comes from "Mobil", then "Telefon" (the first non-empty one in each row).'
    ])
    expect(applied.rows.map((r) => r.row)).toEqual([4, 5, 6])
    expect(stored).toEqual([
      {
        firstName: 'Jürgen',
        lastName: 'Groß',
        fullName: 'Jürgen Groß',
        email: 'juergen.gross@example.de',
        phone: '0151 23456789',
        linkedinUrl: 'https://de.linkedin.com/in/juergen-gross',
        city: 'Köln',
        state: 'Nordrhein-Westfalen',
        country: 'Deutschland',
        currentTitle: 'Fachkrankenpfleger Intensivpflege',
        currentCompany: 'Uniklinik Köln',
        summary: 'Erfahrener Intensivpfleger, 9 Jahre',
        experience: '2015–heute: Uniklinik Köln, Intensivstation',
        education: 'Fachweiterbildung Intensiv- und Anästhesiepflege',
        skills: 'Beatmung; ECMO',
        notes: 'Gehalt 4.200,00 € brutto'
      },
      personNamed('Anna-Lena Schäfer', {
        firstName: 'Anna-Lena',
        lastName: 'Schäfer',
        email: 'a.schaefer@example.de',
        phone: '089 1234 5678',
        city: 'München',
        state: 'Bayern',
        country: 'Deutschland',
        currentTitle: 'Gesundheits- und Krankenpflegerin',
        currentCompany: 'Klinikum rechts der Isar',
        education: 'Examen 2019',
        skills: 'Wundmanagement',
        notes: 'Nur Teilzeit; ab 1. Mai'
      }),
      personNamed('Matthias Weiß', {
        firstName: 'Matthias',
        lastName: 'Weiß',
        phone: '0170 9876543',
        linkedinUrl: 'https://www.linkedin.com/in/matthias-weiss-pflege/',
        city: 'Wien',
        country: 'Österreich',
        currentTitle: 'Stationsleitung',
        currentCompany: 'AKH Wien'
      })
    ])
  })
})
