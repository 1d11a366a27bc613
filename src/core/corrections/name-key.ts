/**
 * How corrections find an entity again: its name compared without case, accents, curly quotes
 * or spacing differences, so "Nicolás Maduro" and "nicolas  maduro" are one key.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The site a correction may be limited to: the page's host name, lower-cased, without "www.".
 * Empty for pages without one (files), which then take only corrections for every site.
 */
export function siteOf(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}
