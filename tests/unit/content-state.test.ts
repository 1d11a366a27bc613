/**
 * The content script's one state (src/platform/content/content-state.ts): the view shows the
 * reading as corrected, renders only where a sidebar is mounted, and each run supersedes the last.
 */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Correction } from '../../src/core/corrections';
import { createContentStore } from '../../src/platform/content/content-state';
import { sampleAnalysis } from './content-helpers';

const hide = (name: string): Correction => ({ id: `c-${name}`, kind: 'hide', name, site: null, at: 1 });

describe('the content store', () => {
  it('starts loading, with the settings in the view and highlights as the settings say', () => {
    const store = createContentStore({ ...DEFAULT_SETTINGS, highlights: false }, 'example.org');
    expect(store.view.phase).toBe('loading');
    expect(store.settings.highlights).toBe(false);
    expect(store.view.highlightsOn).toBe(false);
    expect(store.view.corrections).toEqual({ site: 'example.org' });
    expect(store.reading).toEqual({ article: null, analysis: null, pending: null, held: undefined, detected: false });
  });

  it('shows an analysis as the reader corrected it, the raw one staying in the reading', () => {
    const store = createContentStore(DEFAULT_SETTINGS, 'example.org');
    const raw = sampleAnalysis();
    store.setCorrections([hide('Bo Chen')]);
    store.setReading({ analysis: raw });
    store.show({ analysis: raw });
    expect(store.view.analysis?.entities.map((e) => e.name)).toEqual(['Ana Lima']);
    expect(store.reading.analysis).toBe(raw);
    // Computed once per analysis and list of corrections.
    expect(store.corrected(raw)).toBe(store.view.analysis);
    store.setCorrections([]);
    expect(store.corrected(raw).entities).toHaveLength(2);
  });

  it('renders only while a sidebar takes the view; setQuietly never renders', () => {
    const store = createContentStore(DEFAULT_SETTINGS, 'example.org');
    const render = vi.fn();
    store.show({ message: 'before' });
    expect(store.rendering).toBe(false);
    store.render(render);
    store.setQuietly({ focusEntityId: 'x' });
    expect(render).not.toHaveBeenCalled();
    store.show({ phase: 'no-article' });
    expect(render).toHaveBeenCalledTimes(1);
    expect(render.mock.calls[0]![0]).toMatchObject({ phase: 'no-article', message: 'before', focusEntityId: 'x' });
    store.render(null);
    store.show({ phase: 'ready' });
    expect(render).toHaveBeenCalledTimes(1);
    expect(store.view.phase).toBe('ready');
  });

  it('a new run makes the older one stale', () => {
    const store = createContentStore(DEFAULT_SETTINGS, 'example.org');
    const first = store.nextRun();
    expect(store.isCurrent(first)).toBe(true);
    const second = store.nextRun();
    expect(store.isCurrent(first)).toBe(false);
    expect(store.isCurrent(second)).toBe(true);
  });
});
