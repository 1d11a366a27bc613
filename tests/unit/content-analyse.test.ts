/**
 * How the content script has an article analysed (src/platform/content/analyse.ts): a held article
 * by its id, else the text sent to the background, else the analyser loaded into the page.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/core/analysis/contract';
import type { ContentMessage } from '../../src/protocol';
import { analyseArticle } from '../../src/platform/content/analyse';
import { fakeEdge, SAMPLE_TEXT, sampleAnalysis } from './content-helpers';

const noPause = async () => {};
const article = { text: SAMPLE_TEXT, lang: 'en' };

describe('analyseArticle', () => {
  it('asks for a held article by its id, without sending the text', async () => {
    const edge = fakeEdge({ answer: (m) => (m.type === 'analyze-held' ? JSON.stringify(sampleAnalysis()) : null) });
    const a = await analyseArticle({ ...article, held: 'h1' }, edge, noPause);
    expect(a.entities).toHaveLength(2);
    expect(edge.asked).toEqual([{ type: 'analyze-held', held: 'h1' }]);
  });

  it('sends the text when the held answer does not fit the article', async () => {
    const wrong: Analysis = {
      ...sampleAnalysis(),
      entities: [{ ...sampleAnalysis().entities[0]!, mentions: [{ start: 0, end: 999, text: 'x' }] }],
    };
    const answer = (m: ContentMessage) => JSON.stringify(m.type === 'analyze-held' ? wrong : sampleAnalysis());
    const edge = fakeEdge({ answer });
    const blocks = [{ start: 0, end: SAMPLE_TEXT.length, kind: 'paragraph' as const }];
    const a = await analyseArticle({ ...article, blocks, held: 'h1' }, edge, noPause);
    expect(a).toEqual(sampleAnalysis());
    expect(edge.asked.map((m) => m.type)).toEqual(['analyze-held', 'analyze']);
    expect(edge.asked[1]).toEqual({ type: 'analyze', text: SAMPLE_TEXT, lang: 'en', blocks });
  });

  it('analyses in the page when the background cannot, loading the analyser only then', async () => {
    const edge = fakeEdge({ answer: () => 'not json' });
    const analyzeText = vi.fn(() => sampleAnalysis());
    const loadModel = vi.fn(async () => ({}));
    edge.loadAnalyzer = vi.fn(async () => ({ analyzeText, loadModel }) as never);
    const a = await analyseArticle(article, edge, noPause);
    expect(a).toEqual(sampleAnalysis());
    expect(analyzeText).toHaveBeenCalledWith(SAMPLE_TEXT, { ner: {} }, { declaredLang: 'en', blocks: undefined });
    const fine = fakeEdge({ answer: () => JSON.stringify(sampleAnalysis()) });
    fine.loadAnalyzer = vi.fn();
    await analyseArticle(article, fine, noPause);
    expect(fine.loadAnalyzer).not.toHaveBeenCalled();
  });
});
