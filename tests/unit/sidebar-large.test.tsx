// @vitest-environment jsdom
/**
 * Long articles: 300 entities and 200 quotes. Rows render incrementally (PAGE at a time), so
 * the first paint and every keystroke in the filter stay cheap. Timings are printed so a
 * regression is visible; the bounds are generous for a shared 2-core machine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { largeAnalysis, makeState, mountForTest, ARTICLE } from './sidebar-fixtures';
import { PAGE } from '../../src/ui/sidebar/views/incremental';

const { text, analysis } = largeAnalysis(300, 200);
const state = makeState({ article: { ...ARTICLE, text }, analysis });

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  document.body.textContent = '';
});

// Timings are printed, never asserted (shared, noisy machines): the row counts are the checks.
describe('300 entities, 200 quotes', { timeout: 20_000 }, () => {
  it('renders the first page of rows only', async () => {
    // Load the modules first, so the timing is of rendering, not of importing.
    await import('../../src/ui/sidebar/index');
    await import('axe-core');
    const t0 = performance.now();
    const m = await mountForTest(state);
    const ms = performance.now() - t0;
    cleanup = m.cleanup;
    console.log(`mount with 200 quotes: ${ms.toFixed(1)} ms`);
    expect(m.$$('.gl-quote-item')).toHaveLength(PAGE);
    expect(m.$('.gl-more')!.textContent).toBe(`Show ${PAGE} more (${200 - PAGE} not shown)`);
  });

  it('renders more on "Show more" and when scrolled near the end, up to all', async () => {
    const m = await mountForTest(state);
    cleanup = m.cleanup;
    await m.click(m.$('.gl-more'));
    expect(m.$$('.gl-quote-item')).toHaveLength(2 * PAGE);
    // jsdom has no layout: every scroll position counts as "near the end".
    const { act } = await import('preact/test-utils');
    await act(() => {
      m.$('.gl-body')!.dispatchEvent(new Event('scroll'));
    });
    expect(m.$$('.gl-quote-item')).toHaveLength(3 * PAGE);
    await m.click(m.$('.gl-more'));
    expect(m.$$('.gl-quote-item')).toHaveLength(200);
    expect(m.$('.gl-more')).toBeNull();
  });

  it('a quote selected far down the list is rendered and marked', async () => {
    const m = await mountForTest(state);
    cleanup = m.cleanup;
    await m.update(makeState({ article: state.article, analysis, selectedQuote: 150 }));
    const cur = m.$$('.gl-quote[aria-current="true"]');
    expect(cur).toHaveLength(1);
    expect(cur[0]!.textContent).toContain('Quoted words number 150,');
  });

  it('by speaker: headings count all their quotes; rows come in pages; a selected quote is rendered', async () => {
    const m = await mountForTest(state);
    cleanup = m.cleanup;
    await m.click(m.$$('.gl-segmented button')[1]!);
    expect(m.$$('.gl-quote-item')).toHaveLength(PAGE);
    // Quote 196 is unattributed (196 = 7 x 28): its group comes last, beyond the first page.
    await m.update(makeState({ article: state.article, analysis, selectedQuote: 196 }));
    const cur = m.$$('.gl-quote[aria-current="true"]');
    expect(cur).toHaveLength(1);
    expect(cur[0]!.textContent).toContain('Quoted words number 196,');
    const last = m.$$('.gl-group').at(-1)!;
    expect(last.querySelector('h3')!.textContent).toBe('Unattributed, 29 quotes');
    expect(m.$('.gl-more')).toBeNull();
  });

  it('switching tabs and filtering render only what matches', async () => {
    const m = await mountForTest(state);
    cleanup = m.cleanup;
    let t0 = performance.now();
    await m.click(m.$$('[role=tab]')[1]!);
    const tabMs = performance.now() - t0;
    expect(m.$$('.gl-entity')).toHaveLength(PAGE);
    const input = m.$<HTMLInputElement>('.gl-filter')!;
    const times: number[] = [];
    // prettier-ignore
    for (const q of ['N', 'Na', 'Nam', 'Name', 'Name1', 'Name12']) {
      t0 = performance.now();
      await m.type(input, q);
      times.push(performance.now() - t0);
    }
    console.log(
      `people tab: ${tabMs.toFixed(1)} ms; filter keystrokes: ${times.map((t) => t.toFixed(1)).join(', ')} ms`,
    );
    // Name12, Name120..Name129 that are people (every third entity).
    expect(m.$$('.gl-row-name').map((e) => e.textContent)).toEqual(
      ['Name12 Surname12', ...Array.from({ length: 10 }, (_, i) => `Name12${i} Surname12${i}`)].filter(
        (_, i, a) => Number(a[i]!.slice(4).split(' ')[0]) % 3 === 0,
      ),
    );
  });
});
