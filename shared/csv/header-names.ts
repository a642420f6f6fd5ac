// THE table of header names: per field, every header an import recognises for it. Data only: the rules that use it
// are in headers.ts. Headers are compared folded (case, accents, spaces and punctuation ignored: "E-Mail-Adresse" is
// "emailadresse", "Téléphone" is "Telephone"), so a name is listed once for all its spellings.
//
// Order matters: when several columns of a file fill one field, each row takes the first non-empty one in THIS order
// (a file's "Mobile Phone" before its "Business Phone" wherever the columns stand), then in file order.
//
// Deliberately absent:
// - a bare "Title" and its translations (Titel, Titre, Título, Tytuł): in TrackerRMS and in Outlook's exports (English
//   and German) it is Mr/Ms/Dr, not a job title; "Status"/"Estado": a record status, not an outreach stage.
// - "URL", "Web Page", "Website 1 - Value": any website. A column like that is read as the LinkedIn URL only when its
//   values are LinkedIn profiles (value-mapping.ts), which is how LinkedIn's own "URL" column is recognised.
// - Fax, pager, assistant's and company switchboard numbers: they do not reach the person.
// - "Résumé" (the French word is a summary, the English one a CV) and a bare "Profil" (a summary, or a LinkedIn link).
import type { ImportField } from './columns'

