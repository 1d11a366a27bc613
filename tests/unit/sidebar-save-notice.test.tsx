// @vitest-environment jsdom
/**
 * A settings save that never landed (the content script sets `notice` from saveSettings'
 * rejection) is shown in the sidebar in every phase, as an alert, and goes away when cleared.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeState, mountForTest } from './sidebar-fixtures';

const NOTICE =
  'Gloss could not save your settings: the browser is limiting how often extensions save. Please try again in a few minutes.';

afterEach(() => {
  document.body.textContent = '';
});

describe('the sidebar shows a failed settings save', () => {
  for (const phase of ['ready', 'loading', 'no-article'] as const) {
    it(`as an alert while ${phase}`, async () => {
      const m = await mountForTest(makeState({ phase, notice: NOTICE }));
      const alert = m.$('.gl-save-notice');
      expect(alert?.getAttribute('role')).toBe('alert');
      expect(alert?.textContent).toBe(NOTICE);
      await m.update(makeState({ phase, notice: null }));
      expect(m.$('.gl-save-notice')).toBeNull();
      m.cleanup();
    });
  }
});
