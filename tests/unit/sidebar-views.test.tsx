// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { ANALYSIS, ARTICLE, ENTITIES, QUOTES, makeState, mountForTest } from './sidebar-fixtures';
import { briefingMarkdown } from '../../src/ui/sidebar/briefing';
import { groupDigits } from '../../src/core/format';

type Mounted = Awaited<ReturnType<typeof mountForTest>>;
let m: Mounted | null = null;
async function mount(state = makeState()) {
  m = await mountForTest(state);
  return m;
}
afterEach(() => {
  m?.cleanup();
  m = null;
  document.body.textContent = '';
});

const texts = (els: Element[]) => els.map((e) => e.textContent?.trim());

describe('counts', () => {
  it('counts quotes, people, organisations and places once, on the view tabs', async () => {
    const { $, $$ } = await mount();
    expect(texts($$('.gl-tab-count'))).toEqual(['4', '5', '2', '3']);
    expect($('.gl-counts')).toBeNull();
  });
});

describe('Quotes view', () => {
  it('lists quotes in article order with speaker, role and kind; unattributed said honestly', async () => {
    const { $$ } = await mount();
    const items = $$('.gl-quote-item');
    expect(items).toHaveLength(4);
    expect(items[0]!.querySelector('.gl-quote-text')!.textContent).toBe(
      "“We're going to start doing those strikes on land too,”",
    );
    expect(items[0]!.querySelector('.gl-speaker')!.textContent).toBe('Donald Trump');
    expect(items[0]!.querySelector('.gl-speaker-role')!.textContent).toBe('President');
    expect(items[0]!.querySelector('.gl-quote-kind')!.textContent).toBe('Full quote');
    expect(items[2]!.querySelector('.gl-quote-kind')!.textContent).toBe('Partial quote');
    expect(items[3]!.querySelector('.gl-unattributed')!.textContent).toBe('Unattributed');
    expect(items[3]!.querySelector('.gl-speaker')).toBeNull();
  });

  it("gives a speaker's role once in article order, with their first quote, whole in its tooltip", async () => {
    const { $$ } = await mount();
    const items = $$('.gl-quote-item');
    expect(items.map((i) => i.querySelector('.gl-speaker')?.textContent)).toEqual([
      'Donald Trump',
      'Donald Trump',
      'Nicolas Maduro',
      undefined,
    ]);
    expect(items.map((i) => i.querySelector('.gl-speaker-role')?.textContent ?? null)).toEqual([
      'President',
      null,
      'Venezuelan President',
      null,
    ]);
    expect(items[0]!.querySelector('.gl-speaker-role')!.getAttribute('title')).toBe('President');
  });

  it('a long role in the briefing line is given once and cut short, whole in its tooltip', async () => {
    const role = 'the former commander of the southern fleet who led the talks with Caracas in 2019 and 2020';
    const entities = ENTITIES.map((e) => (e.id === 'donald-trump' ? { ...e, role } : e));
    const { $ } = await mount(makeState({ analysis: { ...ANALYSIS, entities } }));
    const about = $('.gl-brief-about')!;
    const shown = about.querySelector('.gl-brief-role')!;
    expect(shown.getAttribute('title')).toBe(role);
    expect(shown.textContent!.length).toBeLessThan(role.length);
    expect(shown.textContent).toMatch(/^ \(the former commander .*…\)$/);
    expect($('.gl-brief-quoted')!.textContent).toMatch(/^Quoted most: Donald Trump, 2 times;/);
  });

  it('clicking a quote selects it and reveals its first span', async () => {
    const { $$, click, actions } = await mount();
    await click($$('.gl-quote')[2]!);
    expect(actions.calls).toEqual([
      ['selectQuote', 2],
      ['reveal', { start: QUOTES[2]!.spans[0]!.start, end: QUOTES[2]!.spans[0]!.end }],
    ]);
  });

  it('groups by speaker, speakers in order of first quote, unattributed last', async () => {
    const { $$, click } = await mount();
    const byspeaker = $$('.gl-segmented button').find((b) => b.textContent === 'By speaker')!;
    await click(byspeaker);
    expect(byspeaker.getAttribute('aria-pressed')).toBe('true');
    const groups = $$('.gl-group');
    expect(groups.map((g) => g.querySelector('h3')!.firstChild!.textContent)).toEqual([
      'Donald Trump',
      'Nicolas Maduro',
      'Unattributed',
    ]);
    expect(groups.map((g) => g.querySelectorAll('.gl-quote-item').length)).toEqual([2, 1, 1]);
    expect(groups[0]!.querySelector('.gl-group-role')!.textContent).toContain('President');
    expect(groups[0]!.querySelector('.gl-group-role')!.getAttribute('title')).toBe('President');
  });

  it('the speaker opens their card', async () => {
    const { $, click, actions } = await mount();
    await click($('.gl-quote-meta .gl-speaker'));
    expect(actions.calls).toEqual([['focusEntity', 'donald-trump']]);
  });

  it('a quote clicked in the page is shown selected, even from another view', async () => {
    const { $$, click, update } = await mount();
    await click($$('[role=tab]')[1]!);
    expect($$('.gl-quote-item')).toHaveLength(0);
    await update(makeState({ selectedQuote: 1 }));
    expect($$('[role=tab]')[0]!.getAttribute('aria-selected')).toBe('true');
    const current = $$('.gl-quote[aria-current="true"]');
    expect(current).toHaveLength(1);
    expect(current[0]!.textContent).toContain("I didn't know about the second strike");
  });
});

