// @vitest-environment jsdom
/**
 * What the reader's clicks do (src/platform/content/sidebar-actions.ts): storage and the
 * background are reached only for the reader's own input; and the content script's one door to
 * runtime messages (messaging.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { createContentStore } from '../../src/platform/content/content-state';
import { createSidebarActions } from '../../src/platform/content/sidebar-actions';
import { fakeEdge } from './content-helpers';

const runtime = vi.hoisted(() => ({
  id: 'gloss' as string | undefined,
  sendMessage: vi.fn(async (_m: unknown): Promise<unknown> => null),
  onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('webextension-polyfill', () => ({ default: { runtime } }));
const { listenToBackground, runtimeAlive, runtimeMessenger } = await import('../../src/platform/content/messaging');

function actionsWith(trusted: boolean) {
  const edge = fakeEdge({ answer: () => undefined });
  const store = createContentStore(DEFAULT_SETTINGS, 'example.org');
  const deps = {
    frame: { byReader: (fn: () => void) => void (trusted && fn()), pushPage: vi.fn() },
    highlights: { reveal: vi.fn(), setVisible: vi.fn(), setHiddenKinds: vi.fn() },
    reader: { readChosen: vi.fn() },
    selection: { chosen: () => null },
    settings: { persist: vi.fn() },
    corrections: { correct: vi.fn(), undo: vi.fn() },
    close: vi.fn(),
  };
  const actions = createSidebarActions({ doc: document, store, messages: edge.messages, ...deps });
  return { edge, store, actions, ...deps };
}

describe('the sidebar’s actions', () => {
  it('show at once, and save or ask only for the reader’s own input', async () => {
    for (const trusted of [false, true]) {
      const a = actionsWith(trusted);
      a.actions.resize(420, true);
      expect(a.store.settings.width).toBe(420);
      expect(a.frame.pushPage).toHaveBeenCalledWith(420);
      a.actions.setHiddenKinds!(['quote']);
      expect(a.highlights.setHiddenKinds).toHaveBeenCalledWith(['quote']);
      expect(a.store.settings.hiddenKinds).toEqual(['quote']);
      a.actions.openOptions();
      a.actions.correct!({ kind: 'hide', name: 'X', site: null });
      a.actions.readAnyway!();
      await new Promise((r) => setTimeout(r, 0));
      const n = trusted ? 1 : 0;
      expect(a.settings.persist).toHaveBeenCalledTimes(2 * n);
      expect(a.edge.asked.filter((m) => m.type === 'open-options')).toHaveLength(n);
      expect(a.corrections.correct).toHaveBeenCalledTimes(n);
      expect(a.reader.readChosen).toHaveBeenCalledTimes(n);
    }
  });

  it('a resize in progress is shown, saved only when done', () => {
    const a = actionsWith(true);
    a.actions.resize(400, false);
    expect(a.settings.persist).not.toHaveBeenCalled();
    a.actions.resize(410, true);
    expect(a.settings.persist).toHaveBeenCalledWith({ width: 410 });
  });

  it('highlights on and off, cards, quotes and close need no trusted input', () => {
    const a = actionsWith(false);
    a.actions.setHighlights(false);
    expect(a.highlights.setVisible).toHaveBeenCalledWith(false);
    expect(a.store.view.highlightsOn).toBe(false);
    a.actions.focusEntity('e1');
    a.actions.selectQuote(2);
    expect(a.store.view).toMatchObject({ focusEntityId: 'e1', selectedQuote: 2 });
    a.actions.reveal({ start: 1, end: 2 });
    expect(a.highlights.reveal).toHaveBeenCalledWith({ start: 1, end: 2 });
    a.actions.close();
    expect(a.close).toHaveBeenCalled();
  });
});

describe('the content script’s messaging', () => {
  it('sends typed and raw messages through the runtime', async () => {
    runtime.sendMessage.mockResolvedValueOnce({ toggleSidebar: 'Alt+G', toggleHighlights: null });
    expect(await runtimeMessenger.ask({ type: 'get-shortcuts' })).toEqual({
      toggleSidebar: 'Alt+G',
      toggleHighlights: null,
    });
    await runtimeMessenger.send({ type: 'detect', snapshot: '{}' });
    expect(runtime.sendMessage.mock.calls.map((c) => c[0])).toEqual([
      { type: 'get-shortcuts' },
      { type: 'detect', snapshot: '{}' },
    ]);
  });

  it('listens until told to stop, even once the runtime is gone', () => {
    const handle = () => undefined;
    const stop = listenToBackground(handle);
    expect(runtime.onMessage.addListener).toHaveBeenCalledWith(handle);
    runtime.onMessage.removeListener.mockImplementationOnce(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(stop).not.toThrow();
    expect(runtime.onMessage.removeListener).toHaveBeenCalledWith(handle);
  });

  it('knows when the runtime is gone', () => {
    expect(runtimeAlive()).toBe(true);
    runtime.id = undefined;
    expect(runtimeAlive()).toBe(false);
    runtime.id = 'gloss';
  });
});
