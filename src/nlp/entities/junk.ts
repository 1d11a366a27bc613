/**
 * Names that are not names, told by all their mentions together: a market instrument's code
 * ("LCOc1", "CMCU3") or a ticker written after a period (".DJI", ".SPX"), as wire copy prints them;
 * a currency's code ("EUR", "XAU") or a common noun's abbreviation ("DNA", "DVD", "Ph.D.").
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
const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'CNH', 'AUD', 'CAD', 'NZD', 'SEK', 'NOK', 'DKK', 'RUB', 'INR', 'KRW', 'HKD',
  'SGD', 'BRL', 'MXN', 'ZAR', 'TRY', 'PLN', 'XAU', 'XAG', 'XPT', 'XPD',
]);
/** Abbreviations of common nouns, written in capitals like names (lowercase, periods dropped). */
const COMMON_ABBREVIATIONS = new Set([
  'dna', 'rna', 'dvd', 'vod', 'ep', 'lp', 'phd', 'mba', 'ceo', 'cfo', 'coo', 'cto', 'gdp', 'ipo', 'etf', 'suv', 'atm',
  'ufo', 'led', 'lcd', 'pdf', 'url', 'usb', 'mri', 'icu', 'gps', 'faq',
]);

export function isJunkName(list: readonly NameMention[], ctx: JunkContext): boolean {
  return list.every((m) => isCode(m, ctx)) || list.every((m) => isCommonAbbreviation(m, ctx));
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
