// Word lists for the demo seed: realistic international names (diacritics, particles, Cyrillic), places, jobs.

export interface Culture {
  country: string
  places: { city: string; state: string | null }[]
  first: string[]
  last: string[]
  phone: (random: () => number) => string
  emailDomain: string
}

const digits = (random: () => number, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('')

export const CULTURES: Culture[] = [
  {
    country: 'United Kingdom',
    places: [
      { city: 'London', state: 'Greater London' },
      { city: 'Leeds', state: 'West Yorkshire' },
      { city: 'Manchester', state: 'Greater Manchester' },
      { city: 'Glasgow', state: 'Scotland' }
    ],
    first: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Sophie', 'Jack', 'Emily', 'Siobhan', 'Rhys'],
    last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Evans', "O'Neill", 'Roberts', 'Walker', 'Lu'],
    phone: (r) => `+44 7700 ${digits(r, 6)}`,
    emailDomain: 'example.co.uk'
  },
  {
    country: 'United States',
    places: [
      { city: 'New York', state: 'NY' },
      { city: 'Chicago', state: 'IL' },
      { city: 'Austin', state: 'TX' },
      { city: 'Seattle', state: 'WA' }
    ],
    first: ['James', 'Olivia', 'Steve', 'Steven', 'Ava', 'Michael', 'Madison', 'Tyrone', 'Keisha', 'Daniel'],
    last: ['Johnson', 'Lu', 'Garcia', 'Miller', 'Davis', 'Washington', 'Nguyen', 'Kim', 'Anderson', 'Jackson'],
    phone: (r) => `(${digits(r, 3)}) 555-${digits(r, 4)}`,
    emailDomain: 'example.com'
  },
  {
    country: 'Spain',
    places: [
      { city: 'Madrid', state: null },
      { city: 'Barcelona', state: 'Cataluña' },
      { city: 'Sevilla', state: 'Andalucía' }
    ],
    first: ['José', 'María', 'Lucía', 'Javier', 'Álvaro', 'Inés', 'Nuria', 'Íñigo'],
    last: ['García', 'Fernández', 'López', 'Martínez', 'Rodríguez', 'Muñoz', 'de la Fuente'],
    phone: (r) => `+34 6${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`,
    emailDomain: 'ejemplo.es'
  },
  {
    country: 'Poland',
    places: [
      { city: 'Kraków', state: 'Małopolskie' },
      { city: 'Warszawa', state: 'Mazowieckie' },
      { city: 'Gdańsk', state: 'Pomorskie' }
    ],
    first: ['Łukasz', 'Małgorzata', 'Paweł', 'Agnieszka', 'Krzysztof', 'Zofia'],
    last: ['Kowalski', 'Wiśniewska', 'Wójcik', 'Nowak', 'Zieliński', 'Dąbrowska'],
    phone: (r) => `+48 ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}`,
    emailDomain: 'przyklad.pl'
  },
  {
    country: 'Germany',
    places: [
      { city: 'München', state: 'Bayern' },
      { city: 'Köln', state: 'Nordrhein-Westfalen' },
      { city: 'Berlin', state: 'Berlin' }
    ],
    first: ['Jürgen', 'Anna', 'Lukas', 'Sophie', 'Maximilian', 'Jörg'],
    last: ['Müller', 'Schmidt', 'Schröder', 'Weiß', 'Becker', 'von Bismarck'],
    phone: (r) => `+49 151 ${digits(r, 8)}`,
    emailDomain: 'beispiel.de'
  },
  {
    country: 'France',
    places: [
      { city: 'Paris', state: 'Île-de-France' },
      { city: 'Lyon', state: 'Auvergne-Rhône-Alpes' }
    ],
    first: ['Chloé', 'Léa', 'Théo', 'Hélène', 'François', 'Zoë'],
    last: ['Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Rousseau', "D'Amboise"],
    phone: (r) => `+33 6 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
    emailDomain: 'exemple.fr'
  },
  {
    country: 'Vietnam',
    places: [
      { city: 'Hà Nội', state: null },
      { city: 'Thành phố Hồ Chí Minh', state: null }
    ],
    first: ['Minh', 'Thảo', 'Hùng', 'Lan', 'Tuấn', 'Phương'],
    last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'],
    phone: (r) => `+84 9${digits(r, 8)}`,
    emailDomain: 'example.vn'
  },
  {
    country: 'India',
    places: [
      { city: 'Bengaluru', state: 'Karnataka' },
      { city: 'Pune', state: 'Maharashtra' },
      { city: 'Chennai', state: 'Tamil Nadu' }
    ],
    first: ['Priya', 'Arjun', 'Ananya', 'Rahul', 'Sneha', 'Vikram', 'Lakshmi'],
    last: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Venkataraman'],
    phone: (r) => `+91 98${digits(r, 3)} ${digits(r, 5)}`,
    emailDomain: 'example.in'
  },
  {
    country: 'Nigeria',
    places: [
      { city: 'Lagos', state: 'Lagos' },
      { city: 'Abuja', state: 'FCT' }
    ],
    first: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Funmilayo'],
    last: ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze'],
    phone: (r) => `+234 80${digits(r, 8)}`,
    emailDomain: 'example.ng'
  },
  {
    country: 'Turkey',
    places: [
      { city: 'İstanbul', state: null },
      { city: 'İzmir', state: null }
    ],
    first: ['Ayşe', 'Mehmet', 'Zeynep', 'Emre', 'Elif', 'Çağlar'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk'],
    phone: (r) => `+90 5${digits(r, 2)} ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
    emailDomain: 'ornek.com.tr'
  },
  {
    country: 'Russia',
    places: [
      { city: 'Москва', state: null },
      { city: 'Санкт-Петербург', state: null }
    ],
    first: ['Ольга', 'Дмитрий', 'Анна', 'Сергей', 'Наталья'],
    last: ['Петрова', 'Иванов', 'Смирнова', 'Кузнецов', 'Попова'],
    phone: (r) => `+7 9${digits(r, 2)} ${digits(r, 3)}-${digits(r, 2)}-${digits(r, 2)}`,
    emailDomain: 'example.ru'
  },
  {
    country: 'Brazil',
    places: [
      { city: 'São Paulo', state: 'SP' },
      { city: 'Belo Horizonte', state: 'MG' }
    ],
    first: ['João', 'Ana Clara', 'Gabriel', 'Beatriz', 'Luíza', 'Thiago'],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Conceição'],
    phone: (r) => `+55 11 9${digits(r, 4)}-${digits(r, 4)}`,
    emailDomain: 'exemplo.com.br'
  },
  {
    country: 'Netherlands',
    places: [
      { city: 'Amsterdam', state: 'Noord-Holland' },
      { city: 'Utrecht', state: 'Utrecht' }
    ],
    first: ['Daan', 'Sanne', 'Bram', 'Femke', 'Joost'],
    last: ['de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Jansen'],
    phone: (r) => `+31 6 ${digits(r, 8)}`,
    emailDomain: 'voorbeeld.nl'
  },
  {
    country: 'Japan',
    places: [
      { city: 'Tokyo', state: null },
      { city: 'Osaka', state: null }
    ],
    first: ['Haruto', 'Yui', 'Sota', 'Hina', 'Kenji'],
    last: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe'],
    phone: (r) => `+81 90-${digits(r, 4)}-${digits(r, 4)}`,
    emailDomain: 'example.jp'
  },
  {
    country: 'United Arab Emirates',
    places: [
      { city: 'Dubai', state: null },
      { city: 'Abu Dhabi', state: null }
    ],
    first: ['Mohammed', 'Fatima', 'Omar', 'Aisha', 'Yousef'],
    last: ['Al-Farsi', 'Haddad', 'Al Mansouri', 'Khoury', 'El-Sayed'],
    phone: (r) => `+971 50 ${digits(r, 3)} ${digits(r, 4)}`,
    emailDomain: 'example.ae'
  },
  {
    country: 'Canada',
    places: [
      { city: 'Montréal', state: 'QC' },
      { city: 'Toronto', state: 'ON' },
      { city: 'Vancouver', state: 'BC' }
    ],
    first: ['Étienne', 'Chloé', 'Liam', 'Noah', 'Maëlle'],
    last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'MacDonald'],
    phone: (r) => `+1 514-555-${digits(r, 4)}`,
    emailDomain: 'example.ca'
  }
]

