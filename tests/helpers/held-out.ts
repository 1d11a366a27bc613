/**
 * The corpus pages of ../shared/notes/held-out-pages.md are an independent check kept outside the
 * project: no eval or bench script runs them or prints anything about them. Scripts that walk a
 * corpus load the list here and refuse to run when it is missing or unreadable, so a missing file
 * never means "nothing is held out".
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isHeldOut, parseHeldOut, type HeldOut } from '../eval/pages/readings';
import { ROOT } from './fixtures';

export const HELD_OUT_FILE = resolve(ROOT, '../shared/notes/held-out-pages.md');

/** The held-out list, or null when the file is absent or names no page of either corpus. */
export function loadHeldOut(file = HELD_OUT_FILE): HeldOut | null {
  if (!existsSync(file)) return null;
  const held = parseHeldOut(readFileSync(file, 'utf8'));
  return held.aeb.length && held.rtp.length ? held : null;
}

/** The corpus's short name as the held-out list keys it, from the corpus folder's name. */
export function heldOutKey(corpus: string): 'aeb' | 'rtp' | null {
  if (corpus === 'readability-test-pages') return 'rtp';
  if (corpus === 'article-extraction-benchmark') return 'aeb';
  return null;
}

/**
 * Drops the held-out pages of one corpus. `name` is the page's id: the folder name for
 * readability-test-pages, the hash for article-extraction-benchmark. A corpus the list does not
 * cover keeps every page.
 */
export function withoutHeldOut<T>(
  corpus: string,
  pages: T[],
  name: (p: T) => string,
  held: HeldOut,
): { kept: T[]; heldOut: number } {
  const key = heldOutKey(corpus);
  if (!key) return { kept: pages, heldOut: 0 };
  const kept = pages.filter((p) => !isHeldOut(key, name(p), held));
  return { kept, heldOut: pages.length - kept.length };
}