describe('quotes selected from the page', () => {
  it('clears a filter that would hide the selected quote', async () => {
    const { $, $$, type, update } = await mount();
    await type($('.gl-filter'), 'colony');
    expect($$('.gl-quote-item')).toHaveLength(1);
    await update(makeState({ selectedQuote: 0 }));
    expect($<HTMLInputElement>('.gl-filter')!.value).toBe('');
    expect($$('.gl-quote[aria-current="true"]')[0]!.textContent).toContain('strikes on land too');
  });
});

describe('People, Organisations, Places', () => {
  it('People: most mentioned first, with role and mention count', async () => {
    const { $$, click } = await mount();
    await click($$('[role=tab]').find((t) => t.dataset.view === 'person')!);
    const rows = $$('.gl-entity');
    expect(rows.map((r) => r.querySelector('.gl-row-name')!.textContent)).toEqual([
      'Donald Trump',
      'Nicolas Maduro',
      'Pete Hegseth',
      'Delcy Rodriguez',
      'Jorge Rodriguez',
    ]);
    expect(rows[0]!.querySelector('.gl-row-count')!.textContent).toBe('3 mentions');
    expect(rows[0]!.querySelector('.gl-row-role')!.textContent).toBe('President');
    expect(rows[2]!.querySelector('.gl-row-count')!.textContent).toBe('1 mention');
    expect(rows[3]!.querySelector('.gl-row-role')).toBeNull();
  });

  it('Organisations and Places list their own type', async () => {
    const { $$, click } = await mount();
    await click($$('[role=tab]').find((t) => t.dataset.view === 'organization')!);
    expect(texts($$('.gl-row-name'))).toEqual(['White House', 'OPEC']);
    await click($$('[role=tab]').find((t) => t.dataset.view === 'place')!);
    expect(texts($$('.gl-row-name'))).toEqual(['Venezuela', 'United States', 'Caracas']);
  });

  it('clicking a row opens that entity card', async () => {
    const { $$, click, actions } = await mount();
    await click($$('[role=tab]')[1]!);
    await click($$('.gl-entity')[1]!);
    expect(actions.calls).toEqual([['focusEntity', 'nicolas-maduro']]);
  });

  it('tabs follow the ARIA pattern: arrow keys move and select, one tab stop', async () => {
    const { $, $$, key, root } = await mount();
    const tabs = $$('[role=tab]');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    tabs[0]!.focus();
    await key(tabs[0]!, 'ArrowRight');
    await Promise.resolve();
    expect($$('[role=tab]')[1]!.getAttribute('aria-selected')).toBe('true');
    expect(root.activeElement).toBe($$('[role=tab]')[1]);
    expect($('[role=tabpanel]')!.getAttribute('aria-labelledby')).toBe('gl-tab-person');
    await key($$('[role=tab]')[1]!, 'End');
    expect($$('[role=tab]')[3]!.getAttribute('aria-selected')).toBe('true');
    await key($$('[role=tab]')[3]!, 'ArrowRight');
    expect($$('[role=tab]')[0]!.getAttribute('aria-selected')).toBe('true');
  });
});

