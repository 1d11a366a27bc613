/**
 * Small formatting helpers for what the sidebar shows a reader. Pure; locale injectable for tests.
 * Here rather than with the sidebar because the background formats the publication date too
 * (where date formatting is warm).
 */

export interface FormattedTime {
  /** A valid `datetime` attribute value (ISO 8601). */
  datetime: string;
  /** What the reader sees: "12 Nov 2025, 14:05" in their locale. */
  text: string;
  /** The full date and time, for a tooltip. */
  full: string;
}

/**
 * Formats a publication time for reading. Date-only strings ("2025-11-12") show no time of day;
 * strings that do not parse as a date give null (the caller shows them verbatim, if at all).
 */
export function formatPublished(
  value: string | null | undefined,
  locale?: string,
  timeZone?: string,
): FormattedTime | null {
  if (!value) return null;
  const trimmed = value.trim();
  const ms = Date.parse(trimmed);
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
  const tz = dateOnly ? 'UTC' : timeZone;
  const opts: Intl.DateTimeFormatOptions = dateOnly
    ? { dateStyle: 'medium', timeZone: 'UTC' }
    : { dateStyle: 'medium', timeStyle: 'short', ...(tz ? { timeZone: tz } : {}) };
  const full: Intl.DateTimeFormatOptions = dateOnly
    ? { dateStyle: 'full', timeZone: 'UTC' }
    : { dateStyle: 'full', timeStyle: 'long', ...(tz ? { timeZone: tz } : {}) };
  return {
    datetime: dateOnly ? trimmed : date.toISOString(),
    text: new Intl.DateTimeFormat(locale, opts).format(date),
    full: new Intl.DateTimeFormat(locale, full).format(date),
  };
}

export function formatReadingTime(minutes: number): string {
  const m = Math.max(1, Math.round(minutes));
  return `${m} min read`;
}

/** "1 person", "3 people". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A whole number with commas between groups of three digits ("1,234,567"), as English writes it,
 * without Intl: a tab's first number format loads locale data, one task of tens of milliseconds.
 */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  if (/e/i.test(digits)) return sign + digits;
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = digits.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '');
  return sign + out;
}

/** Letters and digits only, lower case: "The Hill", "TheHill" and "THE HILL" are one name. */
function nameKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const NAME_SEPARATOR = /\s+(?:[|·•—–-])\s+|,\s+/;
/** A byline's last part after a separator: "Ann Lee | The Hill" -> "Ann Lee", "The Hill". */
const TRAILING_NAME = /^(.*\S)(?:\s+[|·•—–-]\s+|,\s+)([^|·•—–,]+)$/;

/**
 * The byline and the site's name as the header shows them, the site's name once: a name repeated
 * in itself ("The Hill | The Hill") is given once; a byline that is only the site's name is not
 * shown beside it; a byline that ends with the site's name ("Ann Lee | The Hill") loses that end.
 */
export function bylineAndSite(
  byline: string | null | undefined,
  siteName: string | null | undefined,
): { byline: string | null; siteName: string | null } {
  let site = siteName?.trim() || null;
  if (site) {
    const parts = site.split(NAME_SEPARATOR).filter(Boolean);
    if (parts.length > 1 && parts.every((p) => nameKey(p) === nameKey(parts[0]!))) site = parts[0]!;
  }
  let by = byline?.trim() || null;
  if (by && site) {
    const siteKey = nameKey(site);
    if (nameKey(by) === siteKey) by = null;
    for (let m = by && TRAILING_NAME.exec(by); m && nameKey(m[2]!) === siteKey; m = TRAILING_NAME.exec(by)) by = m[1]!;
  }
  return { byline: by, siteName: site };
}
