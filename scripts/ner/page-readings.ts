/**
 * Training text from the page set's tune half (tests/fixtures/readings): each tune page's article
 * is extracted the way Gloss reads it (src/cli/run.ts parseHtml + extractArticle) and the names the
 * reading gives (entity names and aliases; optional names with a type) are labelled where they
 * occur in that text. Check-half pages and the pages of ../shared/notes/held-out-pages.md are never
 * read here.
 *
 * A reading lists people, organisations and places only; nationalities, works, events and other
 * CoNLL MISC names are left out of it. So a token no name covers is "O, or MISC if the model says
 * so" (GoldDoc.loose), and the words of a name that two entities of different types share, or of an
 * optional name without a type, teach nothing (GoldDoc.ignore).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractArticle } from '../../src/core/article';
import { parseHtml, readInput } from '../../src/cli/run';
import { halfOf, isHeldOut, loadReadings, parseHeldOut, type Reading } from '../../tests/eval/pages/readings';
import { CORPORA, REPO_ROOT, type GoldDoc, type GoldSpan } from './corpus';

const TYPE_OF: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

function pagePath(r: Reading): string | null {
  const rel =
    r.corpus === 'aeb'
      ? `article-extraction-benchmark/html/${r.id}.html.gz`
      : `readability-test-pages/${r.id}/source.html`;
  const p = resolve(CORPORA, rel);
  return existsSync(p) ? p : null;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

/** The form a name is labelled in: without a leading "the" (not part of a name, as in CoNLL). */
function forms(name: string): string[] {
  const bare = name.trim().replace(/^the\s+/i, '');
  return [bare.length > 1 ? bare : name.trim()];
}

/**
 * Gold spans for one reading over `text`: longest forms first, whole words only, an occurrence
 * never inside one already taken. Returns the spans and the character ranges to ignore.
 */
export function labelReading(
  text: string,
  r: Pick<Reading, 'entities' | 'optional'>,
): { spans: GoldSpan[]; ignore: [number, number][] } {
  // form -> type ('?' when two types claim it or none is known)
  const typeOf = new Map<string, string>();
  const add = (form: string, type: string): void => {
    const had = typeOf.get(form);
    typeOf.set(form, had === undefined || had === type ? type : '?');
  };
  for (const e of r.entities)
    for (const n of [e.name, ...e.aliases]) for (const f of forms(n)) add(f, TYPE_OF[e.type]!);
  for (const o of r.optional)
    for (const n of [o.name, ...o.aliases]) for (const f of forms(n)) add(f, (o.type && TYPE_OF[o.type]) || '?');
  const ordered = [...typeOf.keys()]
    .filter((f) => f.length > 1)
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  const taken = new Uint8Array(text.length);
  const spans: GoldSpan[] = [];
  const ignore: [number, number][] = [];
  for (const f of ordered) {
    const type = typeOf.get(f)!;
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      const end = at + f.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      if (taken.subarray(at, end).some((x) => x)) continue;
      taken.fill(1, at, end);
      if (type === '?') ignore.push([at, end]);
      else spans.push({ type, start: at, end });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return { spans, ignore };
}

/** The tune half's pages as labelled documents (never a check-half or held-out page). */
export function readTunePages(): GoldDoc[] | null {
  const heldPath = resolve(REPO_ROOT, '../shared/notes/held-out-pages.md');
  if (!existsSync(heldPath) || !existsSync(CORPORA)) return null;
  const held = parseHeldOut(readFileSync(heldPath, 'utf8'));
  if (!held.rtp.length || !held.aeb.length) return null; // without the list no page is read
  const { readings } = loadReadings(resolve(REPO_ROOT, 'tests/fixtures/readings'));
  const docs: GoldDoc[] = [];
  for (const r of readings) {
    if (halfOf(r.file) !== 'tune' || isHeldOut(r.corpus, r.id, held)) continue;
    const path = pagePath(r);
    if (!path) continue;
    const doc = parseHtml(readInput(path));
    try {
      const article = extractArticle(doc, { consume: true });
      if (!article) continue;
      const { spans, ignore } = labelReading(article.text, r);
      const tokenCount = article.text.split(/\s+/).filter(Boolean).length;
      docs.push({ text: article.text, spans, tokenCount, loose: true, ignore });
    } finally {
      doc.defaultView?.close();
    }
  }
  return docs;
}