describe('filter', () => {
  it('narrows every list as you type, tab counts too, accents ignored', async () => {
    const { $, $$, type, click } = await mount();
    await type($('.gl-filter'), 'strike');
    expect($$('.gl-quote-item')).toHaveLength(2);
    expect(texts($$('.gl-tab-count'))).toEqual(['2', '0', '0', '0']);
    await type($('.gl-filter'), 'rodríguez');
    expect(texts($$('.gl-tab-count'))).toEqual(['0', '2', '0', '0']);
    expect($('.gl-empty-list')!.textContent).toBe('No quotes match “rodríguez”.');
    await click($$('[role=tab]')[1]!);
    expect(texts($$('.gl-row-name'))).toEqual(['Delcy Rodriguez', 'Jorge Rodriguez']);
    // Roles and speakers are searched too.
    await type($('.gl-filter'), 'legislature');
    expect(texts($$('.gl-row-name'))).toEqual(['Jorge Rodriguez']);
    await type($('.gl-filter'), 'president');
    await click($$('[role=tab]')[0]!);
    expect($$('.gl-quote-item')).toHaveLength(3);
  });

  it('"/" moves focus to the filter', async () => {
    const { $, key, root } = await mount();
    $('.gl-tab')!.focus();
    await key($('.gl-tab'), '/');
    expect(root.activeElement).toBe($('.gl-filter'));
  });

  it('Escape clears a non-empty filter before it closes anything', async () => {
    const { $, type, key, actions } = await mount();
    const input = $<HTMLInputElement>('.gl-filter')!;
    await type(input, 'maduro');
    await key(input, 'Escape');
    expect(input.value).toBe('');
    expect(actions.calls).toEqual([]);
    await key(input, 'Escape');
    expect(actions.calls).toEqual([['close']]);
  });
});

