/**
 * Names that are not names, told by all their mentions together: a market instrument's code
 * ("LCOc1", "CMCU3") or a ticker written after a period (".DJI", ".SPX"), as wire copy prints them;
 * a currency's code ("EUR", "XAU") or a common noun's abbreviation ("DNA", "DVD", "Ph.D."); a
 * word that labels a number ("Week 13", "Type 1 diabetes", "Suite 350", "Lesson #1") wherever
 * it stands; a time zone after a time ("5:45 p.m. ET").
 * A one-word name that only ever opens a sentence ("Given our findings …", "An artist's …",
 * "First, you should …") is a common word when the article writes the same word in lower case
 * elsewhere. (A list of common words in place of the article's own was tried before: it removed
 * nothing on the page set's tune half and cost wikigold recall.)
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';
import { isDescribedAsWork, isTitleFragment, isWorkTitle } from './works';
import { isSpeciesName } from './species';
import { isHeadingWords } from './headings';
import { isAloneOnLine, isCommonWordsInTitleLine, isInCreditLine, isInQuotedTitle } from './label-lines';

export interface JunkContext {
  text: string;
  tokens: readonly Token[];
  /** first token of the sentence, per token; without it no name is taken for a sentence's first word */
  sentFirst?: Int32Array;
  /** is this lowercase word a place, an organisation or a given name the name lists know? */
  isKnownName?: (lower: string) => boolean;
}

const CODE = /^[A-Za-z]{2,}\d+[A-Za-z0-9]*$/;
const MODEL_CODE = /^[A-Z]{1,4}-\d{1,4}[A-Z]?$/;
/** ISO 4217 codes of the currencies and metals markets quote most. */
// prettier-ignore
const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'CNH', 'AUD', 'CAD', 'NZD', 'SEK', 'NOK', 'DKK', 'RUB', 'INR', 'KRW', 'HKD',
  'SGD', 'BRL', 'MXN', 'ZAR', 'TRY', 'PLN', 'XAU', 'XAG', 'XPT', 'XPD',
]);
/** Abbreviations of common nouns, written in capitals like names (lowercase, periods dropped). */
// prettier-ignore
const COMMON_ABBREVIATIONS = new Set([
  'dna', 'rna', 'dvd', 'vod', 'ep', 'lp', 'phd', 'mba', 'ceo', 'cfo', 'coo', 'cto', 'gdp', 'ipo', 'etf', 'suv', 'atm',
  'ufo', 'led', 'lcd', 'pdf', 'url', 'usb', 'mri', 'icu', 'gps', 'faq',
  // parts and kinds of cars, devices and networks ("an EV", "AWD", "the HVAC", "a VPN", "IPS panel")
  'ev', 'evs', 'awd', 'rwd', 'fwd', 'hvac', 'mph', 'kph', 'rpm', 'gt', 'ac', 'pc', 'pcs', 'cpu', 'gpu', 'ram', 'ssd',
  'hdd', 'nas', 'vpn', 'ips', 'hd', 'uhd', 'hdtv', 'hdr', 'oled', 'rgb', 'hdmi', 'nfc', 'sms', 'usb-c', 'wifi',
  'wi-fi', 'tv', 'ai', 'vr', 'ecg', 'ekg', 'pet', 'bpa', 'diy', 'ir', 'fps', 'ghz', 'mhz', 'gb', 'mb', 'tb',
  'cd', 'rom', 'dram', 'sram', 'sim', 'pin', 'qr',
  // terms of computing and electronics ("an ADC", "the GUI", "XML based", "an RPC interface")
  'os', 'ui', 'gui', 'api', 'sdk', 'ide', 'cli', 'sql', 'xml', 'json', 'html', 'css', 'http', 'https', 'ssl', 'tls',
  'dns', 'lan', 'wan', 'ssh', 'ftp', 'irc', 'rpc', 'ip', 'adc', 'dac', 'mcu', 'fpga', 'gpio', 'hdl', 'dmm', 'nfs', 
  // everyday and office shorthand ("PR aides", "TL;DR", "an MP")
  'pr', 'tl', 'vip', 'rsvp', 'asap', 'fyi', 'tbd', 'aka', 'lol', 'omg', 'mp', 'mps',
]);
/** Of COMMON_ABBREVIATIONS, those written in mixed case as well ("WiFi"). */
const MIXED_CASE_ABBREVIATIONS = new Set(['wifi', 'wi-fi']);

