/**
 * The footer: the keyboard shortcuts as the browser reports them, with a way to change them
 * (extensions cannot open chrome://extensions/shortcuts or about:addons themselves from a
 * content script, so the action goes through the content script to the background).
 */
import type { SidebarActions, SidebarState } from '../types';

export function ShortcutFooter({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  const { toggleSidebar, toggleHighlights } = state.shortcuts;
  return (
    <footer class="gl-footer">
      <span class="gl-shortcut">
        Open/close: {toggleSidebar ? <kbd class="gl-kbd">{toggleSidebar}</kbd> : <span>no shortcut set</span>}
      </span>
      <span class="gl-shortcut">
        Highlights: {toggleHighlights ? <kbd class="gl-kbd">{toggleHighlights}</kbd> : <span>no shortcut set</span>}
      </span>
      <button type="button" class="gl-link-button gl-shortcut-settings" onClick={() => actions.openShortcutSettings()}>
        Change shortcuts
      </button>
      <button type="button" class="gl-link-button gl-open-options" onClick={() => actions.openOptions()}>
        Settings
      </button>
    </footer>
  );
}
