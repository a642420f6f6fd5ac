// Groups of given names that are commonly the same person (English short forms and a few international ones).
// Used only to WARN about near-miss duplicates ("Steve Lu" vs "Steven Lu"), never to match: the seed rule says a
// name must match exactly for the app to link instead of create.
const GROUPS: string[][] = [
  ['steve', 'steven', 'stephen', 'stevie'],
  ['bill', 'william', 'will', 'willy', 'billy', 'liam'],
  ['bob', 'robert', 'rob', 'robbie', 'bobby'],
  ['dick', 'richard', 'rich', 'rick', 'ricky', 'richie'],
  ['jim', 'james', 'jimmy', 'jamie'],
  ['mike', 'michael', 'mick', 'mickey', 'mikey'],
  ['tom', 'thomas', 'tommy'],
  ['tony', 'anthony', 'antony'],
  ['chris', 'christopher', 'kit', 'christian'],
  ['dan', 'daniel', 'danny'],
  ['dave', 'david', 'davy'],
  ['ed', 'edward', 'eddie', 'ted', 'ned', 'edwin', 'edmund'],
  ['joe', 'joseph', 'joey', 'jose'],
  ['john', 'jon', 'johnny', 'jack', 'jonathan'],
  ['matt', 'matthew', 'mat'],
  ['nick', 'nicholas', 'nicolas', 'nicky'],
  ['pat', 'patrick', 'patricia', 'patty', 'trish'],
  ['pete', 'peter'],
  ['sam', 'samuel', 'samantha', 'sammy'],
  ['alex', 'alexander', 'alexandra', 'alexandre', 'sasha', 'alejandro', 'alessandro'],
  ['andy', 'andrew', 'drew', 'andreas', 'andrea'],
  ['ben', 'benjamin', 'benny'],
  ['charlie', 'charles', 'chuck', 'charlotte'],
  ['fred', 'frederick', 'freddie', 'alfred'],
  ['greg', 'gregory'],
  ['harry', 'henry', 'hal', 'hank'],
  ['jeff', 'jeffrey', 'geoffrey', 'geoff'],
  ['jerry', 'gerald', 'jeremy', 'gerry'],
  ['larry', 'lawrence', 'laurence'],
  ['len', 'leonard', 'lenny', 'leo'],
  ['phil', 'philip', 'phillip'],
  ['ray', 'raymond'],
  ['ron', 'ronald', 'ronnie'],
  ['tim', 'timothy', 'timmy'],
  ['vince', 'vincent', 'vinny'],
  ['zach', 'zachary', 'zack'],
  ['kate', 'katherine', 'catherine', 'kathryn', 'katie', 'kathy', 'cathy', 'kat', 'katharine', 'kay'],
  ['liz', 'elizabeth', 'beth', 'betty', 'lisa', 'eliza', 'libby', 'betsy', 'elisabeth'],
  ['maggie', 'margaret', 'meg', 'peggy', 'marge', 'greta', 'margarita'],
  ['jen', 'jennifer', 'jenny', 'jenn'],
  ['sue', 'susan', 'suzanne', 'susie', 'suzy'],
  ['deb', 'deborah', 'debbie', 'debra'],
  ['becky', 'rebecca', 'becca'],
  ['abby', 'abigail', 'abbie'],
  ['vicky', 'victoria', 'vic', 'tori'],
  ['jess', 'jessica', 'jessie'],
  ['mandy', 'amanda'],
  ['nat', 'natalie', 'natasha', 'nathan', 'nathaniel', 'nate'],
  ['val', 'valerie', 'valentina'],
  ['ann', 'anne', 'anna', 'annie', 'hannah', 'nancy'],
  ['mary', 'maria', 'marie', 'molly', 'polly', 'mia'],
  ['sandy', 'sandra', 'alexandra'],
  ['terry', 'teresa', 'theresa', 'terence', 'tess'],
  ['dima', 'dmitry', 'dmitri'],
  ['misha', 'mikhail'],
  ['kolya', 'nikolai', 'nikolay'],
  ['olya', 'olga'],
  ['sergei', 'sergey', 'seryozha'],
  ['vova', 'vladimir', 'volodymyr'],
  ['paco', 'francisco', 'pancho', 'fran', 'frank', 'francis', 'franz'],
  ['pepe', 'jose'],
  ['lukas', 'lucas', 'luke', 'łukasz', 'lukasz'],
  ['hans', 'johannes', 'johann'],
  ['sepp', 'josef'],
  ['wojtek', 'wojciech'],
  ['kasia', 'katarzyna']
]

const LOOKUP = new Map<string, Set<string>>()
for (const group of GROUPS)
  for (const name of group) {
    const set = LOOKUP.get(name) ?? new Set<string>()
    for (const other of group) if (other !== name) set.add(other)
    LOOKUP.set(name, set)
  }

/** True when two (case-folded) given names are known short/long forms of each other. */
export function areNameVariants(a: string, b: string): boolean {
  if (a === b) return false
  return LOOKUP.get(a)?.has(b) ?? false
}
