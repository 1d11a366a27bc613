/**
 * `node --import tsx/esm tests/eval/article-survey.ts [--kind K] [--only aeb|rtp] [--h1]`: a careful reader's look
 * at the article Gloss reads on corpus pages that neither the page set reads nor the held-out list
 * names: readability-test-pages, and the tune (train/dev) split of the article-extraction
 * benchmark. Prints, per kind, what a reader would call wrong: a site name left in the title, the
 * headline doubled in the text, update stamps, share / newsletter prompts, related links, bylines,
 * captions and credits as paragraphs, and body paragraphs missing or extra against the corpus's
 * own reference (the benchmark's articleBody, Readability's expected article).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../../src/core/article';
import { parseHtml } from '../../src/cli/run';
import { corpusPath, FIXTURES } from '../helpers/fixtures';
import { loadHeldOut } from '../helpers/held-out';
import { halfOf, isHeldOut } from './pages/readings';

const HELD = loadHeldOut();
if (!HELD) throw new Error('held-out list missing: nothing is run');
const onlyKind = process.argv.includes('--kind') ? process.argv[process.argv.indexOf('--kind') + 1] : null;

const inPageSet = new Set(
  ['aeb', 'rtp'].flatMap((c) =>
    readdirSync(join(FIXTURES, 'readings', c))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${c}/${f.replace(/\.json$/, '')}`),
  ),
);

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

const findings = new Map<string, string[]>();
function note(kind: string, page: string, what: string): void {
  if (onlyKind && kind !== onlyKind) return;
  let list = findings.get(kind);
  if (!list) findings.set(kind, (list = []));
  list.push(`${page}: ${what}`);
}

const cut = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\n/g, ' / ');

function looksSiteTitled(title: string): boolean {
  return / [|·•»«] | [-–—] [A-Z][\w.]+( [A-Z][\w.]+)?$|\.com\b/.test(title);
}

const STAMP = /^(updated|published|last (updated|modified)|posted|first published)\b/i;
const SHARE = /\b(share (this|on)|tweet this|follow us|sign up|subscribe|newsletter|inbox|download (the|our) app)\b/i;
const RELATED = /^(related|read more|more:|read next|see also|you may also|recommended|most (read|popular))/i;
const BYLINE = /^by [A-Z]/;
const CREDIT = /(getty images|\bap photo\b|reuters\/|\/afp\b|photo:|image:|credit:|©|shutterstock)/i;

function survey(page: string, doc: Document, reference: { title?: string; paras: string[] }): void {
  let article;
  try {
    article = extractArticle(doc, { consume: true });
  } catch (e) {
    note('error', page, String(e));
    return;
  }
  if (!article) {
    note('no-article', page, '');
    return;
  }
  const title = article.title ?? '';
  if (reference.title !== undefined && norm(reference.title) !== norm(title))
    note('title-differs', page, `Gloss "${cut(title)}" | ref "${cut(reference.title)}"`);
  if (looksSiteTitled(title)) note('title-site', page, `"${title}"`);
  if (!title) note('title-missing', page, '');
  const paras = (article.blocks ?? []).map((b) => ({ kind: b.kind, text: article.text.slice(b.start, b.end) }));
  const tn = norm(title);
  paras.forEach((p, i) => {
    const t = p.text.trim();
    const n = norm(t);
    if (tn && n === tn) note('headline-doubled', page, `#${i} [${p.kind}] "${cut(t)}"`);
    const words = t.split(/\s+/).length;
    if (words <= 20 && STAMP.test(t)) note('stamp', page, `#${i} [${p.kind}] "${cut(t)}"`);
    if (words <= 40 && SHARE.test(t)) note('prompt', page, `#${i} [${p.kind}] "${cut(t)}"`);
    if (words <= 12 && RELATED.test(t)) note('related', page, `#${i} [${p.kind}] "${cut(t)}"`);
    if (words <= 14 && BYLINE.test(t)) note('byline', page, `#${i} [${p.kind}] "${cut(t)}"`);
    if (words <= 30 && CREDIT.test(t)) note('credit', page, `#${i} [${p.kind}] "${cut(t)}"`);
  });
  // Against the reference body: paragraphs Gloss has that the reference lacks, and the other way.
  if (reference.paras.length) {
    const body = reference.paras.map(norm).join('');
    const glossAll = norm(article.text);
    paras.forEach((p, i) => {
      const n = norm(p.text);
      if (n.length >= 3 && !body.includes(n)) note('extra', page, `#${i} [${p.kind}] "${cut(p.text)}"`);
    });
    const refs = reference.paras.map((r) => r.trim()).filter((r) => norm(r).length >= 20);
    const first = refs[0];
    const last = refs[refs.length - 1];
    if (first && !glossAll.includes(norm(first).slice(0, 60))) note('first-missing', page, `"${cut(first)}"`);
    if (last && last !== first && !glossAll.includes(norm(last).slice(0, 60)))
      note('last-missing', page, `"${cut(last)}"`);
    let missing = 0;
    for (const r of refs)
      if (!glossAll.includes(norm(r).slice(0, 60))) {
        missing++;
        note('missing', page, `"${cut(r)}"`);
      }
    if (missing > 0) note('missing-count', page, `${missing}/${refs.length} reference paragraphs missing`);
  }
}

function rtp(): void {
  const dir = corpusPath('readability-test-pages');
  if (!dir) return;
  for (const name of readdirSync(dir).sort()) {
    if (!existsSync(join(dir, name, 'source.html'))) continue;
    if (isHeldOut('rtp', name, HELD!) || inPageSet.has(`rtp/${name}`)) continue;
    const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as {
      title?: string;
      readerable?: boolean;
    };
    if (meta.readerable === false) continue;
    const expected = parseHtml(readFileSync(join(dir, name, 'expected.html'), 'utf8'));
    const paras = [...expected.querySelectorAll('p, li, h2, h3, h4, blockquote, pre, td')]
      .filter((e) => !e.querySelector('p, li, blockquote'))
      .map((e) => e.textContent ?? '');
    expected.defaultView?.close();
    const doc = parseHtml(readFileSync(join(dir, name, 'source.html'), 'utf8'), 'https://fake-url.com');
    survey(`rtp/${name}`, doc, { title: meta.title, paras });
    doc.defaultView?.close();
  }
}

function aeb(): void {
  const dir = corpusPath('article-extraction-benchmark');
  if (!dir) return;
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  for (const id of Object.keys(truth).sort()) {
    if (isHeldOut('aeb', id, HELD!) || inPageSet.has(`aeb/${id}`)) continue;
    if (halfOf(`aeb/${id}.json`) !== 'tune') continue;
    const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    const doc = parseHtml(html, 'https://fake-url.com');
    const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
    survey(`aeb/${id.slice(0, 12)}`, doc, {
      title: process.argv.includes('--h1') ? h1 : undefined,
      paras: truth[id]!.articleBody.split(/\n+/),
    });
    doc.defaultView?.close();
  }
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
if (only !== 'aeb') rtp();
if (only !== 'rtp') aeb();
for (const [kind, list] of findings) {
  console.log(`\n== ${kind} (${list.length})`);
  for (const l of list) console.log(`  ${l}`);
}
