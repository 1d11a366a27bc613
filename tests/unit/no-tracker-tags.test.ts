/**
 * No comment or string in the code points to an outside issue tracker ("issue 8", "Issue #12",
 * "issues 5 and 8"): such a tag says nothing to a reader of the repository, who cannot see the
 * tracker. A comment says the why itself. Scans the code of src/, extension/, tests/, scripts/ and
 * the root config files; the page fixtures (news articles) are data and are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures';

/** "issue 8", "Issue #12", "issues 5 and 8", "issue-8": a word "issue" right before a number. */
const TAG = /\bissues?[\s#-]*#?\d/i;

const SELF = fileURLToPath(import.meta.url);
const CODE = /\.(ts|tsx|js|mjs|cjs|sh|css|html)$/;
const DIRS = ['src', 'extension', 'tests', 'scripts'];
const FILES = ['vite.config.ts', 'eslint.config.js', 'manifest.json', 'package.json'];

function trackerTags(text: string): { line: number; text: string }[] {
  return text.split('\n').flatMap((l, i) => (TAG.test(l) ? [{ line: i + 1, text: l.trim() }] : []));
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : codeFiles(path);
    // This file names the tags it looks for.
    if (path === SELF) return [];
    // The hand-read page fixtures are news pages: their text may speak of an issue of a magazine.
    if (relative(ROOT, path).startsWith(join('tests', 'fixtures')) && !/\.tsx?$/.test(d.name)) return [];
    return CODE.test(d.name) ? [path] : [];
  });
}

describe('tracker tags', () => {
  it('are recognised in the forms they take', () => {
    // prettier-ignore
    for (const s of ['// issue 8: huge pages', '/** Issue 5 (notes) */', 'see issue #12', '(issues 5 and 8)', 'issue-7 budget', 'ISSUE 3']) {
      expect(trackerTags(s), s).toHaveLength(1);
    }
    for (const s of ['an issue with the page', 'issued 3 times', 'the 8 issues', 'tissue 4']) {
      expect(trackerTags(s), s).toEqual([]);
    }
  });

  it('appear nowhere in the code', () => {
    const found = [...DIRS.flatMap((d) => codeFiles(join(ROOT, d))), ...FILES.map((f) => join(ROOT, f))].flatMap(
      (file) => trackerTags(readFileSync(file, 'utf8')).map((t) => `${relative(ROOT, file)}:${t.line}: ${t.text}`),
    );
    expect(found).toEqual([]);
  });
});