/** Common nouns that label a number or a code after them. */
// prettier-ignore
const NUMBER_LABELS = new Set([
  'week', 'weeks', 'day', 'type', 'block', 'suite', 'lesson', 'step', 'phase', 'chapter', 'part', 'level', 'room',
  'floor', 'grade', 'page', 'section', 'round', 'game', 'season', 'episode', 'volume', 'unit', 'category', 'class',
  'tier', 'gate', 'exhibit', 'figure', 'table', 'item', 'number', 'no', 'apartment', 'apt', 'box', 'stage', 'version',
  'model', 'series', 'track', 'act', 'scene', 'verse', 'article', 'clause', 'line', 'lot', 'row', 'seat',
  // a tracker's or a newsletter's numbered items ("Bug 1553982", a numbered issue of a magazine)
  'bug', 'issue', 'patch', 'ticket', 'build', 'release',
]);
/** A number, a code that starts with one ("1B"), or a Roman numeral from II ("I" is the pronoun). */
const NUMBER_AFTER = /^(?:\d[\w.-]*|II|III|IV|V|VI|VII|VIII|IX|X)$/;

export function isJunkName(list: readonly NameMention[], ctx: JunkContext): boolean {
  return (
    list.every((m) => isCode(m, ctx)) ||
    isCraftNamedWithCode(list, ctx) ||
    list.every((m) => isFunctionWord(m, ctx)) ||
    list.every((m) => isNumberedThing(m, ctx)) ||
    list.every((m) => isInQuotedTitle(m, ctx)) ||
    list.every((m) => isWorkTitle(m, ctx.tokens)) ||
    list.every((m) => isAloneOnLine(m, ctx)) ||
    list.every((m) => isInCreditLine(m, ctx)) ||
    list.every((m) => isCommonWordsInTitleLine(m, ctx, lowerWordsOf(ctx))) ||
    list.every((m) => isCommonAbbreviation(m, ctx)) ||
    list.every((m) => isNumberLabel(m, ctx)) ||
    isSentenceOpener(list, ctx) ||
    list.every((m) => isTimeZone(m, ctx)) ||
    list.some((m) => isDescribedAsWork(m, ctx.tokens)) ||
    // (a genus written before its species, and alone elsewhere: the same name)
    (list.every((m) => m.last - m.first === 1 && !ctx.isKnownName?.(m.words[0]!)) &&
      list.some((m) => isSpeciesName(m, ctx.text, ctx.tokens))) ||
    list.some((m) => isHeadingWords(m, ctx.tokens)) ||
    list.every((m) => isOpeningAdverb(m, ctx)) ||
    list.every((m) => isIndexName(m, ctx)) ||
    list.every((m) => isPartyCode(m, ctx)) ||
    list.every((m) => isScreenLabel(m, ctx)) ||
    list.every((m) => isStorm(m, ctx)) ||
    list.every((m) => isWebAddress(m, ctx)) ||
    (ctx.sentFirst !== undefined && list.every((m) => isTitleFragment(m, ctx.tokens, ctx.sentFirst!)))
  );
}

/** A web address where something is bought or read ("tickets go on sale at Example.com"): a site, no body. */
function isWebAddress(m: NameMention, ctx: JunkContext): boolean {
  if (m.last - m.first !== 1) return false;
  const before = ctx.tokens[m.first - 1]?.text.toLowerCase() ?? '';
  return (
    /\.(?:com|org|net|gov|edu|io|tv|co\.uk)$/i.test(ctx.tokens[m.first]!.text) && /^(?:at|visit|via)$/.test(before)
  );
}

