/**
 * Words that make up titles and honorifics ("Venezuelan President", "War Secretary", "Admiral",
 * "Vice President and Oil Minister"). Titles are not part of a name; they become the role.
 * All lowercase, without a final period.
 */

/**
 * Offices and ranks that stand before a name as its title ("President Trump") and head a
 * description of a person ("the club's president", "X, the chief of staff"): one list for both
 * (role-words.ts reads it).
 */
// prettier-ignore
export const OFFICE_WORDS: readonly string[] = [
  'president', 'secretary', 'minister', 'senator', 'admiral', 'general', 'professor', 'king', 'queen',
  'prince', 'princess', 'pope', 'father', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'judge',
  'justice', 'chancellor', 'governor', 'mayor', 'representative', 'congressman', 'congresswoman',
  'ambassador', 'commissioner', 'chairman', 'chairwoman', 'chair', 'chief', 'captain', 'colonel',
  'lieutenant', 'sergeant', 'commander', 'officer', 'director', 'coach', 'premier', 'leader', 'spokesman',
  'spokeswoman', 'spokesperson', 'envoy', 'attorney', 'prosecutor', 'inspector', 'detective', 'constable',
  'superintendent', 'ceo', 'cfo', 'chef', 'head', 'dean', 'provost', 'principal', 'pastor',
];

/** A title's head: a run of title words must contain one to count as a title. */
export const TITLE_HEADS = new Set([
  ...OFFICE_WORDS,
  // courtesy titles, abbreviations and ranks that do not describe a person alone
  'sen',
  'adm',
  'gen',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'reverend',
  'gov',
  'rep',
  'capt',
  'col',
  'lt',
  'sgt',
  'major',
  'maj',
  'cmdr',
  'speaker',
  'sheikh',
  'ayatollah',
  'emir',
  'sultan',
  'marshal',
  'corporal',
  'private',
  'brigadier',
  'commodore',
  'councillor',
  'councilman',
  'councilwoman',
  'assemblyman',
  'assemblywoman',
  'mp',
  'mep',
  'deacon',
  'sen.',
  'presidente',
  'pm',
  'tsar',
  'czar',
  'count',
  'countess',
  'duke',
  'duchess',
  'baron',
  'baroness',
  'earl',
  'viscount',
  'monsignor',
]);

/** Words that qualify a head ("Vice", "Foreign", "War", "former", "acting"). */
// prettier-ignore
export const TITLE_MODIFIERS = new Set([
  'vice', 'deputy', 'prime', 'foreign', 'defence', 'defense', 'war', 'oil', 'finance', 'interior', 'home',
  'state', 'treasury', 'labour', 'labor', 'health', 'education', 'energy', 'trade', 'transport', 'justice',
  'agriculture', 'commerce', 'economy', 'economic', 'culture', 'environment', 'security', 'intelligence',
  'information', 'communications', 'petroleum', 'mines', 'industry', 'housing', 'army', 'navy', 'naval',
  'air', 'force', 'military', 'police', 'fire', 'supreme', 'high', 'grand', 'lord', 'first', 'second',
  'former', 'acting', 'interim', 'incoming', 'outgoing', 'then', 'late', 'senior', 'junior', 'assistant',
  'associate', 'executive', 'general', 'chief', 'principal', 'special', 'lead', 'top', 'opposition',
  'party', 'union', 'campaign', 'team', 'club', 'national', 'federal', 'regional', 'district', 'county',
  'city', 'attorney', 'solicitor', 'crown', 'rear', 'fleet', 'field', 'staff', 'sergeant', 'major',
  'lieutenant', 'house', 'senate', 'majority', 'minority', 'floor', 'press', 'white', 'of', 'the', 'for',
  'republican', 'democratic', 'democrat', 'conservative', 'liberal', 'labour', 'green', 'socialist',
  'independent', 'tory', 'gop', 'managing', 'founding', 'co', 'world', 'olympic', 'us', 'u.s', 'uk', 'un',
  'eu', 'nato',
]);

/** Connectors allowed inside a title ("Vice President and Oil Minister"). */
export const TITLE_CONNECTORS = new Set(['and', '&']);

export function normTitleWord(w: string): string {
  const l = w.toLowerCase();
  return l.endsWith('.') ? l.slice(0, -1) : l;
}

export function isTitleHead(w: string): boolean {
  return TITLE_HEADS.has(normTitleWord(w));
}

export function isTitleWord(w: string): boolean {
  const l = normTitleWord(w);
  return TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l);
}

/** Courtesy titles: they say a person is meant, not what the person does. */
// prettier-ignore
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'messrs', 'madam', 'madame', 'mme', 'herr', 'frau', 'señor', 'senor', 'señora', 'senora', 'monsieur', 'm']);

export function isHonorific(w: string): boolean {
  return HONORIFICS.has(normTitleWord(w));
}
