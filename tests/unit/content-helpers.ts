/**
 * Doubles for the content script's parts (extension/content/): an edge that records what was
 * asked of the extension, a small hand-made analysis, and the example page loaded into jsdom's
 * document.
 */
import type { Analysis } from '../../src/core/analysis/contract';
import type { Correction } from '../../src/core/corrections';
import type { ContentMessage } from '../../src/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { ContentEdge } from '../../src/platform/content/edge';
import type { ContentMessenger } from '../../src/platform/content/messaging';
import { exampleHtml } from '../helpers/fixtures';

export interface FakeEdge extends ContentEdge {
  asked: ContentMessage[];
  sent: unknown[];
  saved: Partial<Settings>[];
  kept: Correction[];
  /** Tells the watchers of settings / corrections, as storage would after a change elsewhere. */
  changeSettings(next: Settings): void;
  changeCorrections(next: Correction[]): void;
  alive: boolean;
}

export interface FakeEdgeOptions {
  settings?: Partial<Settings>;
  /** The background's answer to a typed message; throws (no background) when absent. */
  answer?: (msg: ContentMessage) => unknown;
  /** The background's answer to page snapshots and lookups; rejects when absent. */
  send?: (msg: unknown) => unknown;
  keep?: (c: Correction) => Promise<unknown>;
  save?: (patch: Partial<Settings>) => Promise<unknown>;
}

export function fakeEdge(opts: FakeEdgeOptions = {}): FakeEdge {
  let settings: Settings = { ...DEFAULT_SETTINGS, neverRunOn: [], ...opts.settings };
  const settingsWatchers = new Set<(s: Settings) => void>();
  const correctionWatchers = new Set<(c: Correction[]) => void>();
  const edge: FakeEdge = {
    asked: [],
    sent: [],
    saved: [],
    kept: [],
    alive: true,
    messages: {
      ask: (async (msg: ContentMessage) => {
        edge.asked.push(msg);
        if (!opts.answer) throw new Error('no background');
        return opts.answer(msg);
      }) as ContentMessenger['ask'],
      send: async (msg) => {
        edge.sent.push(msg);
        if (!opts.send) throw new Error('no background');
        return opts.send(msg);
      },
    },
    settings: {
      load: async () => settings,
      save: (patch) => {
        edge.saved.push(patch);
        settings = { ...settings, ...patch };
        return opts.save ? opts.save(patch) : Promise.resolve(settings);
      },
      watch: (fn) => (settingsWatchers.add(fn), () => void settingsWatchers.delete(fn)),
    },
    corrections: {
      load: async () => [],
      keep: (c) => (edge.kept.push(c), opts.keep ? opts.keep(c) : Promise.resolve()),
      remove: async () => {},
      watch: (fn) => (correctionWatchers.add(fn), () => void correctionWatchers.delete(fn)),
    },
    runtimeAlive: () => edge.alive,
    loadExtraction: () => import('../../src/core/article/extract'),
    loadAnalyzer: async () => {
      const { analyzeText } = await import('../../src/core/analysis/analyze');
      const { resources } = await import('../../src/cli/run');
      return { analyzeText, loadModel: async () => resources().ner! } as unknown as Awaited<
        ReturnType<ContentEdge['loadAnalyzer']>
      >;
    },
    changeSettings(next) {
      settings = next;
      for (const fn of settingsWatchers) fn(next);
    },
    changeCorrections(next) {
      for (const fn of correctionWatchers) fn(next);
    },
  };
  return edge;
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