/** Words before a storm's name: a storm is an event ("Hurricane Sandy", "Typhoon Hagibis"). */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone']);

function isStorm(m: NameMention, ctx: JunkContext): boolean {
  const first = ctx.tokens[m.first]!.text.toLowerCase();
  if (first === 'tropical' && /^(?:Storm|Depression)$/.test(ctx.tokens[m.first + 1]?.text ?? '')) return true;
  const before = ctx.tokens[m.first - 1]?.text;
  return (
    (m.last - m.first > 1 && STORM_WORDS.has(first)) ||
    (before !== undefined && /^(?:Hurricane|Typhoon|Cyclone|Storm)$/.test(before))
  );
}

/**
 * Adverbs, participles and prepositions that open a sentence or a clause ("Given their
 * locations, …", "Long considered one of the best …", "Often, …"), labels of a page and words
 * of address, never a name by themselves there; a surname among them ("Long") is named in full
 * somewhere else.
 */
// prettier-ignore
const OPENING_ADVERBS = new Set([
  'given', 'long', 'according', 'having', 'being', 'following', 'including', 'perhaps', 'maybe', 'indeed',
  'instead', 'often', 'circa', 'nearly', 'almost', 'just', 'still', 'ever', 'never', 'sometimes', 'eventually',
  'finally', 'recently', 'currently', 'initially', 'ultimately', 'previously', 'moreover', 'furthermore',
  'additionally', 'overall', 'together', 'amid', 'among', 'within', 'beyond', 'upon', 'toward', 'towards',
  'whatever', 'whenever', 'wherever', 'otherwise', 'similarly', 'likewise', 'unfortunately', 'fortunately',
  'luckily', 'sadly', 'hopefully', 'clearly', 'obviously', 'apparently', 'basically', 'honestly', 'seriously',
  // page furniture: reference lists and labels ("Retrieved 3 May 2019", "Updated at noon")
  'retrieved', 'archived', 'accessed', 'updated', 'published', 'posted', 'advertisement', 'sponsored', 'related',
  // verbs of a shopping or how-to page's commands ("Skip the rush and …", "Grab a bottle")
  'skip', 'buy', 'grab', 'shop', 'save', 'check', 'learn', 'discover', 'explore', 'enjoy', 'subscribe', 'download',
  // how people call each other in speech ("Guy keeps rushing me")
  'guy', 'guys', 'dude', 'folks', 'buddy', 'mom', 'dad', 'mum',
]);

function isOpeningAdverb(m: NameMention, ctx: JunkContext): boolean {
  const { tokens, sentFirst } = ctx;
  if (!sentFirst || m.last - m.first !== 1 || !OPENING_ADVERBS.has(m.words[0]!)) return false;
  // a lower-case word or a comma goes on with the sentence ("Long considered", "Often, …"); not a
  // number ("Long 84", a result) nor a list of surnames ("The team: Given, Breen, Staunton")
  const next = tokens[m.last]?.text ?? '';
  if (!/^\p{Ll}/u.test(next) && next !== ',') return false;
  if (next === ',' && /^\p{Lu}/u.test(tokens[m.last + 1]?.text ?? '')) return false;
  let k = m.first - 1;
  while (k >= sentFirst[m.first]! && OPENING_MARKS.has(tokens[k]!.text)) k--;
  return k < sentFirst[m.first]! || tokens[k]!.text === ':' || tokens[k]!.text === ';';
}

/** Words after a market index's number ("the S&P 500 index", "the S&P 500 .SPX"). */
const INDEX_AFTER = new Set(['index', 'indexes', 'indices', 'futures']);

