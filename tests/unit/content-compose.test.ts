// @vitest-environment jsdom
/**
 * The content script as a whole (src/platform/content/compose.ts) in jsdom, with a double of the
 * extension's edge: opening reads the example page's article, has it analysed by the
 * "background", shows both in the sidebar in our host element and keeps one state; closing
 * leaves nothing of Gloss in the page; the highlights' shortcut on a closed sidebar opens it with
 * highlights shown; a page with no background analyses in the page itself.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analysis/analyze';
import { resources } from '../../src/cli/run';
import type { ContentMessage } from '../../src/protocol';
import { composeContentApp } from '../../src/platform/content/compose';
import { fakeEdge, loadExample, type FakeEdgeOptions } from './content-helpers';

const res = resources();
const SHORTCUTS = { toggleSidebar: 'Alt+G', toggleHighlights: null };
/** A background that analyses what it is sent (page snapshots are read in the page). */
const background: FakeEdgeOptions['answer'] = (msg: ContentMessage) => {
  if (msg.type === 'get-shortcuts') return SHORTCUTS;
  if (msg.type === 'analyze')
    return JSON.stringify(analyzeText(msg.text, res, { declaredLang: msg.lang, blocks: msg.blocks }));
  throw new Error(`not handled: ${msg.type}`);
};
const ours = () => document.querySelectorAll('[data-gloss-host]');

beforeEach(loadExample);
afterEach(() => document.body.replaceChildren());

describe('the composed content app', () => {
  it('opens on the article: one host, the article and its analysis shown, the background asked once', async () => {
    const edge = fakeEdge({ answer: background });
    const app = await composeContentApp(edge);
    await app.open({ focus: false });
    const seen = app.inspect();
    expect(ours()).toHaveLength(1);
    expect(seen.view.phase).toBe('ready');
    expect(seen.view.article?.title).toMatch(/Venezuela/i);
    expect(seen.view.analysis?.entities.some((e) => e.name === 'Nicolas Maduro')).toBe(true);
    // One state: the view's analysis is the reading's, as corrected (none here).
    expect(seen.analysis).toBe(seen.view.analysis);
    expect(seen.view.article?.text).toBe(seen.article?.text);
    expect(seen.highlighter).not.toBeNull();
    expect(edge.asked.filter((m) => m.type === 'analyze')).toHaveLength(1);
    expect(edge.asked.some((m) => m.type === 'get-shortcuts')).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(app.inspect().view.shortcuts).toEqual(SHORTCUTS);
  });

  it('closes to nothing, and opens again without reading the page again', async () => {
    const edge = fakeEdge({ answer: background });
    const app = await composeContentApp(edge);
    expect(await app.toggle(false)).toBe(true);
    expect(await app.toggle(false)).toBe(false);
    expect(ours()).toHaveLength(0);
    expect(app.inspect().highlighter).toBeNull();
    const snapshots = edge.sent.length;
    await app.open({ focus: false });
    expect(ours()).toHaveLength(1);
    expect(app.inspect().view.analysis).not.toBeNull();
    expect(edge.sent.length).toBe(snapshots);
    expect(edge.asked.filter((m) => m.type === 'analyze')).toHaveLength(1);
    app.shutdown();
    expect(ours()).toHaveLength(0);
  });

  it('the highlights shortcut on a closed sidebar opens it with highlights shown', async () => {
    const app = await composeContentApp(fakeEdge({ answer: background, settings: { highlights: false } }));
    expect(app.inspect().view.highlightsOn).toBe(false);
    expect(await app.toggleHighlights()).toBe(true);
    expect(ours()).toHaveLength(1);
    expect(app.inspect().highlighter?.visible).toBe(true);
    expect(await app.toggleHighlights()).toBe(false);
    expect(app.inspect().highlighter?.visible).toBe(false);
  });

  it('analyses in the page when there is no background at all', async () => {
    const edge = fakeEdge();
    const app = await composeContentApp(edge);
    await app.open({ focus: false });
    expect(app.inspect().view.phase).toBe('ready');
    expect(app.inspect().analysis?.entities.some((e) => e.name === 'Nicolas Maduro')).toBe(true);
  });

  it('says so when the page has no article', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Sign in.' }));
    const app = await composeContentApp(fakeEdge({ answer: background }));
    await app.open({ focus: false });
    expect(app.inspect().view.phase).toBe('no-article');
    expect(app.inspect().highlighter).toBeNull();
  });

  it('closes itself when the page removes our element', async () => {
    const app = await composeContentApp(fakeEdge({ answer: background }));
    await app.open({ focus: false });
    ours()[0]!.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(app.inspect().highlighter).toBeNull();
    expect(await app.toggle(false)).toBe(true);
    expect(ours()).toHaveLength(1);
  });
});
