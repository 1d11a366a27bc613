/**
 * Entry point of the sidebar UI: `mountSidebar(shadowRoot, state, actions)`.
 *
 * The content script creates our host element (`<gloss-root>`, open shadow root) and calls this
 * once; afterwards it calls `update(state)` whenever SidebarState changes and `unmount()` on
 * close. The stylesheet goes into the shadow root (see src/core/style/install.ts for which path runs
 * where). On unmount, focus that was inside the sidebar goes back to where it was on the page.
 */
import { render } from 'preact';
import { App } from './App';
import { SIDEBAR_CSS } from './styles/sidebar-css';
import { NOTES_CSS } from './notes';
import { CORRECTIONS_CSS } from './styles/corrections-css';
import { installStyles, type StyleInstallPath } from '../../core/style/install';
import type { SidebarActions, SidebarState } from './types';

export interface MountOptions {
  /** Move keyboard focus into the sidebar (when the reader opened it; not on auto-open). */
  focus?: boolean;
}

export interface MountedSidebar {
  update(state: SidebarState): void;
  /** Moves keyboard focus into the sidebar. */
  focus(): void;
  unmount(): void;
  /** How the stylesheet was installed: constructed + adopted, or a <style> element. */
  readonly stylePath: StyleInstallPath;
}

export function mountSidebar(
  root: ShadowRoot,
  state: SidebarState,
  actions: SidebarActions,
  options: MountOptions = {},
): MountedSidebar {
  const doc = root.ownerDocument;
  const styles = installStyles(root, `${SIDEBAR_CSS}\n${NOTES_CSS}\n${CORRECTIONS_CSS}`, 'sidebar');
  const container = doc.createElement('div');
  container.className = 'gl-mount';
  container.style.display = 'contents';
  root.appendChild(container);
  // Where focus was on the page before we took it, to give it back on close.
  const active = doc.activeElement as HTMLElement | null;
  const returnFocusTo = active && typeof active.focus === 'function' ? active : null;

  render(<App state={state} actions={actions} />, container);
  if (options.focus) focusSidebar(container);

  let mounted = true;
  return {
    stylePath: styles.path,
    update(next) {
      if (mounted) render(<App state={next} actions={actions} />, container);
    },
    focus() {
      if (mounted) focusSidebar(container);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      const hadFocus = root.activeElement !== null;
      render(null, container);
      container.remove();
      styles.remove();
      if (hadFocus && returnFocusTo?.isConnected && returnFocusTo !== doc.body)
        returnFocusTo.focus({ preventScroll: true });
      else if (hadFocus) (doc.activeElement as HTMLElement | null)?.blur?.();
    },
  };
}

function focusSidebar(container: HTMLElement) {
  const aside = container.querySelector<HTMLElement>('.gl-sidebar');
  aside?.focus({ preventScroll: true });
}

export type { SidebarActions, SidebarState } from './types';