/** A stock index named with its number ("S&P 500", "FTSE 100", "Russell 2000"): a list of shares, no body. */
function isIndexName(m: NameMention, ctx: JunkContext): boolean {
  const { tokens, text } = ctx;
  const num = tokens[m.last];
  const after = tokens[m.last + 1];
  if (!num || !after || !/^\d{2,4}$/.test(num.text) || num.start - tokens[m.last - 1]!.end !== 1) return false;
  // a ticker glued to a period after the number (".SPX")
  if (after.text === '.' && after.start - num.end === 1 && /^[A-Z][A-Z0-9]{1,6}$/.test(tokens[m.last + 2]?.text ?? ''))
    return tokens[m.last + 2]!.start === after.end;
  return INDEX_AFTER.has(after.text) && text[num.end] === ' ';
}

/** A party and a state in brackets after a lawmaker's name ("Rep. Brian Babin (R-TX)", "(D-Calif.)"). */
function isPartyCode(m: NameMention, ctx: JunkContext): boolean {
  if (m.last - m.first !== 1 || ctx.tokens[m.first - 1]?.text !== '(') return false;
  return /^[RDI]-\p{Lu}[\p{L}.]*$/u.test(ctx.tokens[m.first]!.text);
}

/** Verbs of a screen's instructions: the name after one is a button or a menu's label ("click Preferences"). */
const SCREEN_VERBS = new Set(['click', 'tap', 'select', 'press', 'choose']);

function isScreenLabel(m: NameMention, ctx: JunkContext): boolean {
  return SCREEN_VERBS.has(ctx.tokens[m.first - 1]?.text ?? '');
}

/** Time zones written after a time ("5:45 p.m. ET", "10:00 GMT"). */
// prettier-ignore
const TIME_ZONES = new Set(['ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST']);
const TIME_BEFORE = /^(?:\d{1,2}(?::\d{2})?|[ap]\.?m\.?)$/i;

function isTimeZone(m: NameMention, ctx: JunkContext): boolean {
  if (m.last - m.first !== 1 || !TIME_ZONES.has(ctx.tokens[m.first]!.text)) return false;
  const before = ctx.tokens[m.first - 1]?.text;
  return before !== undefined && TIME_BEFORE.test(before);
}

/** Marks that may stand before a sentence's first word. */
const OPENING_MARKS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-', '•']);

function isSentenceOpener(list: readonly NameMention[], ctx: JunkContext): boolean {
  const { tokens, sentFirst } = ctx;
  if (!sentFirst) return false;
  const word = tokens[list[0]!.first]!.text;
  const lower = word.toLowerCase();
  if (lower === word || word === word.toUpperCase()) return false;
  for (const m of list) {
    if (m.last - m.first !== 1 || tokens[m.first]!.text !== word) return false;
    let k = m.first - 1;
    while (k >= sentFirst[m.first]! && OPENING_MARKS.has(tokens[k]!.text)) k--;
    // a clause after a colon opens like a sentence ("… the mystery: Given their locations")
    if (k >= sentFirst[m.first]! && tokens[k]!.text !== ':') return false;
  }
  return tokens.some((t) => t.text === lower);
}

/**
 * Words of closed classes and interjections, which stand capitalised where a sentence or a
 * clause opens ("MOSCOW (AP) — An unmanned …", "First published …") or in speech ("You are
 * going to be OK"), never names by themselves.
 */
// prettier-ignore
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'ok', 'okay', 'yes', 'no', 'hey', 'oh', 'wow', 'please', 'thanks', 'first', 'second',
  'third', 'next', 'last', 'then', 'now', 'here', 'there', 'um', 'uh', 'ah', 'hmm', 'huh', 'yeah', 'yep', 'nope',
  'whoa', 'oops', 'ugh', 'gosh', 'geez', 'jeez', 'yay', 'hooray', 'hello', 'goodbye', 'sorry', 'alas',
  'everybody', 'everyone', 'nobody', 'somebody', 'someone', 'anyone', 'anybody', 'nothing', 'something',
  'everything', 'anything',
  // words written in capitals for stress or opening a line of speech ("BEFORE signing up", "Help!", "Ha!")
  'before', 'after', 'out', 'not', 'plus', 'help', 'get', 'ha', 'haha',
]);

