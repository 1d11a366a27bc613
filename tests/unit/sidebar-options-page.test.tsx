// @vitest-environment jsdom
/** The extension's settings page (extension/options/): the form, the site list, axe, contrast. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsForm } from '../../src/ui/options/OptionsForm';
import { hostOf, matchingPattern, parsePatterns } from '../../src/ui/options/site-patterns';
import { OPTIONS_THEME } from '../../src/ui/options/options-css';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { contrastRatio } from '../../src/ui/sidebar/styles/contrast';
import { axeViolations } from './sidebar-fixtures';

let container: HTMLElement | null = null;

beforeAll(async () => {
  await axeViolations();
}, 30_000);
afterEach(() => {
  if (container) render(null, container);
  container = null;
  document.body.textContent = '';
});

async function mount(
  initial: Partial<Settings> = {},
  dataCollection?: { granted: boolean; request(): Promise<boolean> },
) {
  let settings: Settings = { ...DEFAULT_SETTINGS, neverRunOn: [], ...initial };
  const saved: Array<Partial<Settings>> = [];
  container = document.createElement('main');
  document.body.appendChild(container);
  const draw = () =>
    render(
      <OptionsForm settings={settings} save={save} userAgent="Gloss/0.1.0" dataCollection={dataCollection} />,
      container!,
    );
  async function save(patch: Partial<Settings>) {
    saved.push(patch);
    settings = applySettingsPatch(settings, patch);
    draw();
    return settings;
  }
  await act(draw);
  const $ = <T extends Element = HTMLElement>(s: string) => container!.querySelector<T>(s)!;
  const change = (el: HTMLInputElement, fn: () => void, type = 'change') =>
    act(async () => {
      fn();
      el.dispatchEvent(new Event(type, { bubbles: true }));
    });
  return {
    $,
    saved,
    change,
    get settings() {
      return settings;
    },
    rerender: (s: Partial<Settings>) =>
      act(() => {
        settings = { ...settings, ...s };
        draw();
      }),
  };
}

describe('OptionsForm', () => {
  it('in Firefox, turning lookups on asks for its data-collection grant; a refusal keeps them off', async () => {
    const asked: boolean[] = [];
    let answer = false;
    const m = await mount({}, { granted: false, request: async () => (asked.push(true), answer) });
    const wiki = m.$<HTMLInputElement>('input[name=wikipedia]');
    await m.change(wiki, () => (wiki.checked = true));
    await act(async () => {});
    expect(asked).toHaveLength(1);
    expect(m.saved).toEqual([]);
    expect(wiki.checked).toBe(false);
    expect(m.$('.status').textContent).toContain('Firefox did not allow Gloss to send names');
    answer = true;
    await m.change(wiki, () => (wiki.checked = true));
    await act(async () => {});
    expect(m.saved).toEqual([{ wikipedia: true, wikipediaNoticeSeen: true }]);
  });

  it('saves each checkbox at once and says so', async () => {
    const m = await mount();
    const auto = m.$<HTMLInputElement>('input[name=autoOpen]');
    expect(auto.checked).toBe(false);
    await m.change(auto, () => (auto.checked = true));
    const hl = m.$<HTMLInputElement>('input[name=highlights]');
    await m.change(hl, () => (hl.checked = false));
    const wiki = m.$<HTMLInputElement>('input[name=wikipedia]');
    expect(wiki.checked).toBe(false);
    await m.change(wiki, () => (wiki.checked = true));
    expect(m.saved).toEqual([
      { autoOpen: true },
      { highlights: false },
      { wikipedia: true, wikipediaNoticeSeen: true },
    ]);
    expect(m.$('.status').textContent).toBe('Saved: Wikipedia lookups. Open tabs use it now.');
    expect(m.settings.autoOpen).toBe(true);
  });

  it('says exactly what is sent to Wikipedia', async () => {
    const m = await mount();
    const text = m.$('input[name=wikipedia]').closest('label')!.textContent!;
    expect(text).toContain('Gloss sends that name');
    expect(text).toContain('Api-User-Agent: Gloss/0.1.0');
    expect(text).toContain("Never the address of the page you are reading, never the article's text");
  });

  it('side and width', async () => {
    const m = await mount();
    const left = m.$<HTMLInputElement>('input[name=side][value=left]');
    await m.change(left, () => (left.checked = true));
    const range = m.$<HTMLInputElement>('#width-range');
    await m.change(range, () => (range.value = '500'), 'input');
    expect(m.$<HTMLInputElement>('input[type=number]').value).toBe('500');
    expect(m.saved).toEqual([{ side: 'left' }]);
    await m.change(range, () => (range.value = '500'));
    const num = m.$<HTMLInputElement>('input[type=number]');
    await m.change(num, () => (num.value = '9999'));
    expect(m.saved).toEqual([{ side: 'left' }, { width: 500 }, { width: 720 }]);
    // A width changed elsewhere (the sidebar's drag) shows up.
    await m.rerender({ width: 333 });
    expect(m.$<HTMLInputElement>('#width-range').value).toBe('333');
  });

  it('checks the site list before saving it and tests a site against it', async () => {
    const m = await mount({ neverRunOn: ['mail.google.com'] });
    const ta = m.$<HTMLTextAreaElement>('#never');
    expect(ta.value).toBe('mail.google.com');
    const save = m.$<HTMLButtonElement>('.save-sites');
    expect(save.disabled).toBe(true);
    await m.change(ta as unknown as HTMLInputElement, () => (ta.value = 'mail.google.com\nbad site\n*'), 'input');
    expect(ta.getAttribute('aria-invalid')).toBe('true');
    expect([...m.$('#sites-problems').querySelectorAll('li')].map((l) => l.textContent)).toEqual([
      'Line 2, “bad site”: a site name has no spaces.',
      'Line 3, “*”: this would turn Gloss off everywhere.',
    ]);
    expect(save.disabled).toBe(true);
    await m.change(
      ta as unknown as HTMLInputElement,
      () => (ta.value = 'mail.google.com\n https://*.example.com/path \n# a comment\nmail.google.com'),
      'input',
    );
    expect(save.disabled).toBe(false);
    const probe = m.$<HTMLInputElement>('#probe');
    await m.change(probe, () => (probe.value = 'https://news.example.com/story'), 'input');
    expect(m.$('.probe-result').textContent).toBe(
      'Gloss never runs on news.example.com (it matches “https://*.example.com/path”).',
    );
    await m.change(probe, () => (probe.value = 'bbc.co.uk'), 'input');
    expect(m.$('.probe-result').textContent).toBe('Gloss runs on bbc.co.uk.');
    await act(async () => {
      save.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(m.saved).toEqual([{ neverRunOn: ['mail.google.com', 'https://*.example.com/path'] }]);
    expect(ta.value).toBe('mail.google.com\nhttps://*.example.com/path');
  });

  it('restores defaults but keeps the site list', async () => {
    const m = await mount({ side: 'left', width: 600, autoOpen: true, neverRunOn: ['x.com'] });
    await act(async () => m.$<HTMLButtonElement>('button.secondary').click());
    expect(m.settings).toMatchObject({ side: 'right', width: 380, autoOpen: false, neverRunOn: ['x.com'] });
  });

  it('reports a failed save', async () => {
    const m = await mount();
    container = document.createElement('main');
    document.body.appendChild(container);
    await act(() =>
      render(
        <OptionsForm
          settings={{ ...DEFAULT_SETTINGS }}
          save={() => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))}
          userAgent="Gloss/0.1.0"
        />,
        container!,
      ),
    );
    const auto = container.querySelector<HTMLInputElement>('input[name=autoOpen]')!;
    await m.change(auto, () => (auto.checked = true));
    await act(async () => {});
    expect(container.querySelector('.status')!.textContent).toBe(
      'Could not save automatic opening: QUOTA_BYTES_PER_ITEM quota exceeded',
    );
  });

  it('has no axe violations, with problems shown too', async () => {
    document.documentElement.lang = 'en';
    document.title = 'Gloss settings';
    const m = await mount();
    expect(await axeViolations()).toEqual([]);
    const ta = m.$<HTMLTextAreaElement>('#never');
    await m.change(ta as unknown as HTMLInputElement, () => (ta.value = 'bad site'), 'input');
    expect(await axeViolations()).toEqual([]);
  }, 15_000); // well under a second normally; margin for a heavily shared machine
});

describe('site patterns', () => {
  it('parsePatterns keeps valid lines once, skips blanks and comments', () => {
    expect(parsePatterns('a.com\n\n# x\n a.com \n*.b.org').patterns).toEqual(['a.com', '*.b.org']);
    expect(parsePatterns('foo bar').problems[0]!.why).toBe('a site name has no spaces');
    expect(parsePatterns('exa$mple.com').problems).toHaveLength(1);
  });
  it('hostOf and matchingPattern', () => {
    expect(hostOf('example.com/a?b')).toBe('example.com');
    expect(hostOf('http://[::1')).toBeNull();
    expect(matchingPattern('www.nytimes.com', ['*.nytimes.com'])).toBe('*.nytimes.com');
    expect(matchingPattern('nytimes.com', ['*.nytimes.com'])).toBe('*.nytimes.com');
    expect(matchingPattern('nytimes.com.evil.io', ['*.nytimes.com'])).toBeNull();
  });
});

describe('options page colours', () => {
  for (const [name, t] of Object.entries(OPTIONS_THEME)) {
    it(`${name}: text pairs reach WCAG AA`, () => {
      expect(contrastRatio(t.fg, t.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.muted, t.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.accent, t.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.onAccent, t.accent)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.error, t.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.border, t.bg)).toBeGreaterThanOrEqual(3);
    });
  }
});
