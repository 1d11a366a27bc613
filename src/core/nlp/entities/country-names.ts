/**
 * A country's other names ("America" / "United States", "Britain" / "United Kingdom", "Burma" /
 * "Myanmar"), from the bundled country data (assets/data/countries.json, sources in
 * assets/data/SOURCES-notes.md). aliases.ts joins two places the article names when both are
 * names of one country.
 * An alias that ends the country's own name is left out: "Macedonia" may be the Greek region in
 * an article that names "North Macedonia" too.
 */
import countriesJson from '../../../../assets/data/countries.json';

interface CountryNames {
  name: string;
  aliases: string[];
}

/** A name's words as mentions hold them (aliases.ts NameMention.words): lowercase, periods dropped. */
function mentionKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

let byName: Map<string, string> | null = null;

/** lowercase name or alias -> the country's name key, built on first use. */
function countryByName(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const c of Object.values(countriesJson as Record<string, CountryNames>)) {
    const name = mentionKey(c.name);
    byName.set(name, name);
    for (const a of c.aliases) {
      const k = mentionKey(a);
      if (!k || k === name || name.endsWith(` ${k}`)) continue;
      // an alias two countries share names neither
      const had = byName.get(k);
      byName.set(k, had === undefined || had === name ? name : '');
    }
  }
  return byName;
}

/** The country a place's words name ("america" -> "united states"), or null. */
export function countryOf(words: readonly string[]): string | null {
  return countryByName().get(words.join(' ')) || null;
}