function isFunctionWord(m: NameMention, ctx: JunkContext): boolean {
  if (m.last - m.first !== 1 || !FUNCTION_WORDS.has(m.words[0]!)) return false;
  const { tokens } = ctx;
  // "Tulsa, OK": the state's code after a comma; "Given, Breen, Staunton": a surname in a list
  if (tokens[m.first - 1]?.text === ',') return false;
  return !(tokens[m.last]?.text === ',' && /^\p{Lu}/u.test(tokens[m.last + 1]?.text ?? ''));
}

/**
 * A name followed by a small number and a common word names one of a numbered series of
 * things, a mission or a model ("the Apollo 10 crew", "the uncrewed Artemis 1 test flight"),
 * not the body behind it; a maker's model number is longer ("Boeing 737 jets").
 */
/** Units and scores after a number: the name stands before a distance or a result ("Moengo 56 miles", "Lewis 80 not out"). */
// prettier-ignore
const MEASURES = new Set([
  'miles', 'mile', 'km', 'kilometres', 'kilometers', 'metres', 'meters', 'feet', 'ft', 'yards', 'seconds', 'secs',
  'minutes', 'mins', 'hours', 'days', 'weeks', 'months', 'years', 'points', 'pts', 'goals', 'runs', 'not', 'percent',
  'pct', 'per', 'times', 'laps', 'strokes', 'shots', 'games', 'matches', 'wins', 'overs', 'wickets', 'kg', 'lb',
  'pounds', 'tonnes', 'votes', 'seats', 'out', 'under', 'over', 'own', 'and',
]);

function isNumberedThing(m: NameMention, ctx: JunkContext): boolean {
  const num = ctx.tokens[m.last];
  const after = ctx.tokens[m.last + 1];
  // a person's name before a number is a scorer or a result ("Abbas 84 own goal")
  return (
    m.type !== 'PER' &&
    num !== undefined &&
    after !== undefined &&
    /^\d{1,2}$/.test(num.text) &&
    num.start - ctx.tokens[m.last - 1]!.end === 1 &&
    /^\p{Ll}+$/u.test(after.text) &&
    !MEASURES.has(after.text)
  );
}

const lowerWordCache = new WeakMap<readonly Token[], Set<string>>();
/** The article's words written in lower case. */
function lowerWordsOf(ctx: JunkContext): Set<string> {
  let set = lowerWordCache.get(ctx.tokens);
  if (!set) {
    set = new Set();
    for (const t of ctx.tokens) if (/^\p{Ll}/u.test(t.text)) set.add(t.text);
    lowerWordCache.set(ctx.tokens, set);
  }
  return set;
}

function isNumberLabel(m: NameMention, ctx: JunkContext): boolean {
  if (m.last - m.first !== 1 || !NUMBER_LABELS.has(m.words[0]!)) return false;
  let next = ctx.tokens[m.last];
  if (next?.text === '#' && ctx.tokens[m.last + 1]) next = ctx.tokens[m.last + 1];
  return next !== undefined && NUMBER_AFTER.test(next.text);
}

function isCommonAbbreviation(m: NameMention, ctx: JunkContext): boolean {
  if (m.words.length !== 1) return false;
  const w = ctx.text.slice(m.start, m.end);
  const lower = w.toLowerCase();
  // a plural written with a small s after the capitals ("LEDs", "PDFs")
  if (/^[A-Z]{2,}s$/.test(w)) return COMMON_ABBREVIATIONS.has(lower.slice(0, -1));
  if (w !== w.toUpperCase() && lower !== 'ph.d.' && lower !== 'ph.d' && !MIXED_CASE_ABBREVIATIONS.has(lower))
    return false;
  return CURRENCY_CODES.has(w) || COMMON_ABBREVIATIONS.has(m.words[0]!) || spelledInLowerCase(ctx.text, w);
}

/**
 * The article spells the abbreviation out in common words before it in brackets: "G
 * protein-coupled receptors (GPCRs)" makes GPCR a common noun's abbreviation; "the Affordable
 * Care Act (ACA)" is spelled in capitals and stays.
 */
