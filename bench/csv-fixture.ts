// The CSV benchmarks' input: N candidates in the template's columns, as a recruiter's spreadsheet or a TrackerRMS
// export would hold them. Deterministic (seeded PRNG), so every run parses the same bytes. What makes CSV hard is in
// it on purpose: quoted cells with commas and doubled quotes, line breaks inside cells (LF and CRLF), accents and a
// little CJK, formula-escaped cells ('+44 …), UTF-8 with a byte-order mark and CRLF records (Excel's "CSV UTF-8").
// About 1% of rows repeat an earlier person (same email, or same LinkedIn URL) and about 0.5% are invalid (a broken
// email, an unknown stage, a TrackerRMS ID that is not a number), so dedupe and per-row errors are exercised.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CSV_COLUMNS } from '../shared/csv'
import { benchDir, prng } from './util'

const FIRST = [
  'Ann',
  'José',
  'Zoë',
  'François',
  'Søren',
  'Ólafur',
  'Mary-Kate',
  'Jürgen',
  'Amélie',
  'Chloé',
  'Ewa',
  'Łukasz',
  'Noor',
  'Siobhán',
  'Björn',
  'Renée',
  'Dmitri',
  'Aoife',
  'Mateo',
  'Inês',
  'Wei',
  'Priya',
  'Tomás',
  'Hélène'
]
// Surnames are built from the row number (first name = i mod 24, surname from the rest), so that full names are
// unique as in real data: 24 first names against a short surname list would make most rows name duplicates.
const SYLLABLES = [
  'lee',
  'mü',
  'ñú',
  'hô',
  'ær',
  'bri',
  'du',
  'gar',
  'kow',
  'ngu',
  'smi',
  'groß',
  'fer',
  'berg',
  'öz',
  'mar',
  'brö',
  'øst',
  'cas',
  'jęd',
  'don',
  'żół',
  'han',
  'ré',
  'ça',
  'vik',
  'son',
  'ley',
  'ton',
  'ová'
]
const PREFIXES = ['', '', '', '', '', "O'", 'Mac', 'van ', 'L’', 'de la ', 'Smith-']
const CITIES: [string, string, string][] = [
  ['Leeds', 'West Yorkshire', 'United Kingdom'],
  ['Málaga', 'Andalucía', 'España'],
  ['Köln', 'NRW', 'Deutschland'],
  ['Zürich', 'ZH', 'Schweiz'],
  ['Besançon', 'Doubs', 'France'],
  ['Århus', 'Midtjylland', 'Danmark'],
  ['Kraków', 'Małopolska', 'Polska'],
  ['Dublin', 'Leinster', 'Ireland'],
  ['São Paulo', 'SP', 'Brasil'],
  ['Montréal', 'Québec', 'Canada'],
  ['Austin', 'TX', 'United States'],
  ['上海', '上海市', '中国']
]
const TITLES = [
  'Staff Nurse',
  'Senior Staff Nurse, ICU',
  'Theatre Practitioner',
  'Ward Manager',
  'Clinical Nurse Specialist (Critical Care)',
  'Charge Nurse',
  'Nurse Practitioner',
  'Midwife',
  'Healthcare Assistant',
  'Matron'
]
const COMPANIES = [
  "St Mary's Hospital",
  'Leeds Teaching Hospitals NHS Trust',
  'Café "Olé", GmbH',
  'Hôpital Européen Georges-Pompidou',
  'Klinikum Köln-Merheim',
  'Bupa, Cromwell Hospital',
  'Rigshospitalet',
  'Szpital Uniwersytecki',
  'Mater Misericordiae',
  '"The Royal" Infirmary'
]
const STAGES = ['', '', '', 'Sourced', 'In sequence', 'Replied', 'Interested', 'Not interested']
const SKILLS = [
  'Critical care',
  'ventilation',
  'triage',
  'IV therapy',
  'paediatrics',
  'wound care',
  'ECG',
  'mentoring',
  'PICC lines',
  'tracheostomy care',
  'sepsis management',
  'rota planning'
]
const PHRASES = [
  'ICU nurse with 8 years in critical care',
  'moved from A&E to theatres in 2021',
  'speaks Spanish, French and a little Mandarin',
  'looking for nights only',
  'prefers a 30-minute commute, max',
  'led the "Safer Wards" project',
  'Band 6, wants Band 7',
  'NMC PIN verified; DBS renewed 2025',
  'relocating from Zürich — available in March',
  'returning after maternity leave',
  'strong on audits, weaker on rotas',
  'referred by Aoife (ward 12)'
]

/** Accents dropped, anything else that is not printable ASCII removed ("José O’Brien" -> "JoseOBrien"). */
const ascii = (text: string) => text.normalize('NFKD').replace(/[^\x21-\x7e]/g, '')

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

