/**
 * Doubles for the content script's parts (src/platform/content/): the edge double
 * (tests/helpers/content-edge.ts) with Node's modules, a small hand-made analysis, and the example
 * page loaded into jsdom's document.
 */
import type { Analysis } from '../../src/core/analysis/contract';
import type { ContentEdge } from '../../src/platform/content/edge';
import { fakeEdge as memoryEdge, type FakeEdge, type FakeEdgeOptions } from '../helpers/content-edge';
import { exampleHtml } from '../helpers/fixtures';

export type { FakeEdge, FakeEdgeOptions } from '../helpers/content-edge';

/** The edge double (tests/helpers/content-edge.ts), with the page-side modules loaded in Node. */
export function fakeEdge(
  opts: Omit<FakeEdgeOptions, 'loadExtraction' | 'loadAnalyzer'> & Partial<FakeEdgeOptions> = {},
): FakeEdge {
  return memoryEdge({
    loadExtraction: () => import('../../src/core/article/extract'),
    loadAnalyzer: async () => {
      const { analyzeText } = await import('../../src/core/analysis/analyze');
      const { resources } = await import('../../src/cli/run');
      return { analyzeText, loadModel: async () => resources().ner! } as unknown as Awaited<
        ReturnType<ContentEdge['loadAnalyzer']>
      >;
    },
    ...opts,
  });
}

/** Two people, one quote, over `text`: "Ana Lima said: “We will wait.” Bo Chen agreed." */
export const SAMPLE_TEXT = 'Ana Lima said: “We will wait.” Bo Chen agreed.';
export function sampleAnalysis(): Analysis {
  const span = (text: string) => {
    const start = SAMPLE_TEXT.indexOf(text);
    return { start, end: start + text.length, text };
  };
  const quote = span('We will wait.');
  return {
    entities: [
      {
        id: 'ana-lima',
        name: 'Ana Lima',
        type: 'person',
        aliases: [],
        role: 'a mayor',
        mentions: [span('Ana Lima')],
        notes: [],
      },
      {
        id: 'bo-chen',
        name: 'Bo Chen',
        type: 'person',
        aliases: [],
        role: null,
        mentions: [span('Bo Chen')],
        notes: [],
      },
    ],
    quotes: [
      {
        text: quote.text,
        start: quote.start,
        end: quote.end,
        spans: [{ start: quote.start, end: quote.end }],
        kind: 'full',
        speaker: { entityId: 'ana-lima', name: 'Ana Lima', mention: { start: 0, end: 8 } },
        cue: 'said',
      },
    ],
  };
}

/** Puts the example page (an article) into jsdom's document. */
export function loadExample(): void {
  const parsed = new DOMParser().parseFromString(exampleHtml(), 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
}
