// @vitest-environment jsdom
/**
 * Following a page that changes under the open sidebar (src/platform/content/follow-changes.ts)
 * alone, in jsdom: the article re-rendered with the same text gets its highlights re-attached
 * and nothing is read or analysed again; a navigation to another article reads it and shows it
 * from the start; an orphaned copy (Gloss updated under it) shuts down instead.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleText } from '../../src/core/article';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { createContentStore } from '../../src/platform/content/content-state';
import { createChangeFollower } from '../../src/platform/content/follow-changes';
import type { FoundArticle } from '../../src/platform/content/find-article';
import { SAMPLE_TEXT, sampleAnalysis } from './content-helpers';

function articleOf(p: HTMLElement, title = 'T'): ArticleText {
  const node = p.firstChild as Text;
  return {
    title,
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    text: node.data,
    excerpt: null,
    segments: [{ start: 0, end: node.data.length, node, nodeOffset: 0 }],
  };
}

function follower(found: () => FoundArticle | null, alive: boolean | (() => boolean) = true) {
  const p = document.createElement('p');
  p.textContent = SAMPLE_TEXT;
  document.body.replaceChildren(p);
  const store = createContentStore(DEFAULT_SETTINGS, 'example.org');
  store.setReading({ article: articleOf(p), analysis: sampleAnalysis(), detected: true });
  store.show({ phase: 'ready', analysis: sampleAnalysis() });
  const deps = {
    highlights: { clear: vi.fn(), show: vi.fn() },
    reader: { find: vi.fn(async () => found()), read: vi.fn(async () => {}) },
    shutdown: vi.fn(),
    onReattached: vi.fn(),
    onWatching: vi.fn(),
  };
  const follow = createChangeFollower({
    doc: document,
    store,
    isOwnNode: () => false,
    isOpen: () => true,
    runtimeAlive: typeof alive === 'function' ? alive : () => alive,
    ...deps,
  });
  follow.watch();
  return { p, store, follow, ...deps };
}

let stop: (() => void) | null = null;
beforeEach(() => history.replaceState(null, '', '/first'));
afterEach(() => stop?.());

describe('following page changes', () => {
  it('re-attaches the highlights to a re-rendered article, reading nothing again', async () => {
    const f = follower(() => null);
    stop = f.follow.stop;
    expect(f.onWatching).toHaveBeenCalled();
    const again = document.createElement('p');
    again.textContent = SAMPLE_TEXT;
    f.p.replaceWith(again);
    await vi.waitFor(() => expect(f.onReattached).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(f.store.reading.article!.segments[0]!.node).toBe(again.firstChild);
    expect(f.highlights.clear).toHaveBeenCalled();
    expect(f.highlights.show).toHaveBeenCalled();
    expect(f.reader.find).not.toHaveBeenCalled();
    expect(f.reader.read).not.toHaveBeenCalled();
  });

  it('reads the new article after a navigation and shows it from the start', async () => {
    const next = document.createElement('p');
    next.textContent = 'An entirely different story about the weather in the hills.';
    const f = follower(() => ({ article: articleOf(next, 'Weather'), analysis: null }));
    stop = f.follow.stop;
    f.store.show({ focusEntityId: 'ana-lima' });
    document.body.replaceChildren(next);
    history.pushState(null, '', '/second');
    await vi.waitFor(() => expect(f.reader.read).toHaveBeenCalledWith(null), { timeout: 5000 });
    expect(f.store.reading.article?.title).toBe('Weather');
    expect(f.store.reading.analysis).toBeNull();
    expect(f.store.view.phase).toBe('loading');
    expect(f.store.view.focusEntityId).toBeNull();
    expect(f.highlights.clear).toHaveBeenCalled();
  });

  it('shuts down when the extension went away under it', async () => {
    const f = follower(() => null, false);
    stop = f.follow.stop;
    history.pushState(null, '', '/elsewhere');
    await vi.waitFor(() => expect(f.shutdown).toHaveBeenCalled(), { timeout: 5000 });
    expect(f.reader.find).not.toHaveBeenCalled();
  });

  it('shuts down when the extension goes away while it reads the changed page', async () => {
    let alive = true;
    const f = follower(
      () => {
        alive = false;
        throw new Error('Gloss was updated or removed');
      },
      () => alive,
    );
    stop = f.follow.stop;
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Something else.' }));
    history.pushState(null, '', '/elsewhere');
    await vi.waitFor(() => expect(f.shutdown).toHaveBeenCalled(), { timeout: 5000 });
    expect(f.reader.find).toHaveBeenCalled();
  });
});
