// @vitest-environment jsdom
/**
 * The sidebar's side of the reader's corrections and of the briefing line: the card's tools ask
 * for the right correction, the reader's corrections are marked in the card with "Undo", hidden
 * names are listed with "Show again", the briefing line heads the lists; axe finds nothing.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyCorrections, type Correction } from '../../src/core/corrections';
import { ANALYSIS, axeViolations, makeState, mountForTest } from './sidebar-fixtures';
import type { SidebarState } from '../../src/ui/sidebar/types';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  document.body.textContent = '';
});
beforeAll(async () => {
  // axe's first run compiles its rules: done once here.
  const m = await mountForTest(makeState());
  await axeViolations();
  m.cleanup();
}, 60_000);

const SITE = 'news.example';
const made: Correction[] = [
  { id: 'k1', kind: 'type', name: 'White House', site: null, at: 1, type: 'place' },
  { id: 'k2', kind: 'hide', name: 'OPEC', site: SITE, at: 2 },
  { id: 'k3', kind: 'merge', name: 'Jorge Rodriguez', into: 'Delcy Rodriguez', site: null, at: 3 },
];

async function mount(patch: Partial<SidebarState> = {}) {
  document.documentElement.lang = 'en';
  document.title = 'Test page';
  const m = await mountForTest(makeState({ corrections: { site: SITE }, ...patch }));
  cleanup = m.cleanup;
  // The card's tools report through these two actions.
  const actions = m.actions as typeof m.actions & { correct(r: unknown): void; undoCorrection(id: string): void };
  actions.correct = (r) => m.actions.calls.push(['correct' as never, r]);
  actions.undoCorrection = (id) => m.actions.calls.push(['undoCorrection' as never, id]);
  await m.update(makeState({ corrections: { site: SITE }, ...patch }));
  return m;
}

describe('correcting Gloss on a card', () => {
  it('asks for a type, a merge, a split and a hide, for every site or this one', async () => {
    const m = await mount({ focusEntityId: 'donald-trump' });
    const details = m.$<HTMLDetailsElement>('.gl-correct')!;
    expect(details.querySelector('summary')?.textContent).toBe('Correct Gloss');
    await m.click(m.$('.gl-correct-type button[data-type="organization"]'));
    const same = m.$<HTMLSelectElement>('.gl-correct-same')!;
    const maduro = [...same.options].find((o) => o.textContent === 'Nicolas Maduro')!;
    await m.click(m.$('.gl-merge')); // nothing chosen yet: disabled
    same.value = maduro.value;
    same.dispatchEvent(new Event('change', { bubbles: true }));
    await m.update(makeState({ corrections: { site: SITE }, focusEntityId: 'donald-trump' }));
    await m.click(m.$('.gl-merge'));
    const split = m.$<HTMLSelectElement>('.gl-correct-split')!;
    expect([...split.options].map((o) => o.value)).toContain('Trump');
    split.value = 'Trump';
    split.dispatchEvent(new Event('change', { bubbles: true }));
    await m.click(m.$('.gl-correct-only-site'));
    await m.click(m.$('.gl-split'));
    await m.click(m.$('.gl-hide'));
    expect(m.actions.calls.filter((c) => c[0] === ('correct' as never)).map((c) => c[1])).toEqual([
      { name: 'Donald Trump', site: null, kind: 'type', type: 'organization' },
      { name: 'Donald Trump', site: null, kind: 'merge', into: 'Nicolas Maduro' },
      { name: 'Donald Trump', site: SITE, kind: 'split', alias: 'Trump' },
      { name: 'Donald Trump', site: SITE, kind: 'hide' },
    ]);
    expect(m.$('.gl-mine')).toBeNull();
  });

  it("marks the reader's corrections in the card, each with Undo", async () => {
    const analysis = applyCorrections(ANALYSIS, made, SITE);
    const m = await mount({ analysis, focusEntityId: 'delcy-rodriguez' });
    expect(m.$('.gl-mine-badge')?.textContent).toBe('Corrected by you');
    expect(m.$('.gl-mine-list')?.textContent).toContain('“Jorge Rodriguez” merged in as the same');
    await m.click(m.$('.gl-undo'));
    expect(m.actions.calls).toContainEqual(['undoCorrection', 'k3']);
    expect(m.$('.gl-status')?.textContent).toBe('Correction undone.');
    await m.update(makeState({ corrections: { site: SITE }, analysis, focusEntityId: 'white-house' }));
    expect(m.$('.gl-mine-list')?.textContent).toContain('Type set to place; Gloss read organisation');
    expect(m.$('.gl-badge')?.textContent).toBe('Place');
  });

  it('lists hidden names under the lists, with Show again', async () => {
    const m = await mount({ analysis: applyCorrections(ANALYSIS, made, SITE) });
    await m.click(m.$$('[role=tab]').find((t) => t.dataset.view === 'organization')!);
    expect(m.$$('.gl-entity').map((e) => e.querySelector('.gl-row-name')?.textContent)).not.toContain('OPEC');
    expect(m.$('.gl-hidden-by-reader summary')?.textContent).toBe('Hidden by you (1)');
    expect(m.$('.gl-hidden-list')?.textContent).toContain(`OPEC (on ${SITE})`);
    await m.click(m.$('.gl-unhide'));
    expect(m.actions.calls).toContainEqual(['undoCorrection', 'k2']);
  });

  it('offers no tools where correcting is not wired', async () => {
    const m = await mountForTest(makeState({ focusEntityId: 'donald-trump' }));
    cleanup = m.cleanup;
    expect(m.$('.gl-correct')).toBeNull();
  });
});

describe('the briefing line in the sidebar', () => {
  it('heads the lists, names open cards, the quote shows itself; not on a card', async () => {
    const m = await mount();
    const line = m.$('.gl-briefline')!;
    expect(line.textContent).toContain('About: Donald Trump (President) and Nicolas Maduro (Venezuelan President).');
    expect(line.textContent).toContain(
      "Quoted most: Donald Trump, 2 times; first: “We're going to start doing those strikes on land too”",
    );
    expect(line.textContent).toContain('Where: Venezuela and United States.');
    await m.click(line.querySelector('.gl-brief-name'));
    expect(m.actions.calls).toContainEqual(['focusEntity', 'donald-trump']);
    await m.click(line.querySelector('.gl-brief-quote'));
    expect(m.actions.calls).toContainEqual(['selectQuote', 0]);
    await m.update(makeState({ corrections: { site: SITE }, focusEntityId: 'opec' }));
    expect(m.$('.gl-briefline')).toBeNull();
  });

  it('says so when the article gives too little', async () => {
    const m = await mount({ analysis: { entities: [], quotes: [] } });
    expect(m.$('.gl-briefline')?.textContent).toMatch(/^Too little to sum up/);
  });
});

describe('axe: no violations', { timeout: 20_000 }, () => {
  it("a card with the reader's corrections and the tools open", async () => {
    const m = await mount({ analysis: applyCorrections(ANALYSIS, made, SITE), focusEntityId: 'delcy-rodriguez' });
    m.$<HTMLDetailsElement>('.gl-correct')!.open = true;
    expect(await axeViolations()).toEqual([]);
  });
  it('a list with the briefing line and hidden names', async () => {
    const m = await mount({ analysis: applyCorrections(ANALYSIS, made, SITE) });
    await m.click(m.$$('[role=tab]').find((t) => t.dataset.view === 'organization')!);
    m.$<HTMLDetailsElement>('.gl-hidden-by-reader')!.open = true;
    expect(await axeViolations()).toEqual([]);
  });
});

describe('the settings page\'s "Your corrections"', () => {
  it('lists them, clears them, says so when clearing fails; axe finds nothing', async () => {
    const { render } = await import('preact');
    const { act } = await import('preact/test-utils');
    const { CorrectionsSection } = await import('../../src/ui/options/CorrectionsSection');
    document.documentElement.lang = 'en';
    const main = document.createElement('main');
    document.body.appendChild(main);
    cleanup = () => render(null, main);
    let fail = false;
    let cleared = 0;
    const clear = async () => {
      if (fail)
        throw new Error(
          "Gloss could not clear your corrections: the browser's storage for Gloss on this device is full. Nothing was removed.",
        );
      cleared++;
    };
    await act(() => render(<CorrectionsSection corrections={made} clear={clear} />, main));
    expect([...main.querySelectorAll('.corrections-list li')].map((li) => li.textContent)).toEqual([
      '“White House” is a place',
      `“OPEC” hidden (on ${SITE})`,
      '“Jorge Rodriguez” is the same as “Delcy Rodriguez”',
    ]);
    expect(await axeViolations()).toEqual([]);
    fail = true;
    await act(async () => main.querySelector<HTMLButtonElement>('.clear-corrections')!.click());
    expect(main.querySelector('.corrections-status')?.textContent).toMatch(/Nothing was removed\.$/);
    expect(main.querySelector('.corrections-status.failed')).not.toBeNull();
    fail = false;
    await act(async () => main.querySelector<HTMLButtonElement>('.clear-corrections')!.click());
    expect(cleared).toBe(1);
    expect(main.querySelector('.corrections-status')?.textContent).toMatch(/^Your corrections were cleared/);
    await act(() => render(<CorrectionsSection corrections={[]} clear={clear} />, main));
    expect(main.querySelector('.corrections-none')?.textContent).toBe('You have made no corrections.');
    expect(main.querySelector<HTMLButtonElement>('.clear-corrections')!.disabled).toBe(true);
  });
});
