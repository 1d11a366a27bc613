/**
 * The one double of the content script's edge (src/platform/content/edge.ts) that tests use: the
 * unit tests of the content script's parts and the browser tests' reader page
 * (tests/e2e/reader-page-entry.ts) alike. Settings and corrections live in memory; what was
 * asked of the extension is recorded; the background answers only what `answer` and `send` say.
 * No Node modules here: the reader page bundles it for the browser.
 */
import type { Correction } from '../../src/core/corrections';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { ContentMessage } from '../../src/protocol';
import type { ContentEdge } from '../../src/platform/content/edge';
import type { ContentMessenger } from '../../src/platform/content/messaging';

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
  loadExtraction: ContentEdge['loadExtraction'];
  loadAnalyzer: ContentEdge['loadAnalyzer'];
}

export function fakeEdge(opts: FakeEdgeOptions): FakeEdge {
  let settings: Settings = { ...DEFAULT_SETTINGS, neverRunOn: [], ...opts.settings };
  let corrections: Correction[] = [];
  const settingsWatchers = new Set<(s: Settings) => void>();
  const correctionWatchers = new Set<(c: Correction[]) => void>();
  const noBackground = (msg: unknown) => new Error(`no background for ${(msg as { type?: string }).type}`);
  const edge: FakeEdge = {
    asked: [],
    sent: [],
    saved: [],
    kept: [],
    alive: true,
    messages: {
      // The double answers whatever `answer` says, unchecked: a test may hand the page a bad answer.
      ask: (async (msg: ContentMessage) => {
        edge.asked.push(msg);
        if (!opts.answer) throw noBackground(msg);
        return opts.answer(msg);
      }) as ContentMessenger['ask'],
      send: async (msg) => {
        edge.sent.push(msg);
        if (!opts.send) throw noBackground(msg);
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
      load: async () => corrections,
      keep: (c) => {
        edge.kept.push(c);
        corrections = [...corrections, c];
        return opts.keep ? opts.keep(c) : Promise.resolve();
      },
      remove: async (id) => void (corrections = corrections.filter((c) => c.id !== id)),
      watch: (fn) => (correctionWatchers.add(fn), () => void correctionWatchers.delete(fn)),
    },
    runtimeAlive: () => edge.alive,
    loadExtraction: opts.loadExtraction,
    loadAnalyzer: opts.loadAnalyzer,
    changeSettings(next) {
      settings = next;
      for (const fn of settingsWatchers) fn(next);
    },
    changeCorrections(next) {
      corrections = next;
      for (const fn of correctionWatchers) fn(next);
    },
  };
  return edge;
}