export const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  firstName: [
    'First Name',
    'First',
    'Forename',
    'Forenames',
    'Given Name', // Google (before 2022)
    'Given Names',
    'Christian Name',
    'Vorname', // de
    'Vornamen',
    'Prénom', // fr
    'Nombre', // es
    'Voornaam', // nl
    'Imię' // pl
  ],
  middleName: [
    'Middle Name', // Outlook, Google
    'Middle Names',
    'Additional Name', // Google (before 2022)
    'Weitere Vornamen', // Outlook (de)
    'Deuxième prénom', // fr
    'Segundo nombre', // es
    'Tweede voornaam', // nl
    'Drugie imię' // pl
  ],
  lastName: [
    'Last Name',
    'Last',
    'Surname',
    'Family Name', // Google (before 2022)
    'Nachname', // de
    'Familienname',
    'Nom', // fr
    'Nom de famille',
    'Apellidos', // es
    'Apellido',
    'Achternaam', // nl
    'Nazwisko' // pl
  ],
  fullName: [
    'Full Name',
    'Name', // also de
    'Candidate',
    'Candidate Name',
    'Resource Name',
    'Contact Name',
    'Display Name',
    'Vollständiger Name', // de
    'Nom complet', // fr
    'Nombre completo', // es
    'Naam', // nl
    'Volledige naam',
    'Imię i nazwisko' // pl
  ],
  email: [
    'Email', // also E-mail, E-Mail (de)
    'Email Address', // also Outlook's E-mail Address
    'Mail',
    'Primary Email',
    'Personal Email',
    'Work Email',
    'Email 1',
    'E-mail 1 - Value', // Google
    'E-Mail-Adresse', // de, Outlook (de)
    'Courriel', // fr
    'Adresse e-mail',
    'Adresse électronique',
    'Correo electrónico', // es
    'Correo',
    'Dirección de correo electrónico',
    'E-mailadres', // nl
    'Adres e-mail', // pl
    'E-mail 2 Address', // Outlook, the second and third addresses
    'E-mail 3 Address',
    'E-Mail 2: Adresse', // Outlook (de)
    'E-Mail 3: Adresse',
    'E-mail 2 - Value', // Google
    'E-mail 3 - Value'
  ],
  // A mobile first (it reaches the person, and a recruiter texts it), then a number without a kind, then home, and a
  // work number last: calling someone about a new job at their current employer is what recruiters avoid.
  phone: [
    'Mobile',
    'Mobile Phone', // Outlook
    'Mobile Number',
    'Mobile No',
    'Cell',
    'Cell Phone',
    'Handy', // de
    'Handynummer',
    'Mobil',
    'Mobilnummer',
    'Mobiltelefon', // Outlook (de)
    'Portable', // fr
    'Téléphone portable',
    'Téléphone mobile',
    'Móvil', // es
    'Teléfono móvil',
    'Celular',
    'Mobiel', // nl
    'Mobiele telefoon',
    'Mobiel nummer',
    'Telefon komórkowy', // pl
    'Komórka',
    'Mobiltelefon 2', // Outlook (de)
    'Phone',
    'Telephone', // also fr (Téléphone)
    'Tel',
    'Phone Number',
    'Phone No',
    'Contact Number',
    'Phone 1 - Value', // Google: the first number listed on the contact
    'Telefon', // de, pl
    'Telefonnummer',
    'Numéro de téléphone', // fr
    'Teléfono', // es
    'Número de teléfono',
    'Telefoon', // nl
    'Telefoonnummer',
    'Numer telefonu', // pl
    'Primary Phone', // Outlook
    'Haupttelefon', // Outlook (de)
    'Phone 2 - Value', // Google
    'Phone 3 - Value',
    'Home Phone', // Outlook
    'Home Phone 2',
    'Telefon (privat)', // Outlook (de)
    'Telefon (privat 2)',
    'Work Phone',
    'Direct Dial',
    'Business Phone', // Outlook
    'Business Phone 2',
    'Telefon geschäftlich', // Outlook (de)
    'Telefon geschäftlich 2',
    'Other Phone', // Outlook
    'Weiteres Telefon' // Outlook (de)
  ],
  linkedinUrl: [
    'LinkedIn URL',
    'LinkedIn',
    'LinkedIn Profile',
    'LinkedIn Profile URL',
    'LinkedIn Link',
    'LinkedIn Address',
    'LinkedIn Page',
    'LinkedIn-Profil', // de
    'Profil LinkedIn', // fr, pl
    'Perfil de LinkedIn', // es
    'LinkedIn-profiel' // nl
  ],
  // A file's plain "City" first; of Outlook's three addresses the business one (a recruiter's contacts are mostly
  // filed by where they work, and city, state and country then come from the same address), then home, then other.
  city: [
    'City',
    'Town',
    'Town/City',
    'City/Town',
    'Locality',
    'Ort', // de
    'Stadt',
    'Wohnort',
    'Ville', // fr
    'Localité',
    'Ciudad', // es
    'Localidad',
    'Plaats', // nl
    'Woonplaats',
    'Stad',
    'Miasto', // pl
    'Miejscowość',
    'Business City', // Outlook
    'Ort geschäftlich', // Outlook (de)
    'Home City',
    'Ort privat',
    'Other City',
    'Weiterer Ort',
    'Address 1 - City', // Google
    'Address 2 - City'
  ],
  state: [
    'State',
    'County',
    'Province',
    'Region', // also fr (Région)
    'State/Province',
    'State/County',
    'County/State',
    'Bundesland', // de
    'Kanton',
    'Provincia', // es
    'Comunidad autónoma',
    'Provincie', // nl
    'Województwo', // pl
    'Business State', // Outlook
    'Region geschäftlich', // Outlook (de)
    'Home State',
    'Bundesland/Kanton privat',
    'Other State',
    'Weiteres/r Bundesland/Kanton',
    'Address 1 - Region', // Google
    'Address 2 - Region'
  ],
  country: [
    'Country',
    'Nation',
    'Country/Region',
    'Land', // de, nl
    'Pays', // fr
    'País', // es
    'Kraj', // pl
    'Business Country/Region', // Outlook
    'Land/Region geschäftlich', // Outlook (de)
    'Home Country/Region',
    'Land/Region privat',
    'Other Country/Region',
    'Weiteres/e Land/Region',
    'Address 1 - Country', // Google
    'Address 2 - Country'
  ],
  currentTitle: [
    'Current Title',
    'Job Title', // Outlook
    'Current Job Title',
    'Position', // LinkedIn; also de (Outlook)
    'Current Position',
    'Role',
    'Current Role',
    'Organization 1 - Title', // Google (before 2022)
    'Organization Title', // Google
    'Headline',
    'Berufsbezeichnung', // de
    'Jobtitel',
    'Funktion',
    'Poste', // fr
    'Fonction',
    'Intitulé du poste',
    'Cargo', // es
    'Puesto',
    'Functie', // nl
    'Functietitel',
    'Stanowisko', // pl
    'Occupation', // Google (before 2022): free text, after the organisation's title
    'Profession', // Outlook
    'Beruf' // Outlook (de)
  ],
  currentCompany: [
    'Current Company',
    'Company', // Outlook, LinkedIn
    'Current Employer',
    'Employer',
    'Company Name',
    'Organisation',
    'Organization',
    'Current Client',
    'Organization 1 - Name', // Google (before 2022)
    'Organization Name', // Google
    'Firma', // de, pl; Outlook (de)
    'Unternehmen',
    'Arbeitgeber',
    'Entreprise', // fr
    'Société',
    'Employeur',
    'Empresa', // es
    'Compañía',
    'Bedrijf', // nl
    'Organisatie',
    'Werkgever',
    'Pracodawca' // pl
  ],
  stage: ['Stage', 'Pipeline Stage', 'Outreach Stage', 'Candidate Stage'],
  trackerId: ['TrackerRMS ID', 'ID', 'Resource ID', 'Tracker ID', 'TrackerRMS Resource ID', 'Record ID'],
  summary: [
    'Summary',
    'Profile',
    'Profile Summary',
    'About',
    'Bio',
    'Biography',
    'Zusammenfassung', // de
    'Kurzprofil',
    'Résumé du profil', // fr
    'Resumen', // es
    'Samenvatting', // nl
    'Podsumowanie' // pl
  ],
  experience: [
    'Experience',
    'Work History',
    'Employment History',
    'Work Experience',
    'Career History',
    'Berufserfahrung', // de
    'Werdegang',
    'Expérience professionnelle', // fr
    'Experiencia', // es
    'Experiencia laboral',
    'Werkervaring', // nl
    'Ervaring',
    'Doświadczenie' // pl
  ],
  education: [
    'Education',
    'Qualifications',
    'Qualification',
    'Ausbildung', // de
    'Bildung',
    'Qualifikationen',
    'Formation', // fr
    'Formación', // es
    'Educación',
    'Opleiding', // nl
    'Wykształcenie' // pl
  ],
  skills: [
    'Skills',
    'Skill',
    'Key Skills',
    'Skill Set',
    'Keywords', // also Outlook
    'Kenntnisse', // de
    'Fähigkeiten',
    'Compétences', // fr
    'Habilidades', // es
    'Aptitudes',
    'Vaardigheden', // nl
    'Umiejętności' // pl
  ],
  notes: [
    'Notes', // Outlook, Google
    'Note',
    'Comments',
    'Comment',
    'Notizen', // de; Outlook (de)
    'Bemerkungen',
    'Anmerkungen',
    'Kommentar',
    'Commentaires', // fr
    'Remarques',
    'Notas', // es
    'Observaciones',
    'Notities', // nl
    'Opmerkingen',
    'Notatki', // pl
    'Uwagi'
  ]
}
