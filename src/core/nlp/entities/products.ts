/**
 * A maker's product read as a person. The recognizer takes two capitalised words for a person's
 * name ("Acme Turbo", "Zenbrand Hub Pro"); when the first word is no given name and names a
 * business (the company list holds it, or the article itself reads it as an organisation where it
 * stands alone: "Zenbrand says …"), the name is the maker's and the words after it a product's:
 * a product is none of the three kinds. A maker's word with a business word after it ("Zenbrand
 * Holdings") is the business itself.
 */
import type { Token } from '../tokenize';
import type { NameMention } from './aliases';
import { isCompanyWord } from './companies';
import { COMPANY_HEADS } from './known-names';

export interface ProductContext {
  tokens: readonly Token[];
  isFirstName: (lower: string) => boolean;
  /** per token, the recognizer's type of the name it stands in ('' for none) */
  spanType?: readonly string[];
}

/** Longest product name looked at, in words. */
const MAX_WORDS = 4;

/** Does the article read `lower` as an organisation's one-word name somewhere outside `list`? */
function readAsBodyAlone(lower: string, list: readonly NameMention[], ctx: ProductContext): boolean {
  const { tokens, spanType } = ctx;
  if (!spanType) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (spanType[i] !== 'ORG' || tokens[i]!.text.toLowerCase() !== lower) continue;
    if (list.some((m) => i >= m.first && i < m.last)) continue;
    // alone: the words either side are no part of the same name
    if (spanType[i - 1] !== 'ORG' && spanType[i + 1] !== 'ORG') return true;
  }
  return false;
}

/**
 * 'MISC' for a product read as a person, 'ORG' for a maker's business read so, null when the
 * name is no maker's.
 */
export function makerNameType(list: readonly NameMention[], ctx: ProductContext): 'MISC' | 'ORG' | null {
  if (list.some((m) => m.titleFirst < m.first)) return null;
  let full = list[0]!;
  for (const m of list) if (m.words.length > full.words.length) full = m;
  const words = full.words;
  if (words.length < 2 || words.length > MAX_WORDS) return null;
  const maker = words[0]!;
  if (ctx.isFirstName(maker) || !/^\p{L}/u.test(maker)) return null;
  if (!isCompanyWord(maker) && !readAsBodyAlone(maker, list, ctx)) return null;
  const last = words[words.length - 1]!;
  return COMPANY_HEADS.has(last) ? 'ORG' : 'MISC';
}