describe('entity card', () => {
  it('shows role, aliases, notes by source, quotes and mentions with context', async () => {
    const { $, $$ } = await mount(makeState({ focusEntityId: 'donald-trump' }));
    expect($('.gl-card-title')!.textContent).toBe('Donald Trump');
    expect($('.gl-card-role')!.textContent).toBe('President');
    // the name with its title in front is no other name
    expect($('.gl-aliases')!.textContent).toBe('Also called: “Trump”');
    // The notes helper's <EntityNotes/>: grouped and labelled by source.
    expect(texts($$('.gl-notes-label'))).toEqual(['From the article', 'From Wikipedia']);
    const link = $<HTMLAnchorElement>('.gl-notes-group-wikipedia a')!;
    expect(link.href).toBe('https://en.wikipedia.org/wiki/Donald_Trump');
    expect(link.rel).toContain('noopener');
    expect($$('.gl-card .gl-quote-item')).toHaveLength(2);
    const mentions = $$('.gl-mention');
    expect(mentions).toHaveLength(3);
    expect(mentions[1]!.querySelector('mark')!.textContent).toBe('President Donald Trump');
    expect(mentions[1]!.textContent).toContain('rose on Tuesday as President Donald Trump said strikes');
    // Context stays inside the paragraph (the title line is a paragraph of its own).
    expect(mentions[0]!.textContent).toBe('Trump says US could soon strike targets inside Venezuela');
  });

  it('gives the notes component the Wikipedia lookup and settings actions', async () => {
    const state = makeState({
      focusEntityId: 'nicolas-maduro',
      settings: { ...makeState().settings, wikipedia: true, wikipediaNoticeSeen: false },
    });
    const m = await mountForTest(state);
    const requests: unknown[] = [];
    m.actions.lookupWikipedia = (req) => {
      requests.push(req);
      return new Promise(() => {});
    };
    // Re-render the card with the lookup present (it looks up when the card opens).
    await m.update(makeState({ ...state, focusEntityId: null }));
    await m.update(state);
    await new Promise((r) => setTimeout(r, 0));
    expect(requests).toHaveLength(1);
    expect(JSON.stringify(requests[0])).toContain('Nicolas Maduro');
    expect(texts(m.$$('.gl-notes-label'))).toContain('From Gloss’s reference data (offline)');
    m.cleanup();
  });

  it("a card shows under its type's tab, also when opened from the page", async () => {
    const { $$ } = await mount(makeState({ focusEntityId: 'opec' }));
    expect($$('[role=tab]').find((t) => t.getAttribute('aria-selected') === 'true')!.dataset.view).toBe('organization');
  });

  it('says when the article gives a person no role, and says nothing of a place without one', async () => {
    const { $ } = await mount(makeState({ focusEntityId: 'delcy-rodriguez' }));
    expect($('.gl-card-role')!.textContent).toBe('The article gives no role.');
    const place = await mount(makeState({ focusEntityId: 'venezuela' }));
    expect(place.$('.gl-card-title')!.textContent).toBe('Venezuela');
    expect(place.$('.gl-card-role')).toBeNull();
  });

  it('says when Gloss is not sure of the type, and says nothing when it is', async () => {
    const sure = await mount(makeState({ focusEntityId: 'opec' }));
    expect(sure.$('.gl-type-uncertain')).toBeNull();
    const unsure = ENTITIES.map((e) => (e.id === 'opec' ? { ...e, typeUncertain: true as const } : e));
    const { $ } = await mount(makeState({ focusEntityId: 'opec', analysis: { ...ANALYSIS, entities: unsure } }));
    expect($('.gl-type-uncertain')!.textContent).toBe('Gloss is not sure of this type.');
  });

  it('clicking a mention reveals it; previous and next step through mentions, wrapping', async () => {
    const { $, $$, click, actions } = await mount(makeState({ focusEntityId: 'nicolas-maduro' }));
    const maduro = ENTITIES.find((e) => e.id === 'nicolas-maduro')!;
    const span = (i: number) => ({ start: maduro.mentions[i]!.start, end: maduro.mentions[i]!.end });
    await click($$('.gl-mention')[1]!);
    expect(actions.calls.at(-1)).toEqual(['reveal', span(1)]);
    expect($('.gl-mention-pos')!.textContent).toBe('2 of 2');
    await click($('.gl-next'));
    expect(actions.calls.at(-1)).toEqual(['reveal', span(0)]);
    await click($('.gl-prev'));
    expect(actions.calls.at(-1)).toEqual(['reveal', span(1)]);
    expect($$('.gl-mention')[1]!.getAttribute('aria-current')).toBe('true');
  });

  it('the back button closes the card and returns to the list of its type', async () => {
    const { $, $$, click, update, actions } = await mount(makeState({ focusEntityId: 'opec' }));
    await click($('.gl-back'));
    expect(actions.calls).toEqual([['focusEntity', null]]);
    await update(makeState());
    expect($$('[role=tab]').find((t) => t.getAttribute('aria-selected') === 'true')!.dataset.view).toBe('organization');
  });

  it('focus goes to the card heading when opened from a row, and back to the row on close', async () => {
    const { $, $$, click, update, root } = await mount();
    await click($$('[role=tab]')[1]!);
    const row = $$('.gl-entity')[1]!;
    row.focus();
    await click(row);
    await update(makeState({ focusEntityId: 'nicolas-maduro' }));
    expect(root.activeElement).toBe($('#gl-card-title'));
    await update(makeState());
    expect(root.activeElement?.getAttribute('data-entity-id')).toBe('nicolas-maduro');
  });

  it('a card opened from the page does not steal focus from the page', async () => {
    const input = document.createElement('input');
    document.body.prepend(input);
    input.focus();
    const { update } = await mount();
    await update(makeState({ focusEntityId: 'nicolas-maduro' }));
    expect(document.activeElement).toBe(input);
  });
});

