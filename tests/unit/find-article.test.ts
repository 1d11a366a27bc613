// @vitest-environment jsdom
/**
 * The page side of finding the article (src/platform/content/find-article.ts): the background's
 * answer (the article and its analysis, as JSON text) is mapped onto the live nodes, the analysis
 * carried with it; when the background cannot answer, or answers nonsense, the page reads its own
 * snapshot; an analysis that does not fit the article is dropped; when the page changed
 * meanwhile, it is read again.
 */
import { describe, expect, it } from 'vitest';
import { findArticle, stillOnPage, type ReadBy } from '../../src/platform/content/find-article';
import { analyzeText } from '../../src/core/analysis/analyze';
import type { Analysis } from '../../src/core/analysis/contract';
import { extractArticle, extractFromSnapshot, type RemoteArticle } from '../../src/core/article/extract';
import type { PageSnapshot } from '../../src/core/article/snapshot';
import { pageReadingJson } from '../../src/protocol';
import { resources } from '../../src/cli/run';
import { exampleHtml } from '../helpers/fixtures';

const load = () => new DOMParser().parseFromString(exampleHtml(), 'text/html');
const found = (snapshot: PageSnapshot): RemoteArticle | null =>
  extractFromSnapshot(JSON.parse(JSON.stringify(snapshot)) as PageSnapshot, () =>
    document.implementation.createHTMLDocument(''),
  );
const res = resources();
/** What the background does with a snapshot (in another document, through JSON): finds the article and analyses it. */
const background = (
  snapshot: PageSnapshot,
  analyse: (a: RemoteArticle) => unknown = (a) => analyzeText(a.text, res, { declaredLang: a.lang }),
) => {
  const article = found(snapshot);
  return Promise.resolve(
    pageReadingJson(JSON.stringify(article), article && (analyse(article) as Analysis)) as unknown,
  );
};

async function find(doc: Document, ask: (s: PageSnapshot) => Promise<unknown>) {
  const by: ReadBy[] = [];
  const reading = await findArticle(
    doc,
    ask,
    (b) => by.push(b),
    () => import('../../src/core/article/extract'),
  );
  return { article: reading?.article ?? null, analysis: reading?.analysis ?? null, by };
}

describe('findArticle', () => {
  it('maps the background’s answer onto the live text nodes, with the analysis that came with it', async () => {
    const doc = load();
    const { article, analysis, by } = await find(doc, background);
    expect(by).toEqual(['background']);
    expect(article).not.toBeNull();
    expect(article!.text).toBe(extractArticle(doc)!.text);
    expect(article!.segments.every((s) => s.node.ownerDocument === doc && s.node.isConnected)).toBe(true);
    expect(stillOnPage(article!)).toBe(true);
    expect(analysis).toEqual(analyzeText(article!.text, res, { declaredLang: article!.lang }));
    expect(analysis!.entities.some((e) => e.id === 'nicolas-maduro')).toBe(true);
  });

  it('reads the snapshot in the page when the background fails or answers nonsense', async () => {
    const asks: ((s: PageSnapshot) => Promise<unknown>)[] = [
      () => Promise.reject(new Error('no receiver')),
      () => Promise.resolve({ nonsense: true }),
      () => Promise.resolve(42),
      () => Promise.resolve('{"article":'),
      () => Promise.resolve('{"analysis":null}'),
      // The article alone, as the background answered before it analysed too: not a reading.
      (s) => Promise.resolve(JSON.stringify(found(s))),
      // The reading as an object, not JSON text.
      async (s) => JSON.parse(String(await background(s))) as unknown,
      // An article whose segments point outside its text.
      (s) =>
        Promise.resolve(
          pageReadingJson(
            JSON.stringify({ ...found(s)!, segments: [{ start: 0, end: 10 ** 9, index: 0, nodeOffset: 0 }] }),
            null,
          ),
        ),
    ];
    for (const ask of asks) {
      const doc = load();
      const { article, analysis, by } = await find(doc, ask);
      expect(by).toEqual(['page']);
      expect(article?.text).toBe(extractArticle(doc)!.text);
      expect(analysis).toBeNull();
    }
  });

  it('asks the background once more when its message fails (a reload), before reading here', async () => {
    let asked = 0;
    const flaky = (s: PageSnapshot) => (++asked === 1 ? Promise.reject(new Error('port closed')) : background(s));
    const { article, analysis, by } = await find(load(), flaky);
    expect(asked).toBe(2);
    expect(by).toEqual(['background']);
    expect(article).not.toBeNull();
    expect(analysis).not.toBeNull();

    // Orphaned: both asks fail and the file the page would read with cannot be had; nothing is read.
    let loads = 0;
    const gone = findArticle(
      load(),
      () => Promise.reject(new Error('Extension context invalidated.')),
      () => {},
      () => {
        loads++;
        return Promise.reject(new Error('Gloss was updated or removed'));
      },
    );
    await expect(gone).rejects.toThrow('updated or removed');
    expect(loads).toBe(1);
  });

  it('keeps the background’s article but drops an analysis that is missing or does not fit it', async () => {
    const broken: ((a: RemoteArticle) => unknown)[] = [
      () => null,
      () => ({ entities: [] }),
      (a) => ({
        entities: [],
        quotes: [{ text: 'x', start: 0, end: a.text.length + 5, spans: [], kind: 'full', speaker: null, cue: null }],
      }),
      (a) => {
        const good = analyzeText(a.text, res, { declaredLang: a.lang });
        return {
          ...good,
          entities: good.entities.map((e, i) => (i === 0 ? { ...e, mentions: [{ start: -1, end: 3, text: 'x' }] } : e)),
        };
      },
      (a) => ({ ...analyzeText(a.text, res, { declaredLang: a.lang }), truncated: { analysedChars: 'all' } }),
    ];
    for (const analyse of broken) {
      const doc = load();
      const { article, analysis, by } = await find(doc, (s) => background(s, analyse));
      expect(by).toEqual(['background']);
      expect(article?.text).toBe(extractArticle(doc)!.text);
      expect(analysis).toBeNull();
    }
  });

  it('says there is no article when the background finds none', async () => {
    const doc = new DOMParser().parseFromString('<html><body><form><input name="q"></form></body></html>', 'text/html');
    const { article, by } = await find(doc, background);
    expect(article).toBeNull();
    expect(by).toEqual(['background']);
  });

  it('reads again when the page changed while the background was reading', async () => {
    const doc = load();
    let asks = 0;
    const { article, analysis, by } = await find(doc, async (snapshot) => {
      const answer = await background(snapshot);
      if (asks++ === 0) {
        // The page re-renders its first paragraph meanwhile.
        const p = [...doc.querySelectorAll('p')].find((x) => x.textContent!.startsWith('Tensions between'))!;
        p.replaceChildren(doc.createTextNode(p.textContent!));
      }
      return answer;
    });
    expect(asks).toBe(2);
    expect(by).toEqual(['background', 'background']);
    expect(article).not.toBeNull();
    expect(stillOnPage(article!)).toBe(true);
    expect(analysis?.entities.length).toBeGreaterThan(0);
  });

  it('stillOnPage notices a node removed or its text changed', async () => {
    const doc = load();
    const { article } = await find(doc, background);
    expect(stillOnPage(article!)).toBe(true);
    const node = article!.segments[5]!.node;
    node.data = `${node.data}!`.replace(/^./, '#');
    expect(stillOnPage(article!)).toBe(false);
  });
});
