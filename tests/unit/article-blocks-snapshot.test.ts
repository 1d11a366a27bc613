/**
 * The article's blocks, headline and site name come out the same whichever way the article is
 * found: extractArticle on the page (what `analyze` prints) and a page snapshot sent through JSON
 * and read elsewhere (what the extension does, as tests/eval/article.ts runs it). On the example
 * page, on invented pages that declare no address, and on the first 20 article-extraction-benchmark
 * pages in hash order that are not held out (../shared/notes/held-out-pages.md), when the corpus is
 * present.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article';
import { extractFromSnapshot } from '../../src/core/article/extract';
import type { PageSnapshot } from '../../src/core/article/snapshot';
import { takeSnapshot } from '../../src/page/take-snapshot';
import { parseSnapshotJson } from '../../src/protocol/page-reading';
import { parseHtml } from '../../src/cli/run';
import { isHeldOut, parseHeldOut } from '../eval/pages/readings';
import { corpusPath, exampleHtml, ROOT } from '../helpers/fixtures';
import { expectBlocksCover } from './blocks-helpers';

async function bothWays(html: string, url = 'https://fake-url.com') {
  const doc = parseHtml(html, url);
  const direct = extractArticle(doc);
  const { snapshot } = await takeSnapshot(doc);
  const remote = extractFromSnapshot(JSON.parse(JSON.stringify(snapshot)) as PageSnapshot, () =>
    doc.implementation.createHTMLDocument(''),
  );
  return { direct, remote };
}

/** What the header shows and the analysis is told, beside the text. */
const metaOf = (a: { title: string; byline: string | null; siteName: string | null; lang: string | null } | null) =>
  a && { title: a.title, byline: a.byline, siteName: a.siteName, lang: a.lang };

const PROSE = [
  'The harbour authority said on Tuesday that the new container terminal would open in the spring, two years later than planned, after a dispute over the sea wall.',
  'The builders, a consortium of three firms, said in a statement that the delays came from changes the authority had asked for after the work began last year.',
  'Dock workers, who were promised four hundred new jobs at the terminal, said they would wait to see the cranes arrive before they believed any of it again.',
  'The terminal will be the largest on the coast, with room for the biggest ships now sailing, and the port expects to handle twice as many containers by the end of the decade.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');
const page = (head: string, lead = '') =>
  `<!doctype html><html><head><title>Harbour terminal delayed - Harbour Times</title>${head}</head><body><h1>Harbour terminal delayed</h1><article><p>${lead}By Ann Lee</p>${PROSE}</article></body></html>`;

describe('the site name and headline through a page snapshot', () => {
  it('a page without canonical link or og:url: its host, the same both ways', async () => {
    const { direct, remote } = await bothWays(page(''), 'https://www.harbourtimes.example/port/terminal');
    expect(direct!.siteName).toBe('harbourtimes.example');
    expect(metaOf(remote)).toEqual(metaOf(direct));
    expect(remote!.text).toBe(direct!.text);
  });
  it('a syndicated wire story: the publisher, the same both ways', async () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour terminal delayed', publisher: { '@type': 'Organization', name: 'Associated Press' } })}</script>`;
    const html = page(`<meta name="application-name" content="Harbour Times">${ld}`, 'PORTSMOUTH (AP) — ');
    for (const url of ['https://www.harbourtimes.example/port/terminal', 'https://example.invalid/article']) {
      const { direct, remote } = await bothWays(html, url);
      expect(direct!.siteName, url).toBe('Harbour Times');
      expect(metaOf(remote), url).toEqual(metaOf(direct));
    }
  });
});

describe('the page’s place in a snapshot', () => {
  it('carries the origin only, never the path or query, and the message schema takes it', async () => {
    const doc = parseHtml(page(''), 'https://www.harbourtimes.example/port/terminal?session=abc#top');
    const { snapshot } = await takeSnapshot(doc);
    expect(snapshot.origin).toBe('https://www.harbourtimes.example');
    expect(parseSnapshotJson(JSON.stringify(snapshot))?.origin).toBe('https://www.harbourtimes.example');
    const blank = await takeSnapshot(doc.implementation.createHTMLDocument(''));
    expect(blank.snapshot.origin).toBeUndefined();
  });
});

describe('blocks through a page snapshot', () => {
  it('the example page: the same blocks as extractArticle, covering the text', { timeout: 120_000 }, async () => {
    const { direct, remote } = await bothWays(exampleHtml());
    expect(direct).not.toBeNull();
    expectBlocksCover(direct!.text, direct!.blocks);
    expect(remote!.text).toBe(direct!.text);
    expect(remote!.blocks).toEqual(direct!.blocks);
    expect(metaOf(remote)).toEqual(metaOf(direct));
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
        expect(metaOf(remote), id).toEqual(metaOf(direct));
      }
    },
  );
});
