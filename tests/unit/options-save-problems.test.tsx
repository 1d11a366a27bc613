// @vitest-environment jsdom
/**
 * The settings page tells the reader when settings cannot be stored: a site list larger than
 * storage.sync keeps for the settings item (8 KB) is flagged before saving and never saved in
 * part; a save that fails shows as an error line; one waiting to be retried says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsForm } from '../../src/ui/options/OptionsForm';
import { siteListTooLarge } from '../../src/ui/options/site-patterns';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { settingsItemBytes, SETTINGS_MAX_BYTES } from '../../src/core/settings-size';

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container = null;
  document.body.textContent = '';
});

async function mount(save: (p: Partial<Settings>) => Promise<Settings>, saveWaiting: string | null = null) {
  const settings: Settings = { ...DEFAULT_SETTINGS, neverRunOn: [] };
  container = document.createElement('main');
  document.body.appendChild(container);
  await act(() =>
    render(
      <OptionsForm settings={settings} save={save} userAgent="Gloss/0.1.0" saveWaiting={saveWaiting} />,
      container!,
    ),
  );
  return <T extends Element = HTMLElement>(s: string) => container!.querySelector<T>(s)!;
}

const sites = (n: number) => Array.from({ length: n }, (_, i) => `news-site-number-${i}.example.com`);

describe('a site list too large for storage.sync', () => {
  it('is measured as storage.sync counts the settings item', () => {
    const s = { ...DEFAULT_SETTINGS, neverRunOn: ['a.example'] };
    expect(settingsItemBytes(s)).toBe('settings'.length + JSON.stringify(s).length);
    expect(settingsItemBytes({ ...s, neverRunOn: ['é.example'] })).toBe(settingsItemBytes(s) + 1); // UTF-8 bytes
  });

  it('fits up to the bound and not one pattern beyond', () => {
    const base = { ...DEFAULT_SETTINGS, neverRunOn: [] };
    let n = 0;
    while (siteListTooLarge(base, sites(n + 1)) === null) n++;
    expect(settingsItemBytes({ ...base, neverRunOn: sites(n) })).toBeLessThanOrEqual(SETTINGS_MAX_BYTES);
    expect(settingsItemBytes({ ...base, neverRunOn: sites(n + 1) })).toBeGreaterThan(SETTINGS_MAX_BYTES);
    expect(siteListTooLarge(base, sites(n + 1))).toMatch(/too long to save.*at most 8192 bytes/);
  });

  it('is flagged in the editor, its Save button stays off, and nothing is saved', async () => {
    const saved: Array<Partial<Settings>> = [];
    const $ = await mount(async (p) => (saved.push(p), applySettingsPatch(DEFAULT_SETTINGS, p)));
    const ta = $<HTMLTextAreaElement>('#never');
    await act(async () => {
      ta.value = sites(300).join('\n');
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect($('#sites-problems').textContent).toMatch(
      /This list is too long to save: your browser keeps at most 8192 bytes/,
    );
    expect(ta.getAttribute('aria-invalid')).toBe('true');
    expect($<HTMLButtonElement>('.save-sites').disabled).toBe(true);
    // Trimmed back under the bound, it saves whole.
    await act(async () => {
      ta.value = sites(100).join('\n');
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect($('#sites-problems').textContent).toBe('');
    await act(async () => $<HTMLButtonElement>('.save-sites').click());
    await act(async () => {});
    expect(saved).toEqual([{ neverRunOn: sites(100) }]);
  });

  it('more than 500 short patterns are flagged too, not cut to 500', () => {
    const short = Array.from({ length: 501 }, (_, i) => `s${i}.io`);
    expect(siteListTooLarge({ ...DEFAULT_SETTINGS, neverRunOn: [] }, short)).toMatch(
      /501 sites; Gloss keeps at most 500/,
    );
  });
});

describe('a failed save on the settings page', () => {
  it('shows as an error line, and the unsaved site list stays in the editor', async () => {
    const $ = await mount(() =>
      Promise.reject(
        new Error('Gloss could not save your settings: the browser is limiting how often extensions save.'),
      ),
    );
    const ta = $<HTMLTextAreaElement>('#never');
    await act(async () => {
      ta.value = 'a.example\nb.example';
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => $<HTMLButtonElement>('.save-sites').click());
    await act(async () => {});
    const status = $('.status');
    expect(status.classList.contains('failed')).toBe(true);
    expect(status.textContent).toBe(
      'Could not save sites: Gloss could not save your settings: the browser is limiting how often extensions save.',
    );
    expect(ta.value).toBe('a.example\nb.example');
    expect($<HTMLButtonElement>('.save-sites').disabled).toBe(false);
  });

  it('says when a save waits to be retried', async () => {
    const $ = await mount(
      () => new Promise(() => {}),
      'Saving your settings: the browser asked Gloss to wait a moment.',
    );
    expect($('.status').textContent).toBe('Saving your settings: the browser asked Gloss to wait a moment.');
  });
});
