/**
 * Companies the recognizer reads as people. The recognizer learned from 1996 newswire and takes
 * a company it never saw for a person ("Kroger", "Instagram", "Northrop Grumman"); a list of
 * one-word company names (assets/data/companies.json, built by scripts/ner/build-companies.ts
 * from a company dictionary, common words, first names and people's and places' names left out)
 * tells them apart when nothing in the article marks the name as a person's.
 */
import companiesJson from '../../../../assets/data/companies.json';
import type { NameMention } from './aliases';
import { COMPANY_HEADS } from './known-names';

const COMPANIES = new Set<string>((companiesJson as { names: string[] }).names);

export function isCompanyWord(lower: string): boolean {
  return COMPANIES.has(lower);
}

/**
 * Is a group of mentions read as a person a company? Its fullest name is one company word
 * ("Kroger"), or opens with one that is not a first name and ends with another or with a business
 * word ("Northrop Grumman", "Lockheed Holdings"); no mention has a title ("Mr.", "Gov.").
 */
export function isCompanyReadAsPerson(list: readonly NameMention[], isFirstName: (lower: string) => boolean): boolean {
  if (list.some((m) => m.titleFirst < m.first)) return false;
  let full = list[0]!;
  for (const m of list) if (m.words.length > full.words.length) full = m;
  const words = full.words;
  if (words.length === 1) return isCompanyWord(words[0]!) && !isFirstName(words[0]!);
  if (words.length > 3 || isFirstName(words[0]!) || !isCompanyWord(words[0]!)) return false;
  const last = words[words.length - 1]!;
  return isCompanyWord(last) || COMPANY_HEADS.has(last);
}