/** One data row in template column order. `random` decides everything. */
function row(i: number, random: () => number, people: { email: string; linkedin: string }[]): string[] {
  const first = FIRST[i % FIRST.length]
  const n = Math.floor(i / FIRST.length)
  const base = SYLLABLES[n % 30] + SYLLABLES[Math.floor(n / 30) % 30] + (n >= 900 ? SYLLABLES[Math.floor(n / 900) % 30] : '')
  const last = pick(random, PREFIXES) + base[0].toUpperCase() + base.slice(1)
  const [city, state, country] = pick(random, CITIES)
  let email = ascii(`${first}.${last}.${i}@example.com`.toLowerCase()).replace(/'/g, '')
  // LinkedIn profile addresses are ASCII (non-ASCII slugs come percent-encoded)
  const slug = random() < 0.1 ? encodeURIComponent(first.toLowerCase()) : ascii(first.toLowerCase())
  let linkedin = random() < 0.7 ? `https://www.linkedin.com/in/${slug}-${i}${random() < 0.3 ? '/' : ''}` : ''
  const roll = random()
  // ~1% duplicates of an earlier row: same email (or LinkedIn URL), a different spelling of the name
  if (roll < 0.01 && people.length > 0) {
    const earlier = pick(random, people)
    if (random() < 0.5 || !earlier.linkedin) email = earlier.email.toUpperCase()
    else {
      email = ''
      linkedin = earlier.linkedin.replace('https://www.', 'http://uk.') + '/?trk=bench'
    }
  } else people.push({ email, linkedin })
  let stage = pick(random, STAGES)
  let trackerId = random() < 0.25 ? String(100_000 + i) : ''
  // ~0.5% invalid rows
  if (roll > 0.995) {
    const which = Math.floor(random() * 3)
    if (which === 0) email = `${first.toLowerCase()}@`
    else if (which === 1) stage = 'Maybe later'
    else trackerId = 'n/a'
  }
  const phone = random() < 0.3 ? `'+44 7700 9${String(i % 100_000).padStart(5, '0')}` : `0113 496 ${String(i % 10_000).padStart(4, '0')}`
  const summary = `${pick(random, PHRASES)}, ${pick(random, PHRASES)}. ${pick(random, PHRASES)}.`
  const experience = `2019–now: ${pick(random, TITLES)}, ${pick(random, COMPANIES)}${random() < 0.5 ? '\r\n' : '\n'}2014–2019: ${pick(random, TITLES)}`
  const skills = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(random, SKILLS)).join('; ')
  const notes = random() < 0.4 ? '' : random() < 0.5 ? `Call after 6pm, "not before"` : `${pick(random, PHRASES)}\nfollow up in 2 weeks`
  const fields: Record<string, string> = {
    firstName: first,
    lastName: last,
    fullName: random() < 0.8 ? `${first} ${last}` : '',
    email,
    phone,
    linkedinUrl: linkedin,
    city,
    state,
    country,
    currentTitle: pick(random, TITLES),
    currentCompany: pick(random, COMPANIES),
    stage,
    trackerId,
    summary,
    experience,
    education: random() < 0.5 ? 'BSc (Hons) Nursing, University of Leeds' : 'Diplôme d’État d’infirmier, IFSI Lyon',
    skills,
    notes
  }
  return CSV_COLUMNS.map((c) => fields[c.field])
}

/** The data rows' cells, in template column order (the .xlsx benchmark writes the same rows: xlsx-fixture.ts). */
export function* benchRows(rows: number, seed = 20260601): Generator<string[]> {
  const random = prng(seed)
  const people: { email: string; linkedin: string }[] = []
  for (let i = 0; i < rows; i++) yield row(i, random, people)
}

/** The file's text: BOM, header, rows, CRLF record ends. */
function benchCsvText(rows: number): string {
  const lines = [CSV_COLUMNS.map((c) => quote(c.header)).join(',')]
  for (const cells of benchRows(rows)) lines.push(cells.map(quote).join(','))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

/** Writes the file into a new temporary folder; `cleanup` removes the folder. */
export function writeBenchCsv(rows: number): { file: string; dir: string; bytes: number; cleanup(): void } {
  const { dir, remove } = benchDir('csv')
  const file = join(dir, `candidates-${rows}.csv`)
  const text = benchCsvText(rows)
  writeFileSync(file, text, 'utf8')
  return { file, dir, bytes: Buffer.byteLength(text), cleanup: remove }
}

export type ChildResult = { ms: number; peakRssMb: number } & Record<string, number>

/** Runs bench/csv-child.ts in a fresh Node process and returns what it printed. */
export function runCsvChild(args: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), join(__dirname, 'csv-child.ts'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`csv-child ${args[0]} exited with ${code}: ${err.trim()}`))
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() as string) as ChildResult)
      } catch {
        reject(new Error(`csv-child ${args[0]} printed no result: ${out}${err}`))
      }
    })
  })
}
