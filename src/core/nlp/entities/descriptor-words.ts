/**
 * The words a description before a name is made of, walking backwards from the name: the words
 * that stop it, the modifiers it may hold, the head words that end it, and plural heads made
 * singular for each name in a list.
 */
import { CUE_WORDS } from '../quotes/cues';
import { isOrgRoleHead, isPersonRoleHead } from './role-words';
import { isTitleWord } from './titles';

/** Words that end a description going backwards (the description starts after them). */
// prettier-ignore
export const STOP_WORDS = new Set([
  'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'about', 'against', 'among',
  'between', 'into', 'onto', 'over', 'under', 'after', 'before', 'during', 'since', 'until', 'than', 'as',
  'like', 'unlike', 'via', 'per', 'plus', 'or', 'nor', 'but', 'so', 'yet', 'if', 'because', 'while', 'when',
  'where', 'whom', 'who', 'which', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'he', 'she',
  'they', 'we', 'you', 'i', 'me', 'him', 'them', 'us', 'is', 'was', 'are', 'were', 'be', 'been', 'being',
  'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might', 'can',
  'must', 'shall', 'not', 'no', 'also', 'then', 'now', 'just', 'even', 'only', 'still', 'already', 'said',
  'says', 'say', 'told', 'tells', 'tell', 'asked', 'asks', 'called', 'calls', 'named', 'names', 'met',
  'meets', 'hired', 'joined', 'including', 'includes', 'include', 'according', 'such', 'both', 'all', 'each',
  'every', 'some', 'any', 'many', 'most', 'more', 'few', 'other', 'another', 'one', 'two', 'three', 'what',
  'how', 'why', 'whether', 'although', 'though', 'once', 'again', 'ago', 'later', 'earlier', 'today',
  'yesterday', 'tomorrow', 'tonight', 'week', 'month', 'year', 'says', 'reports', 'reported', 'wrote',
  'writes', 'added', 'adds', 'noted', 'explained', 'thanked', 'praised', 'blamed', 'accused', 'urged',
  'replaced', 'succeeded', 'beat', 'defeated', 'faces', 'faced', 'sued', 'thanks', 'see', 'saw', 'seen',
  // particles and prepositions: "pulled off Steelers quarterback X" ends at "off"
  'off', 'up', 'out', 'down', 'away', 'across', 'along', 'around', 'behind', 'near', 'past', 'through',
  'toward', 'towards', 'upon', 'within', 'beside', 'beyond', 'despite', 'amid', 'alongside',
]);

/** Past participles that describe a person or a body rather than tell what happened. */
// prettier-ignore
export const DESCRIBING_PARTICIPLES = new Set([
  'alleged', 'retired', 'renowned', 'acclaimed', 'celebrated', 'disgraced', 'jailed', 'detained', 'elected',
  'appointed', 'embattled', 'beleaguered', 'indicted', 'convicted', 'noted', 'famed', 'licensed', 'certified',
  'registered', 'qualified', 'talented', 'respected', 'decorated', 'seasoned', 'unnamed', 'ousted', 'exiled',
  'imprisoned', 'recently', 'newly', 'longtime', 'unidentified', 'balding', 'bearded', 'married', 'divorced',
  'widowed', 'retiring', 'acting', 'founding', 'managing', 'leading', 'reigning', 'ruling', 'governing',
  'presiding', 'visiting', 'sitting', 'outgoing', 'incoming', 'ailing', 'aging', 'rising', 'striking',
  'fellow', 'late', 'early', 'elderly', 'only', 'lone',
]);

export const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words after which the next word is a verb. */
// prettier-ignore
export const VERB_BEFORE = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'did', 'does', 'do', "won't", 'won’t']);
// prettier-ignore
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'its']);
/** Adjectives that attach a name to another: "Amazon-owned", "London-based", "Kremlin-backed". */
export const ATTACHED =
  /^[\p{L}.]+-(owned|based|backed|run|led|funded|born|controlled|affiliated|linked|allied|aligned|leaning|friendly|oriented)$/u;
export const POSSESSIVE_S = /^['’]s$/;
export const AMOUNT = /^(?:million|billion|trillion|percent|%)$/;

/** "acclaimed", "retired": a word that qualifies a person in a description. */
export const isDescribingParticiple = (w: string) => DESCRIBING_PARTICIPLES.has(w);
/** "London-based", "Kremlin-backed". */
export const isAttachedAdjective = (w: string) => ATTACHED.test(w);

export type Kind = 'person' | 'org';

export const isLowerWord = (w: string) => /^[\p{Ll}][\p{L}'’.-]*$/u.test(w);
export const isCapWord = (w: string) => /^[\p{Lu}\d][\p{L}\d'’.&-]*$/u.test(w);

// prettier-ignore
export const TWO_WORD_HEADS = new Set(['running back', 'full back', 'half back', 'tight end', 'defensive end', 'wide receiver']);

export function isHeadWord(w: string, kind: Kind): boolean {
  // offices and positions written as capitals: "CEO", "Cleveland DL Larry Ogunjobi"
  if (kind === 'person')
    return (isLowerWord(w) && isPersonRoleHead(w)) || /^(?:CEO|CFO|COO|CTO|QB|RB|WR|TE|DL|OL|LB|CB|DB|DT)s?$/.test(w);
  return (isLowerWord(w) && isOrgRoleHead(w)) || ATTACHED.test(w);
}

/** A lower-case word that is no title word, describing participle or compound: after "to", a verb. */
export function isPlainWord(w: string): boolean {
  const l = w.toLowerCase();
  return !w.includes('-') && !DESCRIBING_PARTICIPLES.has(l) && !isTitleWord(l) && !isPersonRoleHead(l);
}

export function isModifier(w: string): boolean {
  const l = w.toLowerCase();
  // speech verbs: "explains Dr. X", "writes X"
  if (STOP_WORDS.has(l) || CUE_WORDS.has(l)) return false;
  if (DESCRIBING_PARTICIPLES.has(l) || ATTACHED.test(w)) return true;
  // verbs and adverbs: "arrested", "quickly"; hyphenated compounds describe ("Oscar-winning", "22-year-old")
  if (!l.includes('-') && (/ed$/.test(l) || /ly$/.test(l) || /ing$/.test(l))) return false;
  return true;
}

export function isPlural(w: string): boolean {
  return /^[\p{Ll}][\p{L}-]*[^s]s$/u.test(w) && !/(ss|us|is|ics)$/.test(w);
}

export function singularForm(w: string): string {
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
