/**
 * Name keys for matching an entity's name against bundled data and Wikipedia titles:
 * case, diacritics, dots in acronyms, curly apostrophes and a leading "the" do not matter.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d"]/g, '')
    .replace(/\.(?=\S)/g, '')
    .replace(/\.$/, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/** True for short all-capital acronyms ("WHO", "U.S.") that must match with their case. */
export function isAcronym(name: string): boolean {
  const bare = name.replace(/\./g, '');
  return bare.length >= 2 && bare.length <= 6 && /^[A-Z][A-Z0-9+&-]*$/.test(bare);
}

/** The acronym key keeps case, so "WHO" never matches the word "Who". */
export function acronymKey(name: string): string {
  return name.replace(/\./g, '').trim();
}

/**
 * A name as a search query and for title matching: quoted nicknames and parentheses dropped
 * ('Frank M “Mitch” Bradley' -> 'Frank M Bradley').
 */
export function cleanName(name: string): string {
  return (
    name
      .replace(/\s*[\u201c"][^\u201d"]{1,40}[\u201d"]\s*/g, ' ')
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || name.trim()
  );
}
