// @vitest-environment jsdom
/**
 * The content script's parts that stand in the page, each alone in jsdom: the sidebar's frame
 * (src/platform/content/sidebar-frame.ts), the reader's selection (selection.ts), the tests' status
 * element (status.ts) and the highlights (highlights.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { SidebarActions } from '../../src/ui/sidebar/types';
import type { ArticleText } from '../../src/core/article';
import { createContentStore } from '../../src/platform/content/content-state';
import { createPageHighlights } from '../../src/platform/content/highlights';
import { createSelectionTracker } from '../../src/platform/content/selection';
import { createSidebarFrame } from '../../src/platform/content/sidebar-frame';
import { createContentStatus } from '../../src/platform/content/status';
import { SAMPLE_TEXT, sampleAnalysis } from './content-helpers';

const noop = () => {};
const actions = {
  close: noop,
  resize: noop,
  reveal: noop,
  setHighlights: noop,
  focusEntity: noop,
  selectQuote: noop,
  copyText: async () => {},
  openShortcutSettings: noop,
  openOptions: noop,
  updateSettings: noop,
} satisfies SidebarActions;
const ours = () => document.querySelectorAll('[data-gloss-host]');

afterEach(() => {
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
});

function frameIn(width = 1280) {
  vi.stubGlobal('innerWidth', width);
  const store = createContentStore(DEFAULT_SETTINGS, 'example.org');
  const onRemoved = vi.fn();
  return { store, onRemoved, frame: createSidebarFrame(document, window, store, onRemoved) };
}
const pushedBy = () => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' ');

describe('the sidebar frame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('mounts the sidebar in one host, renders the store’s view, and unmounts to nothing', () => {
    const { store, frame } = frameIn();
    frame.mount(actions, false);
    expect(ours()).toHaveLength(1);
    expect(frame.mounted).toBe(true);
    expect(store.rendering).toBe(true);
    store.show({ phase: 'no-article' });
    expect(frame.host!.root.querySelector('.gl-sidebar')).not.toBeNull();
    frame.unmount();
    expect(ours()).toHaveLength(0);
    expect(store.rendering).toBe(false);
    expect(frame.mounted).toBe(false);
  });

  it('pushes the page aside, unless the window is too narrow for page and sidebar', () => {
    const wide = frameIn(1280);
    wide.frame.mount(actions, false);
    expect(pushedBy()).toContain(`margin-${DEFAULT_SETTINGS.side}: ${DEFAULT_SETTINGS.width}px`);
    wide.frame.unmount();
    const narrow = frameIn(DEFAULT_SETTINGS.width + 100);
    narrow.frame.mount(actions, false);
    expect(pushedBy()).not.toContain(`${DEFAULT_SETTINGS.width}px`);
  });

  it('tells when the page removed our element', async () => {
    const { frame, onRemoved } = frameIn();
    frame.mount(actions, false);
    frame.host!.element.remove();
    expect(frame.removed()).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(onRemoved).toHaveBeenCalled();
  });

  it('runs the reader’s actions only for trusted input', () => {
    const { frame } = frameIn();
    frame.mount(actions, false);
    const fn = vi.fn();
    frame.host!.root.dispatchEvent(new Event('click'));
    frame.byReader(fn);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('the selection', () => {
  const select = (node: Node) => {
    const r = document.createRange();
    r.selectNodeContents(node);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(r);
  };

  it('keeps the last selection in the page, never one in our element', () => {
    const page = document.createElement('p');
    page.textContent = 'Some text of the page.';
    const mine = document.createElement('div');
    mine.textContent = 'Gloss';
    document.body.append(page, mine);
    const tracker = createSelectionTracker(document, (n) => mine.contains(n));
    select(page);
    tracker.start();
    document.getSelection()!.removeAllRanges();
    expect(tracker.chosen()?.toString()).toBe('Some text of the page.');
    select(mine);
    expect(tracker.chosen()?.toString()).toBe('Some text of the page.');
    tracker.stop();
    document.getSelection()!.removeAllRanges();
    expect(tracker.chosen()).toBeNull();
  });
});

describe('the status element', () => {
  it('writes the counts into our root, once per root', () => {
    const status = createContentStatus();
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    status.analysed();
    status.analysed();
    status.reattached();
    status.readBy('page');
    status.write(root, document, 'https://example.org/a');
    status.write(root, document, 'https://example.org/b');
    const els = root.querySelectorAll('[data-gloss-status]');
    expect(els).toHaveLength(1);
    expect(els[0]!.getAttribute('data-analyses')).toBe('2');
    expect(els[0]!.getAttribute('data-reattached')).toBe('1');
    expect(els[0]!.getAttribute('data-read-by')).toBe('page');
    expect(els[0]!.getAttribute('data-url')).toBe('https://example.org/b');
    status.detach();
    const other = document.createElement('div').attachShadow({ mode: 'open' });
    status.write(other, document, 'x');
    expect(other.querySelector('[data-gloss-status]')?.getAttribute('data-analyses')).toBe('2');
  });
});

describe('the highlights', () => {
  function articleOnPage(): ArticleText {
    const p = document.createElement('p');
    p.textContent = SAMPLE_TEXT;
    document.body.append(p);
    const node = p.firstChild as Text;
    const segments = [{ start: 0, end: SAMPLE_TEXT.length, node, nodeOffset: 0 }];
    return {
      title: 'T',
      byline: null,
      siteName: null,
      lang: 'en',
      publishedTime: null,
      text: SAMPLE_TEXT,
      excerpt: null,
      segments,
    };
  }

  it('draws once per reading, only beside a sidebar, and tells when drawn', async () => {
    const store = createContentStore(DEFAULT_SETTINGS, 'example.org');
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const frame = { host: null as { root: ShadowRoot } | null, sidebarBox: () => null };
    const onDrawn = vi.fn();
    const highlights = createPageHighlights({
      doc: document,
      store,
      frame: frame as never,
      pause: async () => {},
      onDrawn,
    });
    const article = articleOnPage();
    expect(article.text).toBe(SAMPLE_TEXT);
    store.setReading({ article, analysis: sampleAnalysis() });
    highlights.show();
    expect(highlights.current).toBeNull(); // no sidebar: nothing drawn
    frame.host = { root };
    highlights.show();
    const first = highlights.current;
    expect(first).not.toBeNull();
    highlights.show();
    expect(highlights.current).toBe(first);
    await first!.ready;
    await new Promise((r) => setTimeout(r, 0));
    expect(onDrawn).toHaveBeenCalledTimes(1);
    highlights.redraw();
    expect(highlights.current).not.toBe(first);
    highlights.clear();
    expect(highlights.current).toBeNull();
  });

  it('reveals a span by scrolling to it even when nothing is drawn', () => {
    const store = createContentStore(DEFAULT_SETTINGS, 'example.org');
    const highlights = createPageHighlights({
      doc: document,
      store,
      frame: { host: null, sidebarBox: () => null },
      pause: async () => {},
      onDrawn: noop,
    });
    const article = articleOnPage();
    store.setReading({ article });
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    highlights.reveal({ start: 0, end: 8 });
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
  });
});