function spelledInLowerCase(text: string, abbr: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(abbr)) return false;
  for (const at of [text.indexOf(`(${abbr})`), text.indexOf(`(${abbr}s)`)]) {
    if (at < 0) continue;
    const words = text
      .slice(Math.max(0, at - 120), at)
      .trim()
      .split(/[\s-]+/);
    const spelled = words.slice(-abbr.length);
    if (spelled.length !== abbr.length) continue;
    const fits = spelled.every(
      (wd, i) =>
        wd[0]?.toUpperCase() === abbr[i] &&
        (wd.length === 1 || /^\p{Ll}+$/u.test(wd) || (i === 0 && /^\p{Lu}$/u.test(wd))),
    );
    if (fits && spelled.some((wd) => wd.length > 1)) return true;
  }
  return false;
}

/**
 * A craft or a model named with its code and without it ("Progress MS-04" … "A Progress cargo
 * ship"): the name alone is a short form of the coded one.
 */
function isCraftNamedWithCode(list: readonly NameMention[], ctx: JunkContext): boolean {
  const coded = list.filter((m) => m.last - m.first > 1 && MODEL_CODE.test(ctx.tokens[m.last - 1]!.text));
  if (coded.length === 0) return false;
  const heads = new Set(coded.map((m) => m.words.slice(0, -1).join(' ')));
  const { tokens } = ctx;
  // the short form modifies a noun after an article ("a Progress cargo ship"); a maker named
  // alone ("Cosmos said") is a body
  const modifier = (m: NameMention): boolean =>
    /^(?:a|an|the)$/i.test(tokens[m.first - 1]?.text ?? '') && /^\p{Ll}+$/u.test(tokens[m.last]?.text ?? '');
  return list.every((m) => coded.includes(m) || (heads.has(m.words.join(' ')) && modifier(m)));
}

/** Stock exchanges named before a ticker ("NYSE: XYZ", "Nasdaq:ABCD"). */
// prettier-ignore
const EXCHANGES = new Set(['nyse', 'nasdaq', 'amex', 'lse', 'tsx', 'asx', 'hkex', 'sgx', 'otc', 'otcqx', 'euronext', 'xetra', 'bse', 'nse']);

/** A ticker in capitals after an exchange and a colon, or after "ticker" or "symbol": the share, no body. */
function isTicker(m: NameMention, ctx: JunkContext): boolean {
  const { tokens } = ctx;
  if (m.last - m.first !== 1 || !/^[A-Z][A-Z.]{0,5}$/.test(tokens[m.first]!.text)) return false;
  const before = tokens[m.first - 1]?.text.toLowerCase() ?? '';
  if (before === ':') return EXCHANGES.has(tokens[m.first - 2]?.text.toLowerCase() ?? '');
  return before === 'ticker' || before === 'symbol';
}

function isCode(m: NameMention, ctx: JunkContext): boolean {
  const { tokens, text } = ctx;
  // a quote's code glued to "=" ("GBP=", "US10YT=RR"); an instrument named before its code
  // ("Brent LCOc1", "Sterling GBP=") is the instrument, no body
  if (text[m.end] === '=' || text[m.start - 1] === '=') return true;
  if (isTicker(m, ctx)) return true;
  const lastWord = tokens[m.last - 1]!.text;
  if (m.last - m.first > 1 && CODE.test(lastWord) && lastWord.length >= 4) return true;
  // a craft's or a model's code after its name ("Progress MS-04", "Soyuz TMA-9")
  if (m.last - m.first > 1 && MODEL_CODE.test(lastWord)) return true;
  if (m.last - m.first !== 1) return false;
  const w = tokens[m.first]!.text;
  if (CODE.test(w) && w.length >= 4) return true;
  // ".DJI": a period glued to the code, with a space before it
  const start = tokens[m.first]!.start;
  return /^[A-Z]{2,5}$/.test(w) && text[start - 1] === '.' && /\s/.test(text[start - 2] ?? ' ');
}
