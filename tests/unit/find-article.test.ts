// @vitest-environment jsdom
/**
 * The page side of finding the article (extension/content/find-article.ts): the background's
 * answer is mapped onto the live nodes; when the background cannot answer, or answers nonsense,
 * the page reads its own snapshot; when the page changed meanwhile, it is read again.
 */
import { describe, expect, it } from 'vitest';
import { findArticle, stillOnPage, type ReadBy } from '../../extension/content/find-article';
import { extractArticle, extractFromSnapshot } from '../../src/article/extract';
import type { PageSnapshot } from '../../src/article/snapshot';
import { exampleHtml } from '../helpers/fixtures';

const load = () => new DOMParser().parseFromString(exampleHtml(), 'text/html');
/** What the background does with a snapshot (in another document, through JSON). */
const background = (snapshot: PageSnapshot) =>
  Promise.resolve(JSON.parse(JSON.stringify(extractFromSnapshot(JSON.parse(JSON.stringify(snapshot)) as PageSnapshot, () => document.implementation.createHTMLDocument('')))) as unknown);

async function find(doc: Document, ask: (s: PageSnapshot) => Promise<unknown>) {
  const by: ReadBy[] = [];
  const article = await findArticle(doc, ask, (b) => by.push(b), () => import('../../src/article/extract'));
  return { article, by };
}

describe('findArticle', () => {
  it('maps the background’s answer onto the live text nodes', async () => {
    const doc = load();
    const { article, by } = await find(doc, background);
    expect(by).toEqual(['background']);
    expect(article).not.toBeNull();
    expect(article!.text).toBe(extractArticle(doc)!.text);
    expect(article!.segments.every((s) => s.node.ownerDocument === doc && s.node.isConnected)).toBe(true);
    expect(stillOnPage(article!)).toBe(true);
  });

  it('reads the snapshot in the page when the background fails or answers nonsense', async () => {
    for (const ask of [() => Promise.reject(new Error('no receiver')), () => Promise.resolve({ nonsense: true }), () => Promise.resolve(42)]) {
      const doc = load();
      const { article, by } = await find(doc, ask);
      expect(by).toEqual(['page']);
      expect(article?.text).toBe(extractArticle(doc)!.text);
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
    const { article, by } = await find(doc, async (snapshot) => {
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
