import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from it; scripts resolve from this file). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = resolve(ROOT, 'tests/fixtures');
/** ../shared/corpora beside the repository; may be absent (eval scripts then skip). */
export const CORPORA = resolve(ROOT, '../shared/corpora');

export function fixture(rel: string): string {
  return readFileSync(resolve(FIXTURES, rel), 'utf8');
}

export function corpusPath(rel: string): string | null {
  const p = resolve(CORPORA, rel);
  return existsSync(p) ? p : null;
}

export const exampleHtml = () => fixture('pages/us-venezuela.html');
export const exampleExpected = () => JSON.parse(fixture('pages/us-venezuela.expected.json'));
