// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { mountSidebar, type MountedSidebar } from '../../src/ui/sidebar/index';
import { makeState, recordingActions } from './sidebar-fixtures';

let mounted: MountedSidebar | null = null;
let host: HTMLElement | null = null;

function setup(state = makeState(), options = {}) {
  host = document.createElement('gloss-root');
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  const actions = recordingActions();
  mounted = mountSidebar(root, state, actions, options);
  return { root, actions, sidebar: mounted };
}

afterEach(() => {
  mounted?.unmount();
  mounted = null;
  host?.remove();
  host = null;
  document.body.textContent = '';
});

describe('mountSidebar', () => {
  it('renders the landmark, the title and the byline, site, time and reading time', () => {
    const { root } = setup();
    const aside = root.querySelector('aside.gl-sidebar')!;
    expect(aside.getAttribute('role')).toBe('complementary');
    expect(aside.getAttribute('aria-label')).toBe('Gloss');
    expect(root.querySelector('.gl-title')!.textContent).toBe(
      'Trump says US could soon strike targets inside Venezuela',
    );
    expect(root.querySelector('.gl-byline')!.textContent).toBe('Jane Reporter');
    expect(root.querySelector('.gl-site')!.textContent).toBe('Example News');
    const time = root.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2025-12-02T14:05:00.000Z');
    expect(time.textContent).toMatch(/2025/);
    expect(root.querySelector('.gl-reading')!.textContent).toBe('4 min read');
  });

  it('installs its stylesheet in the shadow root, not the page', () => {
    const { root, sidebar } = setup();
    const css =
      sidebar.stylePath === 'adopted'
        ? root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n')
        : root.querySelector('style')!.textContent!;
    expect(css).toContain('--gl-fg');
    expect(css).toContain('.gl-sidebar');
    expect(document.head.querySelector('style')).toBeNull();
    expect(document.adoptedStyleSheets?.length ?? 0).toBe(0);
  });

  it('adopts a constructed sheet where the browser supports it', () => {
    // jsdom has constructable sheets but no adoptedStyleSheets; give shadow roots a working one.
    const store = new WeakMap<ShadowRoot, CSSStyleSheet[]>();
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      get(this: ShadowRoot) {
        return store.get(this) ?? [];
      },
      set(this: ShadowRoot, v: CSSStyleSheet[]) {
        store.set(this, [...v]);
      },
    });
    try {
      const { root, sidebar } = setup();
      expect(sidebar.stylePath).toBe('adopted');
      expect(root.querySelector('style')).toBeNull();
      expect(root.adoptedStyleSheets).toHaveLength(1);
      sidebar.unmount();
      mounted = null;
      expect(root.adoptedStyleSheets).toHaveLength(0);
    } finally {
      delete (ShadowRoot.prototype as unknown as Record<string, unknown>).adoptedStyleSheets;
    }
  });

  it('falls back to a <style> element when adopting a constructed sheet throws', () => {
    const original = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new Error('Accessing from Xray wrapper is not supported');
      },
    });
    try {
      const { root, sidebar } = setup();
      expect(sidebar.stylePath).toBe('style-element');
      expect(root.querySelector('style')!.textContent).toContain('.gl-sidebar');
    } finally {
      if (original) Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', original);
      else delete (ShadowRoot.prototype as unknown as Record<string, unknown>).adoptedStyleSheets;
    }
  });

  it('shows the no-article state', () => {
    const { root } = setup(makeState({ phase: 'no-article', article: null, analysis: null }));
    expect(root.querySelector('.gl-empty')!.textContent).toContain('No article found on this page');
    expect(root.querySelector('.gl-title')).toBeNull();
  });

  it('shows loading, then error with its message, through update()', () => {
    const { root, sidebar } = setup(makeState({ phase: 'loading', article: null, analysis: null }));
    expect(root.querySelector('.gl-loading')!.getAttribute('role')).toBe('status');
    sidebar.update(
      makeState({
        phase: 'error',
        message: 'The page changed while Gloss was reading it.',
        article: null,
        analysis: null,
      }),
    );
    expect(root.querySelector('.gl-loading')).toBeNull();
    expect(root.querySelector('.gl-error')!.getAttribute('role')).toBe('alert');
    expect(root.querySelector('.gl-error-message')!.textContent).toBe('The page changed while Gloss was reading it.');
  });

  it('says so while the analysis is still running', () => {
    const { root } = setup(makeState({ analysis: null }));
    expect(root.querySelector('.gl-title')).not.toBeNull();
    expect(root.querySelector('.gl-loading')!.textContent).toMatch(/Finding names and quotes/);
  });

  it('the close button calls close', () => {
    const { root, actions } = setup();
    const close = root.querySelector<HTMLButtonElement>('button.gl-close')!;
    expect(close.getAttribute('aria-label')).toBe('Close Gloss');
    close.click();
    expect(actions.calls).toEqual([['close']]);
  });

  it('is placed on the side and at the width the settings say', () => {
    const { root, sidebar } = setup();
    const aside = root.querySelector<HTMLElement>('.gl-sidebar')!;
    expect(aside.dataset.side).toBe('right');
    expect(aside.style.width).toBe('380px');
    sidebar.update(makeState({ settings: { ...makeState().settings, side: 'left', width: 500 } }));
    expect(aside.dataset.side).toBe('left');
    expect(aside.style.width).toBe('500px');
  });

  it('resizes with the keyboard, in the direction of the inner edge', () => {
    const { root, actions, sidebar } = setup();
    const handle = root.querySelector<HTMLElement>('.gl-resize')!;
    expect(handle.getAttribute('role')).toBe('separator');
    expect(handle.tabIndex).toBe(0);
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(actions.calls).toEqual([
      ['resize', 396, true],
      ['resize', 316, true],
      ['resize', 720, true],
    ]);
    // On the left side the handle is on the right edge: ArrowRight widens.
    actions.calls.length = 0;
    sidebar.update(makeState({ settings: { ...makeState().settings, side: 'left' } }));
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(actions.calls).toEqual([['resize', 396, true]]);
  });

  it('resizes by dragging the handle, reporting done on release', () => {
    const { root, actions } = setup();
    const handle = root.querySelector<HTMLElement>('.gl-resize')!;
    const vw = window.innerWidth;
    const ev = (type: string, x: number) => {
      const e = new MouseEvent(type, { clientX: x, bubbles: true, button: 0 });
      Object.defineProperty(e, 'pointerId', { value: 1 });
      handle.dispatchEvent(e);
    };
    ev('pointerdown', vw - 380);
    ev('pointermove', vw - 450);
    ev('pointerup', vw - 460);
    const last = actions.calls.at(-1);
    expect(last).toEqual(['resize', 460, true]);
    // Clamped to the allowed range.
    ev('pointerdown', vw - 460);
    ev('pointerup', 0);
    expect(actions.calls.at(-1)).toEqual(['resize', 720, true]);
  });

  it('Escape closes the sidebar when no card is open, the card first when one is', () => {
    const { root, actions, sidebar } = setup(makeState({ focusEntityId: 'nicolas-maduro' }));
    const aside = root.querySelector<HTMLElement>('.gl-sidebar')!;
    aside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.calls).toEqual([['focusEntity', null]]);
    sidebar.update(makeState());
    aside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.calls).toEqual([['focusEntity', null], ['close']]);
  });

  it('takes focus when asked and gives it back to the page on unmount', () => {
    const button = document.createElement('button');
    button.textContent = 'page button';
    document.body.appendChild(button);
    button.focus();
    const { root, sidebar } = setup(makeState(), { focus: true });
    expect(root.activeElement).toBe(root.querySelector('.gl-sidebar'));
    sidebar.unmount();
    mounted = null;
    expect(document.activeElement).toBe(button);
    expect(root.querySelector('.gl-sidebar')).toBeNull();
  });

  it('shows the toggle shortcut and points to the browser shortcut settings', () => {
    const { root, actions } = setup();
    expect(root.querySelector('.gl-footer kbd')!.textContent).toBe('Alt+Shift+G');
    root.querySelector<HTMLButtonElement>('.gl-shortcut-settings')!.click();
    expect(actions.calls).toEqual([['openShortcutSettings']]);
  });
});
