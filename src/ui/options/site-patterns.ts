/**
 * The "sites where Gloss never runs" list as the options page edits it: one pattern a line,
 * checked before saving, and a tester that says which pattern a site matches. Matching itself
 * is isSiteExcluded (src/core/settings.ts), the same function the content script uses.
 */
import { isSiteExcluded, type Settings } from '../../core/settings';
import { settingsItemBytes, SETTINGS_MAX_BYTES } from '../../core/settings-size';

export interface ParsedPatterns {
  patterns: string[];
  /** Lines that cannot be a host pattern, with why. */
  problems: Array<{ line: number; text: string; why: string }>;
}

export function parsePatterns(text: string): ParsedPatterns {
  const patterns: string[] = [];
  const problems: ParsedPatterns['problems'] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (!t || t.startsWith('#')) return;
    const host = t
      .toLowerCase()
      .replace(/^[a-z*]+:\/\//, '')
      .replace(/[/?#].*$/, '')
      .replace(/:\d+$/, '');
    if (!host) problems.push({ line: i + 1, text: t, why: 'no site name in it' });
    else if (/\s/.test(host)) problems.push({ line: i + 1, text: t, why: 'a site name has no spaces' });
    else if (!/^[a-z0-9*.\-\u00a1-\uffff]+$/.test(host))
      problems.push({ line: i + 1, text: t, why: 'only letters, digits, dots, hyphens and * are allowed' });
    else if (/^\*+$/.test(host)) problems.push({ line: i + 1, text: t, why: 'this would turn Gloss off everywhere' });
    else if (!seen.has(host)) {
      seen.add(host);
      patterns.push(t);
    }
  });
  return { patterns, problems };
}

/** The host name in what the reader typed ("https://news.example.com/a" -> "news.example.com"), or null. */
export function hostOf(input: string): string | null {
  const t = input.trim();
  if (!t) return null;
  try {
    return new URL(/^[a-z]+:\/\//i.test(t) ? t : `https://${t}`).hostname || null;
  } catch {
    return null;
  }
}

/** The first pattern that keeps Gloss off `host`, or null when Gloss runs there. */
export function matchingPattern(host: string, patterns: readonly string[]): string | null {
  return patterns.find((p) => isSiteExcluded(host, [p])) ?? null;
}

/** The most patterns the settings keep (src/core/settings.ts). */
export const MAX_PATTERNS = 500;

/**
 * Why this list cannot be saved with the other settings (too many patterns, or more bytes than
 * storage.sync keeps for the settings), in words for the reader; null when it fits.
 */
export function siteListTooLarge(settings: Settings, patterns: string[]): string | null {
  if (patterns.length > MAX_PATTERNS)
    return `This list has ${patterns.length} sites; Gloss keeps at most ${MAX_PATTERNS}. Remove some, or cover several with one pattern such as *.example.com.`;
  const bytes = settingsItemBytes({ ...settings, neverRunOn: patterns });
  if (bytes <= SETTINGS_MAX_BYTES) return null;
  return (
    `This list is too long to save: your browser keeps at most ${SETTINGS_MAX_BYTES} bytes for Gloss's settings, and with this list they would take ${bytes}. ` +
    `Remove at least ${bytes - SETTINGS_MAX_BYTES} characters of sites, or cover several with one pattern such as *.example.com.`
  );
}
