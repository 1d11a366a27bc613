/**
 * Names that are not names, told by all their mentions together: a market instrument's code
 * ("LCOc1", "CMCU3") or a ticker written after a period (".DJI", ".SPX"), as wire copy prints them.
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

export function isJunkName(list: readonly NameMention[], ctx: JunkContext): boolean {
  return list.every((m) => isCode(m, ctx));
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
