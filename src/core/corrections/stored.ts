/**
 * The corrections as stored (storage.local, one item): read from whatever is there, never
 * throwing. What this Gloss cannot read (a corrupt item, a kind from a newer Gloss) is kept aside
 * and written back unchanged, so nothing the reader made is lost by reading or saving.
 */
import type { EntityType } from '../analysis/contract';
import { ENTITY_TYPE_NAMES } from '../analysis/entity-types';
import type { Correction } from './types';

export const CORRECTIONS_KEY = 'glossCorrections';
/** Where a stored value that was not corrections at all is moved before it is written over. */
export const UNREADABLE_KEY = 'glossCorrections:unreadable';
export const CORRECTIONS_VERSION = 1;

export interface StoredCorrections {
  version: number;
  items: unknown[];
}

export interface ReadCorrections {
  corrections: Correction[];
  /** Stored items this Gloss cannot read, kept to be written back as they are. */
  unread: unknown[];
  /** The stored value was not a corrections list at all (kept under UNREADABLE_KEY on the next save). */
  corrupt: boolean;
}

const MAX_TEXT = 500;

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_TEXT;

/** One stored item as a correction, or null when it is not one this Gloss knows. */
export function readCorrection(v: unknown): Correction | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (!text(o.id) || !text(o.name)) return null;
  const site = o.site === null || o.site === undefined ? null : text(o.site) ? o.site.toLowerCase() : undefined;
  if (site === undefined) return null;
  const at = typeof o.at === 'number' && Number.isFinite(o.at) ? o.at : 0;
  const base = { id: o.id, name: o.name, site, at };
  switch (o.kind) {
    case 'type':
      return ENTITY_TYPE_NAMES.includes(o.type as EntityType)
        ? { ...base, kind: 'type', type: o.type as EntityType }
        : null;
    case 'hide':
      return { ...base, kind: 'hide' };
    case 'merge':
      return text(o.into) ? { ...base, kind: 'merge', into: o.into } : null;
    case 'split':
      return text(o.alias) ? { ...base, kind: 'split', alias: o.alias } : null;
    default:
      return null;
  }
}

/**
 * Reads the stored value: nothing (no corrections), the current form, or the first form, a
 * bare list. Anything else is corrupt: no corrections, and the value is kept aside on the next save.
 */
export function readStoredCorrections(stored: unknown): ReadCorrections {
  if (stored === undefined || stored === null) return { corrections: [], unread: [], corrupt: false };
  let items: unknown[];
  if (Array.isArray(stored)) items = stored;
  else if (typeof stored === 'object' && Array.isArray((stored as { items?: unknown }).items))
    items = (stored as StoredCorrections).items;
  else return { corrections: [], unread: [], corrupt: true };
  const corrections: Correction[] = [];
  const unread: unknown[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    const c = readCorrection(item);
    if (c && !ids.has(c.id)) {
      ids.add(c.id);
      corrections.push(c);
    } else if (!c) unread.push(item);
  }
  return { corrections, unread, corrupt: false };
}

/** The value to store: the corrections, then what could not be read, as it was. */
export function storedForm(corrections: readonly Correction[], unread: readonly unknown[]): StoredCorrections {
  return { version: CORRECTIONS_VERSION, items: [...corrections, ...unread] };
}
