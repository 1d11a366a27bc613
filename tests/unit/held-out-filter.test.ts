/**
 * The held-out pages (../shared/notes/held-out-pages.md) stay out of every script that walks the
 * corpora: the loader refuses a missing list, the filter drops listed pages, and the bench's page
 * list and its browser pages hold none of them.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHeldOut, parseHeldOut } from '../eval/pages/readings';
import { HELD_OUT_FILE, loadHeldOut, withoutHeldOut } from '../helpers/held-out';
import { corpusFiles } from '../bench/pages';
import { browserPages } from '../bench/browser';
import { corpusPath } from '../helpers/fixtures';

const MD =
  'readability-test-pages: `site-1`, `other`\n\narticle-extraction-benchmark (hash prefixes):\n`abc123def456`\n';

describe('held-out pages', () => {
  it('a missing list gives no list (the scripts then refuse to run)', () => {
    expect(loadHeldOut('/nonexistent/held-out-pages.md')).toBeNull();
  });
  it('drops the listed pages of each corpus, by name and by hash prefix', () => {
    const held = parseHeldOut(MD);
    const rtp = withoutHeldOut('readability-test-pages', ['site-1', 'site-10', 'other', 'kept'], (n) => n, held);
    expect(rtp).toEqual({ kept: ['site-10', 'kept'], heldOut: 2 });
    const aeb = withoutHeldOut(
      'article-extraction-benchmark',
      [`abc123def456${'0'.repeat(52)}.html.gz`, `abc123def457${'0'.repeat(52)}.html.gz`],
      (f) => f.replace(/\.html\.gz$/, ''),
      held,
    );
    expect(aeb.kept).toEqual([`abc123def457${'0'.repeat(52)}.html.gz`]);
    expect(aeb.heldOut).toBe(1);
  });
  const ready =
    existsSync(HELD_OUT_FILE) &&
    corpusPath('readability-test-pages') !== null &&
    corpusPath('article-extraction-benchmark') !== null;
  it.runIf(ready)('the bench runs no held-out page', () => {
    const held = loadHeldOut()!;
    const corpora = corpusFiles(held);
    const key = (c: string) => (c === 'readability-test-pages' ? 'rtp' : 'aeb') as 'rtp' | 'aeb';
    for (const c of corpora) {
      expect(c.files.length).toBeGreaterThan(0);
      expect(c.heldOut).toBeGreaterThan(0);
      for (const f of c.files) expect(isHeldOut(key(c.corpus), f.name, held)).toBe(false);
    }
    const inBrowser = browserPages(40, held).slice(1);
    expect(inBrowser.length).toBe(40);
    for (const p of inBrowser) expect(isHeldOut('rtp', p.name, held)).toBe(false);
    expect(browserPages(10, null)).toHaveLength(1);
  });
});
