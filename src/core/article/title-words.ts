/** Text helpers the headline and site-name checks share: squashed spaces, comparison keys, words. */

export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Lower-case letters and digits only: "The Hill" and "TheHill" are one name. */
export function key(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function words(s: string): string[] {
  return (
    s
      .toLowerCase()
      .normalize('NFD')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Words too common to tie a heading to a title. */
// prettier-ignore
const COMMON = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'are', 'how', 'what', 'why', 'your', 'you', 'this', 'that', 'it', 'its', 'de', 'la', 'le', 'el', 'en', 'y', 'et', 'und', 'der', 'die', 'das']);

/** Whether `a` and `b` have a word in common besides the commonest ones. */
export function sharesWord(a: string, b: string): boolean {
  const wb = new Set(words(b));
  return words(a).some((w) => !COMMON.has(w) && wb.has(w));
}

/** Share of the words of `a` that are in `b`. */
export function overlap(a: string, b: string): number {
  const wa = words(a);
  if (!wa.length) return 0;
  const wb = new Set(words(b));
  return wa.filter((w) => wb.has(w)).length / wa.length;
}
