/**
 * One name written in other ways: a leading "the" the recognizer took in, apostrophes either
 * way ("O’Brien" / "O'Brien"), a hyphen, a space or nothing between its parts ("al-Qaeda" /
 * "Al Qaeda"), and transliterations a vowel apart ("Tuva" / "Tyva").
 */
import type { NameMention } from './aliases';
import type { UnionFind } from './union-find';

/**
 * An organisation's or a place's name without a leading "the" the recognizer took in ("The WHO"
 * is "WHO", "The Hague" meets "Hague"): a person's name keeps its words.
 */
export function withoutLeadingThe(m: NameMention): NameMention {
  if (m.type === 'PER' || m.words.length < 2 || m.words[0] !== 'the') return m;
  const words = m.words.slice(1);
  const acronyms = m.acronyms?.slice(1);
  const allCaps = m.allCaps || (words.length === 1 && (acronyms?.[0] ?? false));
  return { ...m, words, allCaps, ...(acronyms ? { acronyms } : {}) };
}

/** Apostrophes written either way meet ("O’Brien" / "O'Brien"): pages mix typewriter and curly ones. */
export function withPlainApostrophes(m: NameMention): NameMention {
  if (!m.words.some((w) => /[’‘ʼ`]/.test(w))) return m;
  return { ...m, words: m.words.map((w) => w.replace(/[’‘ʼ`]/g, "'")) };
}

/**
 * Names written with a hyphen or a space, or none, between their parts ("al-Qaeda" / "Al Qaeda",
 * "Coca-Cola" / "Coca Cola"). Only forms that differ meet here: one form said twice is left to the
 * other steps (a one-word "Jordan" may be a person's surname and a country in one article).
 */
export function joinSpacingVariants(ms: readonly NameMention[], uf: UnionFind): void {
  const byFlat = new Map<string, Map<string, number>>();
  ms.forEach((m, i) => {
    if (m.capsLine) return;
    const flat = flatKey(m.words);
    if (flat.length < 5) return;
    const form = m.words.join(' ');
    const forms = byFlat.get(flat) ?? new Map<string, number>();
    byFlat.set(flat, forms);
    if (!forms.has(form)) forms.set(form, i);
  });
  for (const forms of byFlat.values()) {
    const [head, ...rest] = [...forms.values()];
    for (const i of rest) uf.union(head!, i);
  }
}

/** A name's letters without the marks between its parts: "al-qaeda" and "al qaeda" -> "alqaeda". */
function flatKey(words: readonly string[]): string {
  return words
    .join('')
    .normalize('NFD')
    .replace(/[\p{M}'\-‐‑–]/gu, '');
}

const VOWELS = /^[aeiouy]$/;

/** Two words one vowel apart inside the word ("tuva" / "tyva"), first and last letters the same. */
function vowelApart(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || a === b) return false;
  let diff = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (diff >= 0) return false;
    diff = k;
  }
  return diff > 0 && diff < a.length - 1 && VOWELS.test(a[diff]!) && VOWELS.test(b[diff]!);
}

/**
 * Transliterations of one name a vowel apart ("Tuva" / "Tyva"), among names of one word that
 * nothing else resolved: joined when each has no other such neighbour in the article.
 */
export function joinVowelVariants(singleByKey: ReadonlyMap<string, number>, uf: UnionFind): void {
  const plain = [...singleByKey].filter(([k]) => /^[\p{Ll}]+$/u.test(k));
  const near = plain.map(([k]) => plain.filter(([o]) => vowelApart(k, o)));
  plain.forEach(([, i], x) => {
    const [only] = near[x]!;
    if (near[x]!.length !== 1 || !only) return;
    const y = plain.indexOf(only);
    if (near[y]!.length === 1) uf.union(i, only[1]);
  });
}
