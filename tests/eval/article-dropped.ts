/**
 * `node --import tsx/esm tests/eval/article-dropped.ts <rtp name | aeb hash prefix>`: the paragraphs
 * the furniture rules (boilerplate.ts) take out of one corpus page's article, to check they are
 * furniture. Refuses held-out pages, page-set check pages and the benchmark's check split.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../src/cli/run';
import { collectParagraphs, paragraphText } from '../../src/core/article/text-builder';
import { dropBoilerplate, takePageFacts } from '../../src/core/article/boilerplate';
import { corpusPath, FIXTURES } from '../helpers/fixtures';
import { loadHeldOut } from '../helpers/held-out';
import { halfOf, isHeldOut } from './pages/readings';

const HELD = loadHeldOut();
if (!HELD) throw new Error('held-out list missing');
const want = process.argv[2] ?? '';
let html: string;
if (/^[0-9a-f]{8,}$/.test(want)) {
  const dir = corpusPath('article-extraction-benchmark')!;
  const file = readdirSync(join(dir, 'html')).find((f) => f.startsWith(want))!;
  const id = file.replace('.html.gz', '');
  if (isHeldOut('aeb', id, HELD) || halfOf(`aeb/${id}.json`) !== 'tune') throw new Error('not a tune page');
  html = gunzipSync(readFileSync(join(dir, 'html', file))).toString('utf8');
} else {
  const read = existsSync(join(FIXTURES, 'readings', 'rtp', `${want}.json`));
  if (isHeldOut('rtp', want, HELD) || (read && halfOf(`rtp/${want}.json`) !== 'tune'))
    throw new Error('a held-out page or a check page of the page set');
  html = readFileSync(join(corpusPath('readability-test-pages')!, want, 'source.html'), 'utf8');
}
const doc = parseHtml(html, 'https://fake-url.com');
const facts = takePageFacts(doc);
const parsed = new Readability(doc, { serializer: (el: Node) => el, keepClasses: true } as never).parse() as never as {
  content: Node;
  title: string;
  byline: string | null;
};
const paras = collectParagraphs(parsed.content, (t) => t);
const kept = new Set(
  dropBoilerplate(paras, { titles: [parsed.title], byline: parsed.byline, facts }).map(paragraphText),
);
paras.forEach((p, i) => {
  const t = paragraphText(p);
  console.log(`${kept.has(t) ? '   ' : 'DROP'} #${i} [${p.kind}] ${t.replace(/\n/g, ' / ').slice(0, 160)}`);
});
