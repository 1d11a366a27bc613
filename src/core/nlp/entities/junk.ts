/**
 * Names that are not names, told by all their mentions together: a market instrument's code
 * ("LCOc1", "CMCU3") or a ticker written after a period (".DJI", ".SPX"), as wire copy prints them;
 * a currency's code ("EUR", "XAU") or a common noun's abbreviation ("DNA", "DVD", "Ph.D."); a
 * word that labels a number ("Week 13", "Type 1 diabetes", "Suite 350", "Lesson #1") wherever
 * it stands.
 * (A common word that only ever opens a sentence was tried too: it removed nothing on the page
 * set's tune half and cost wikigold recall.)
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';

export interface JunkContext {
  text: string;
  tokens: readonly Token[];
}

const CODE = /^[A-Za-z]{2,}\d+[A-Za-z0-9]*$/;
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
]);

/** Common nouns that label a number or a code after them. */
// prettier-ignore
const NUMBER_LABELS = new Set([
  'week', 'weeks', 'day', 'type', 'block', 'suite', 'lesson', 'step', 'phase', 'chapter', 'part', 'level', 'room',
  'floor', 'grade', 'page', 'section', 'round', 'game', 'season', 'episode', 'volume', 'unit', 'category', 'class',
  'tier', 'gate', 'exhibit', 'figure', 'table', 'item', 'number', 'no', 'apartment', 'apt', 'box', 'stage', 'version',
  'model', 'series', 'track', 'act', 'scene', 'verse', 'article', 'clause', 'line', 'lot', 'row', 'seat',
]);
/** A number, a code that starts with one ("1B"), or a Roman numeral from II ("I" is the pronoun). */
const NUMBER_AFTER = /^(?:\d[\w.-]*|II|III|IV|V|VI|VII|VIII|IX|X)$/;

export function isJunkName(list: readonly NameMention[], ctx: JunkContext): boolean {
  return (
    list.every((m) => isCode(m, ctx)) ||
    list.every((m) => isCommonAbbreviation(m, ctx)) ||
    list.every((m) => isNumberLabel(m, ctx))
  );
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
  if (w !== w.toUpperCase() && w.toLowerCase() !== 'ph.d.' && w.toLowerCase() !== 'ph.d') return false;
  return CURRENCY_CODES.has(w) || COMMON_ABBREVIATIONS.has(m.words[0]!);
}

function isCode(m: NameMention, ctx: JunkContext): boolean {
  const { tokens, text } = ctx;
  if (m.last - m.first !== 1) return false;
  const w = tokens[m.first]!.text;
  if (CODE.test(w) && w.length >= 4) return true;
  // ".DJI": a period glued to the code, with a space before it
  const start = tokens[m.first]!.start;
  return /^[A-Z]{2,5}$/.test(w) && text[start - 1] === '.' && /\s/.test(text[start - 2] ?? ' ');
}
