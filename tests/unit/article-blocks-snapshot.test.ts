/**
 * The article's blocks come out the same whichever way the article is found: extractArticle on
 * the page (what `analyze` prints) and a page snapshot sent through JSON and read elsewhere (what
 * the extension does, as tests/eval/article.ts runs it). On the example page and on the first 20
 * article-extraction-benchmark pages in hash order that are not held out
 * (../shared/notes/held-out-pages.md), when the corpus is present.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article';
import { extractFromSnapshot } from '../../src/core/article/extract';
import type { PageSnapshot } from '../../src/core/article/snapshot';
import { takeSnapshot } from '../../src/page/take-snapshot';
import { parseHtml } from '../../src/cli/run';
import { isHeldOut, parseHeldOut } from '../eval/pages/readings';
import { corpusPath, exampleHtml, ROOT } from '../helpers/fixtures';
import { expectBlocksCover } from './blocks-helpers';

async function bothWays(html: string) {
  const doc = parseHtml(html, 'https://fake-url.com');
  const direct = extractArticle(doc);
  const { snapshot } = await takeSnapshot(doc);
  const remote = extractFromSnapshot(JSON.parse(JSON.stringify(snapshot)) as PageSnapshot, () =>
    doc.implementation.createHTMLDocument(''),
  );
  return { direct, remote };
}

describe('blocks through a page snapshot', () => {
  it('the example page: the same blocks as extractArticle, covering the text', { timeout: 120_000 }, async () => {
    const { direct, remote } = await bothWays(exampleHtml());
    expect(direct).not.toBeNull();
    expectBlocksCover(direct!.text, direct!.blocks);
    expect(remote!.text).toBe(direct!.text);
    expect(remote!.blocks).toEqual(direct!.blocks);
    expect(direct!.blocks!.some((b) => b.kind === 'heading')).toBe(true);
  });

  const corpus = corpusPath('article-extraction-benchmark');
  const heldOutFile = resolve(ROOT, '../shared/notes/held-out-pages.md');
  const ready = corpus !== null && existsSync(heldOutFile);
  if (!ready)
    console.log(
      'skipped: corpus pages need ../shared/corpora/article-extraction-benchmark and ../shared/notes/held-out-pages.md',
    );

  it.skipIf(!ready)(
    '20 corpus pages (the first not held out, in hash order): the same blocks both ways',
    { timeout: 900_000 },
    async () => {
      const held = parseHeldOut(readFileSync(heldOutFile, 'utf8'));
      const ids = readdirSync(join(corpus!, 'html'))
        .filter((f) => f.endsWith('.html.gz'))
        .map((f) => f.slice(0, -'.html.gz'.length))
        .sort()
        .filter((id) => !isHeldOut('aeb', id, held))
        .slice(0, 20);
      expect(ids).toHaveLength(20);
      for (const id of ids) {
        const html = gunzipSync(readFileSync(join(corpus!, 'html', `${id}.html.gz`))).toString('utf8');
        const { direct, remote } = await bothWays(html);
        expect(remote === null, id).toBe(direct === null);
        if (!direct || !remote) continue;
        expectBlocksCover(direct.text, direct.blocks);
        expect(remote.text, id).toBe(direct.text);
        expect(remote.blocks, id).toEqual(direct.blocks);
      }
    },
  );
});
