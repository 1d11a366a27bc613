// @vitest-environment jsdom
/**
 * The background's one step for a page (src/platform/background/read-page.ts), as Firefox's background page
 * runs it (a DOM at hand): a page snapshot in, the article and its analysis out as one JSON
 * answer; when the analysis fails there, the article still comes back, without one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeText } from '../../src/core/analysis/analyze';
import { takeSnapshot } from '../../src/page/take-snapshot';
import { parsePageReading } from '../../src/protocol';
import { resources } from '../../src/cli/run';
import { exampleHtml } from '../helpers/fixtures';

const model = vi.hoisted(() => ({ fail: false }));

// Built for Firefox: the background reads the snapshot itself (Chrome's hands it to an offscreen document).
vi.mock('../../src/platform/background/browser-target', () => ({ BROWSER: 'firefox' }));
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { getURL: (p: string) => `moz-extension://gloss/${p}`, onMessage: { addListener: () => {} } } },
}));
vi.mock('../../src/platform/model-loader', async () => {
  const { resources: load } = await import('../../src/cli/run');
  const { ner } = load();
  return { loadModel: () => (model.fail ? Promise.reject(new Error('model file: HTTP 404')) : Promise.resolve(ner)) };
});

const { analyzeHeld, forgetTab, readPage } = await import('../../src/platform/background/read-page');

async function snapshotJson(html: string): Promise<string> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return JSON.stringify((await takeSnapshot(doc)).snapshot);
}

beforeEach(() => {
  model.fail = false;
});

describe('readPage (the background: find and analyse in one step)', () => {
  it('answers a snapshot with the article and its analysis together', async () => {
    const reading = parsePageReading(await readPage(await snapshotJson(exampleHtml())));
    expect(reading?.article?.title).toBeTruthy();
    const { text, lang, blocks } = reading!.article!;
    expect(blocks?.length).toBeGreaterThan(0);
    expect(reading!.analysis).toEqual(
      JSON.parse(JSON.stringify(analyzeText(text, resources(), { declaredLang: lang, blocks }))),
    );
    expect(reading!.analysis!.entities.some((e) => e.id === 'nicolas-maduro')).toBe(true);
  });

  it('answers no article and no analysis for a page without one', async () => {
    const reading = parsePageReading(
      await readPage(await snapshotJson('<html><body><form><input name="q"></form></body></html>')),
    );
    expect(reading).toEqual({ article: null, analysis: null });
  });

  it('still answers the article when the analysis fails, without an analysis (the page makes one)', async () => {
    model.fail = true;
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const reading = parsePageReading(await readPage(await snapshotJson(exampleHtml())));
    expect(reading?.article?.text.length).toBeGreaterThan(1000);
    expect(reading?.analysis).toBeNull();
    info.mockRestore();
  });

  it('refuses a malformed snapshot', async () => {
    await expect(readPage('{"root":"html"}')).rejects.toThrow(/malformed/);
  });

  it('an idle pre-read holds the article unanalysed; asked later, it analyses the copy it holds', async () => {
    const reading = parsePageReading(await readPage(await snapshotJson(exampleHtml()), { tab: '7' }));
    expect(reading?.article?.title).toBeTruthy();
    expect(reading?.analysis).toBeNull();
    const held = reading!.held!;
    expect(held).toMatch(/^[\w-]+$/);
    const { text, lang, blocks } = reading!.article!;
    expect(JSON.parse(await analyzeHeld('7', held))).toEqual(
      JSON.parse(JSON.stringify(analyzeText(text, resources(), { declaredLang: lang, blocks }))),
    );
    // another tab, a stale id, or a closed tab: not held (the page then sends the text)
    await expect(analyzeHeld('8', held)).rejects.toThrow(/no longer holds/);
    await expect(analyzeHeld('7', 'h0-stale')).rejects.toThrow(/no longer holds/);
    forgetTab('7');
    await expect(analyzeHeld('7', held)).rejects.toThrow(/no longer holds/);
  });
});
