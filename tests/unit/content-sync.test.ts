/**
 * Settings and corrections in the page (src/platform/content/settings-sync.ts,
 * corrections-sync.ts): changes made elsewhere reach the highlights and the sidebar; the
 * reader's own are saved, a save that fails is shown, and the echo of our own write changes
 * nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { createContentStore } from '../../src/platform/content/content-state';
import { createCorrectionsSync } from '../../src/platform/content/corrections-sync';
import { createSettingsSync } from '../../src/platform/content/settings-sync';
import { fakeEdge, sampleAnalysis } from './content-helpers';

const settled = () => new Promise((r) => setTimeout(r, 0));

function withSettings(edge = fakeEdge()) {
  const store = createContentStore(DEFAULT_SETTINGS, 'example.org');
  const highlights = { setVisible: vi.fn(), setHiddenKinds: vi.fn() };
  const onPlaceChanged = vi.fn();
  const sync = createSettingsSync({ edge: edge.settings, store, highlights, onPlaceChanged });
  return { edge, store, highlights, onPlaceChanged, sync };
}

describe('settings in the page', () => {
  it('follows a change made elsewhere: highlights, kinds, the sidebar’s place', () => {
    const { edge, store, highlights, onPlaceChanged } = withSettings();
    edge.changeSettings({ ...DEFAULT_SETTINGS, highlights: false });
    expect(highlights.setVisible).toHaveBeenCalledWith(false);
    expect(store.view.highlightsOn).toBe(false);
    expect(onPlaceChanged).not.toHaveBeenCalled();
    edge.changeSettings({ ...DEFAULT_SETTINGS, highlights: false, hiddenKinds: ['quote'], width: 500 });
    expect(highlights.setHiddenKinds).toHaveBeenCalledWith(['quote']);
    expect(highlights.setVisible).toHaveBeenCalledTimes(1);
    expect(onPlaceChanged).toHaveBeenCalledTimes(1);
    expect(store.settings.width).toBe(500);
  });

  it('shows a save that never lands, and clears the notice once one does', async () => {
    let fail = true;
    const { store, sync } = withSettings(
      fakeEdge({ save: async () => (fail ? Promise.reject(new Error('storage is full')) : undefined) }),
    );
    sync.persist({ width: 400 });
    await settled();
    expect(store.view.notice).toBe('storage is full');
    fail = false;
    sync.persist({ width: 410 });
    await settled();
    expect(store.view.notice).toBeNull();
  });

  it('stops following once stopped', () => {
    const { edge, store, sync } = withSettings();
    sync.stop();
    edge.changeSettings({ ...DEFAULT_SETTINGS, width: 555 });
    expect(store.settings.width).toBe(DEFAULT_SETTINGS.width);
  });
});

function withCorrections(edge = fakeEdge()) {
  const store = createContentStore(DEFAULT_SETTINGS, 'example.org');
  const redraw = vi.fn();
  const sync = createCorrectionsSync(edge.corrections, store, redraw);
  const raw = sampleAnalysis();
  store.setReading({ analysis: raw });
  store.show({ analysis: raw });
  return { edge, store, redraw, sync };
}

describe('corrections in the page', () => {
  it('applies the reader’s correction at once, keeps it, and redraws the highlights', async () => {
    const { edge, store, redraw, sync } = withCorrections();
    await sync.loaded;
    sync.correct({ kind: 'hide', name: 'Bo Chen', site: null });
    expect(store.view.analysis?.entities.map((e) => e.name)).toEqual(['Ana Lima']);
    expect(edge.kept).toHaveLength(1);
    expect(redraw).toHaveBeenCalledTimes(1);
    // Storage reports our own write back: nothing is shown again.
    edge.changeCorrections([...edge.kept]);
    expect(redraw).toHaveBeenCalledTimes(1);
    sync.undo(edge.kept[0]!.id);
    expect(store.view.analysis?.entities).toHaveLength(2);
  });

  it('an open card follows its entity into the one it was merged with', () => {
    const { store, sync } = withCorrections();
    store.show({ focusEntityId: 'bo-chen' });
    sync.correct({ kind: 'merge', name: 'Bo Chen', site: null, into: 'Ana Lima' });
    expect(store.view.focusEntityId).toBe('ana-lima');
  });

  it('tells the reader when a correction cannot be kept, and it still holds here', async () => {
    const { store, sync } = withCorrections(
      fakeEdge({ keep: () => Promise.reject(new Error('Gloss keeps at most 500')) }),
    );
    sync.correct({ kind: 'hide', name: 'Bo Chen', site: null });
    await settled();
    expect(store.view.notice).toBe('Gloss keeps at most 500');
    expect(store.view.analysis?.entities).toHaveLength(1);
  });

  it('follows corrections made elsewhere, keeping its own unkept ones', async () => {
    const { edge, store, sync } = withCorrections(fakeEdge({ keep: () => new Promise(() => {}) }));
    sync.correct({ kind: 'hide', name: 'Bo Chen', site: null });
    edge.changeCorrections([{ id: 'other', kind: 'hide', name: 'Ana Lima', site: null, at: 2 }]);
    expect(store.view.analysis?.entities).toHaveLength(0);
    expect(store.corrections.map((c) => c.id)).toContain('other');
  });
});