describe('toolbar actions', () => {
  it('Copy as Markdown copies the briefing and says so', async () => {
    const { $, click, actions } = await mount();
    await click($('.gl-copy'));
    await Promise.resolve();
    expect(actions.calls).toEqual([['copyText', briefingMarkdown(ARTICLE, ANALYSIS)]]);
    expect($('.gl-status')!.textContent).toBe('Briefing copied to the clipboard as Markdown.');
  });

  it('reports a failed copy', async () => {
    const m = await mount();
    m.actions.copyText = () => Promise.reject(new Error('Clipboard blocked by the page'));
    await m.click(m.$('.gl-copy'));
    await new Promise((r) => setTimeout(r, 0));
    expect(m.$('.gl-status')!.textContent).toBe('Could not copy: Clipboard blocked by the page');
  });

  it('the highlights switch reports its state and toggles', async () => {
    const { $, click, update, actions } = await mount();
    const sw = $('[role=switch]')!;
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await click(sw);
    expect(actions.calls).toEqual([['setHighlights', false]]);
    await update(makeState({ highlightsOn: false }));
    expect(sw.getAttribute('aria-checked')).toBe('false');
    // Announced, also when the change came from the shortcut.
    expect($('.gl-status')!.textContent).toBe('Highlights hidden in the page.');
  });
});

describe('analysis notices', () => {
  it('says plainly that a non-English article is not analysed', async () => {
    const { $, $$ } = await mount(
      makeState({ analysis: { entities: [], quotes: [], unsupported: { reason: 'The article is in Spanish (es)' } } }),
    );
    expect($('.gl-unsupported')!.textContent).toContain('Gloss cannot analyse this article.');
    // Said once: the analysis's own reason ("…; Gloss reads English articles.") is not repeated.
    expect($('.gl-unsupported')!.textContent!.match(/English/g)).toHaveLength(1);
    expect($$('[role=tab]')).toHaveLength(0);
    expect($('.gl-counts')).toBeNull();
  });

  it('says that a huge page was only partly analysed', async () => {
    const { $, $$ } = await mount(
      makeState({ analysis: { ...ANALYSIS, truncated: { analysedChars: 200000, totalChars: 800000 } } }),
    );
    expect($('.gl-truncated')!.textContent).toContain('Only part of this page was analysed.');
    expect($('.gl-truncated')!.textContent).toContain('first 25%');
    expect($('.gl-truncated')!.textContent).toContain('(200,000 of 800,000 characters)');
    expect($$('.gl-quote-item')).toHaveLength(4);
  });

  it('groups digits as English writes them, without Intl (a first number format is a long task)', () => {
    for (const n of [0, 7, 999, 1000, 12345, 123456, 1234567, -98765, 3.9, 1e21, NaN])
      expect(groupDigits(n)).toBe(
        Number.isFinite(n) && Math.abs(n) < 1e21 ? Math.trunc(n).toLocaleString('en') : String(n),
      );
  });
});

describe('the publication time', () => {
  it('shows the time as the background formatted it, without formatting it again', async () => {
    const published = { datetime: '2025-12-02T14:05:00.000Z', text: 'FORMATTED BY THE BACKGROUND', full: 'in full' };
    const v = await mount(makeState({ article: { ...ARTICLE, published } }));
    const time = v.$('.gl-time')!;
    expect(time.textContent).toBe('FORMATTED BY THE BACKGROUND');
    expect(time.getAttribute('title')).toBe('in full');
    expect(time.getAttribute('datetime')).toBe('2025-12-02T14:05:00.000Z');
  });

  it('formats it here when the article came without it, and shows none when the background found none', async () => {
    const a = await mount(makeState({ article: ARTICLE }));
    expect(a.$('.gl-time')!.getAttribute('datetime')).toBe('2025-12-02T14:05:00.000Z');
    a.cleanup();
    document.body.textContent = '';
    const b = await mount(makeState({ article: { ...ARTICLE, published: null } }));
    expect(b.$('.gl-time')).toBeNull();
  });
});
