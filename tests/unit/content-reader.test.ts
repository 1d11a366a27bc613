// @vitest-environment jsdom
/**
 * Reading the page (src/platform/content/reader.ts) alone, on the example page in jsdom: the
 * article is shown before its analysis, the analysis only once the corrections are read; a newer
 * run stops an older one; an article found ahead of time is not looked for again; an analysis
 * that came with the article is not asked for; "read anyway" only where no article was found.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeText } from '../../src/core/analysis/analyze';
import { resources } from '../../src/cli/run';
import { extractFromSnapshot } from '../../src/core/article/extract';
import type { PageSnapshot } from '../../src/core/article/snapshot';
import { pageReadingJson, type ContentMessage } from '../../src/protocol';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { createContentStore } from '../../src/platform/content/content-state';
import { createArticleReader } from '../../src/platform/content/reader';
import { createContentStatus } from '../../src/platform/content/status';
import { fakeEdge, loadExample, SAMPLE_TEXT, type FakeEdge } from './content-helpers';

const res = resources();
const analyse = (msg: ContentMessage) =>
  msg.type === 'analyze' ? JSON.stringify(analyzeText(msg.text, res, { declaredLang: msg.lang })) : null;
/** A background that reads snapshots and analyses them in the same step (read-page.ts does). */
const detect = (msg: unknown) => {
  const snapshot = JSON.parse((msg as { snapshot: string }).snapshot) as PageSnapshot;
  const article = extractFromSnapshot(snapshot, () => document.implementation.createHTMLDocument(''));
  return pageReadingJson(
    JSON.stringify(article),
    article && analyzeText(article.text, res, { declaredLang: article.lang }),
  );
};

function readerWith(edge: FakeEdge, corrections: Promise<void> = Promise.resolve()) {
  const store = createContentStore(DEFAULT_SETTINGS, 'example.org');
  const status = createContentStatus();
  const showHighlights = vi.fn();
  const analysed = vi.spyOn(status, 'analysed');
  const reader = createArticleReader({ doc: document, store, edge, status, corrections, showHighlights });
  return { store, reader, showHighlights, analysed };
}
const snapshotsSent = (edge: FakeEdge) => edge.sent.filter((m) => (m as { type: string }).type === 'detect');

beforeEach(loadExample);

describe('the article reader', () => {
  it('shows the article, then its analysis once the corrections are read, then the highlights', async () => {
    const edge = fakeEdge({ answer: analyse });
    let corrected!: () => void;
    const { store, reader, showHighlights, analysed } = readerWith(edge, new Promise((r) => (corrected = r)));
    const reading = reader.read();
    await vi.waitFor(() => expect(store.view.phase).toBe('ready'));
    expect(store.view.article?.title).toMatch(/Venezuela/i);
    expect(store.view.analysis).toBeNull();
    expect(store.reading.detected).toBe(true);
    corrected();
    await reading;
    expect(store.view.analysis?.entities.some((e) => e.name === 'Nicolas Maduro')).toBe(true);
    expect(store.reading.analysis).not.toBeNull();
    expect(showHighlights).toHaveBeenCalledTimes(1);
    expect(analysed).toHaveBeenCalledTimes(1);
    // Read again (the sidebar reopened): nothing is found or analysed anew. (With no background
    // to read it, the snapshot was offered twice, the second time after a pause: find-article.ts.)
    const offered = snapshotsSent(edge).length;
    expect(offered).toBe(2);
    await reader.read();
    expect(snapshotsSent(edge)).toHaveLength(offered);
    expect(edge.asked.filter((m) => m.type === 'analyze')).toHaveLength(1);
    expect(showHighlights).toHaveBeenCalledTimes(2);
  });

  it('a newer run stops an older one where it is', async () => {
    const { store, reader, showHighlights } = readerWith(fakeEdge({ answer: analyse }));
    const reading = reader.read();
    store.nextRun();
    await reading;
    expect(store.view.phase).toBe('loading');
    expect(showHighlights).not.toHaveBeenCalled();
  });

  it('takes the analysis that came with the article, and the article found ahead of time', async () => {
    const edge = fakeEdge({ answer: analyse, send: detect });
    const { store, reader } = readerWith(edge);
    const early = reader.prefind();
    expect(early).not.toBeNull();
    expect(reader.prefind()).toBeNull();
    await early;
    await reader.read();
    expect(snapshotsSent(edge)).toHaveLength(1);
    expect(snapshotsSent(edge)[0]).toMatchObject({ later: true });
    expect(edge.asked.filter((m) => m.type === 'analyze')).toHaveLength(0);
    expect(store.view.analysis?.entities.length).toBeGreaterThan(3);
  });

  it('offers the page (or selection) to read only where no article was found', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Sign in.' }));
    const { store, reader } = readerWith(fakeEdge({ answer: analyse }));
    reader.readChosen(() => null, 'nothing');
    expect(store.view.message).toBeNull(); // still loading: not offered
    await reader.read();
    expect(store.view.phase).toBe('no-article');
    reader.readChosen(() => null, 'Select some text first.');
    expect(store.view.message).toBe('Select some text first.');
    const text = document.createTextNode(SAMPLE_TEXT);
    document.body.append(text);
    const chosen = {
      title: 'Chosen',
      byline: null,
      siteName: null,
      lang: 'en',
      publishedTime: null,
      text: SAMPLE_TEXT,
      excerpt: null,
      segments: [{ start: 0, end: SAMPLE_TEXT.length, node: text, nodeOffset: 0 }],
    };
    reader.readChosen(() => chosen, 'unused');
    await vi.waitFor(() => expect(store.view.analysis).not.toBeNull());
    expect(store.view.article?.title).toBe('Chosen');
  });
});
