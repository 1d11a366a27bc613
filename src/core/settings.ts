/**
 * Reader settings: the schema, its defaults, and the migration of whatever storage holds.
 * Stored in storage.sync by src/platform/storage/settings-store.ts; this module is pure so the content
 * script, the options page, the background and the tests share one definition.
 * Reading never throws: corrupt values fall back to defaults field by field, older schema
 * versions migrate forward.
 */
import { ENTITY_TYPES, tabTypes, type TabType } from './analysis/entity-types';

export const SETTINGS_VERSION = 3;

export type Side = 'right' | 'left';

/** The kinds of page highlight the reader can switch off one by one. */
/** The kinds of highlight a reader can switch off: each type with a tab of its own, and quotes. */
export type HighlightKind = TabType | 'quote';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [...tabTypes(ENTITY_TYPES), 'quote'];

export interface Settings {
  schemaVersion: number;
  /** Open the sidebar by itself on article pages (off: the toolbar icon gets a badge instead). */
  autoOpen: boolean;
  side: Side;
  /** Sidebar width in CSS pixels. */
  width: number;
  /** Highlight names and quotes in the page when the sidebar opens. */
  highlights: boolean;
  /** Kinds of highlight the reader switched off (the others show while highlights are on). */
  hiddenKinds: HighlightKind[];
  /** Look up every opened card on Wikipedia (sends only an entity's name); off until the reader says yes. */
  wikipedia: boolean;
  /** The first-run notice about Wikipedia lookups has been read. */
  wikipediaNoticeSeen: boolean;
  /** Sites where Gloss never runs: simple wildcard host patterns such as "*.example.com". */
  neverRunOn: string[];
}

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  schemaVersion: SETTINGS_VERSION,
  autoOpen: false,
  side: 'right',
  width: 380,
  highlights: true,
  hiddenKinds: [],
  wikipedia: false,
  wikipediaNoticeSeen: false,
  neverRunOn: [],
});

export function clampWidth(w: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)));
}

type Raw = Record<string, unknown>;

/**
 * Migrations from each older schema version to the next. Version 1 (the first release) stored
 * `openOnArticles` and `position: 'right' | 'left'` and had no highlight, Wikipedia or site
 * settings.
 */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  1: (raw) => {
    const { openOnArticles, position, ...rest } = raw;
    return { ...rest, autoOpen: openOnArticles, side: position, schemaVersion: 2 };
  },
  // Version 2 had lookups on by default. Its stored `wikipedia: true` is the same for a reader who
  // never chose, one who pressed OK on a notice shown after the first name had already gone out,
  // and one who switched it on: none can be told apart, so none counts as a yes. Lookups go off;
  // the card asks, and one click there ("Always look up names") turns them back on.
  2: (raw) => ({ ...raw, wikipedia: false, schemaVersion: 3 }),
};

/** Turns whatever storage held into valid Settings. Never throws. */
export function normalizeSettings(stored: unknown): Settings {
  let raw: Raw = isRecord(stored) ? { ...stored } : {};
  let version =
    typeof raw.schemaVersion === 'number' && Number.isInteger(raw.schemaVersion) ? raw.schemaVersion : SETTINGS_VERSION;
  if (version > SETTINGS_VERSION) {
    // Written by a newer Gloss (sync across devices): read the fields we know, keep defaults otherwise.
    version = SETTINGS_VERSION;
  }
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) {
      raw = {};
      break;
    }
    try {
      raw = step(raw);
    } catch {
      raw = {};
      break;
    }
    version += 1;
  }
  const d = DEFAULT_SETTINGS;
  return {
    schemaVersion: SETTINGS_VERSION,
    autoOpen: typeof raw.autoOpen === 'boolean' ? raw.autoOpen : d.autoOpen,
    side: raw.side === 'left' || raw.side === 'right' ? raw.side : d.side,
    width: typeof raw.width === 'number' && Number.isFinite(raw.width) ? clampWidth(raw.width) : d.width,
    highlights: typeof raw.highlights === 'boolean' ? raw.highlights : d.highlights,
    hiddenKinds: Array.isArray(raw.hiddenKinds)
      ? HIGHLIGHT_KINDS.filter((k) => (raw.hiddenKinds as unknown[]).includes(k))
      : [...d.hiddenKinds],
    wikipedia: typeof raw.wikipedia === 'boolean' ? raw.wikipedia : d.wikipedia,
    wikipediaNoticeSeen: typeof raw.wikipediaNoticeSeen === 'boolean' ? raw.wikipediaNoticeSeen : d.wikipediaNoticeSeen,
    neverRunOn: Array.isArray(raw.neverRunOn)
      ? raw.neverRunOn
          .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
          .map((p) => p.trim())
          .slice(0, 500)
      : [...d.neverRunOn],
  };
}

/** Keeps only valid fields of a partial update (from the options page or the sidebar). */
export function applySettingsPatch(current: Settings, patch: unknown): Settings {
  if (!isRecord(patch)) return current;
  return normalizeSettings({ ...current, ...patch, schemaVersion: SETTINGS_VERSION });
}

/**
 * Whether `host` matches one of the never-run patterns. A pattern is a host name where `*`
 * stands for any run of characters ("*.example.com" also matches "example.com" itself); a
 * pattern may carry a scheme or path, which is ignored.
 */
export function isSiteExcluded(host: string, patterns: readonly string[]): boolean {
  const h = host.toLowerCase();
  return patterns.some((p) => hostPatternToRegExp(p)?.test(h) ?? false);
}

function hostPatternToRegExp(pattern: string): RegExp | null {
  let p = pattern.trim().toLowerCase();
  p = p
    .replace(/^[a-z*]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '');
  if (!p) return null;
  const escaped = p
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const body = p.startsWith('*.') ? `(?:.*\\.)?${escaped.slice(4)}` : escaped;
  return new RegExp(`^${body}$`);
}

function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