export const JOB_TITLES = [
  'Registered Nurse',
  'ICU Staff Nurse',
  'Backend Engineer',
  'Data Analyst',
  'Site Reliability Engineer',
  'Pharmacist',
  'Finance Business Partner',
  'HGV Class 1 Driver',
  'TIG Welder',
  'Customer Success Manager',
  'Electrical Engineer',
  'Project Manager',
  'Recruitment Consultant',
  'Product Designer',
  'Payroll Specialist',
  'Warehouse Supervisor'
]

export const COMPANIES = [
  "St Mary's Hospital Trust",
  'Northwind Fabrication',
  'Contoso Ltd',
  'Globex GmbH',
  'Initech',
  'Umbrella Pharma',
  'Soylent Foods',
  'Hooli',
  'Acme Logistics',
  'Wayne Enterprises',
  'Stark Industries',
  'Tyrell Systems',
  null,
  null
]

export const SOURCES = ['LinkedIn', 'Job board', 'Referral', 'Company website', 'Agency import', null]

export const DEMO_JOBS: { name: string; clientName: string; city: string; state: string | null; status: string; publishOnline: boolean }[] = [
  { name: 'Senior ICU Nurse', clientName: "St Mary's Hospital Trust", city: 'Leeds', state: 'West Yorkshire', status: 'Open', publishOnline: true },
  { name: 'TIG/MIG Welder (nights)', clientName: 'Northwind Fabrication', city: 'Sheffield', state: 'South Yorkshire', status: 'Open', publishOnline: true },
  { name: 'Backend Engineer (Go)', clientName: 'Hooli', city: 'Remote', state: null, status: 'Open', publishOnline: false },
  { name: 'Finance Business Partner', clientName: 'Globex GmbH', city: 'München', state: 'Bayern', status: 'Open', publishOnline: true },
  { name: 'Site Reliability Engineer', clientName: 'Initech', city: 'Austin', state: 'TX', status: 'Open', publishOnline: false },
  { name: 'HGV Class 1 Driver', clientName: 'Acme Logistics', city: 'Manchester', state: 'Greater Manchester', status: 'Open', publishOnline: true },
  { name: 'Community Pharmacist', clientName: 'Umbrella Pharma', city: 'Toronto', state: 'ON', status: 'Open', publishOnline: false },
  { name: 'Data Analyst – Supply Chain', clientName: 'Soylent Foods', city: 'Kraków', state: 'Małopolskie', status: 'Open', publishOnline: true },
  { name: 'Bilingual Customer Success Manager (FR/EN)', clientName: 'Contoso Ltd', city: 'Montréal', state: 'QC', status: 'Open', publishOnline: false },
  { name: 'Electrical Project Engineer', clientName: 'Stark Industries', city: 'Dubai', state: null, status: 'Open', publishOnline: true },
  { name: 'Payroll Specialist', clientName: 'Wayne Enterprises', city: 'London', state: 'Greater London', status: 'Filled', publishOnline: false },
  { name: 'Warehouse Supervisor', clientName: 'Acme Logistics', city: 'Leeds', state: 'West Yorkshire', status: 'Closed', publishOnline: false }
]
