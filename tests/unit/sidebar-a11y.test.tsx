// @vitest-environment jsdom
/** axe-core over every view and state of the sidebar, inside its shadow root. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSIS, axeViolations, makeState, mountForTest } from './sidebar-fixtures';

let cleanup: (() => void) | null = null;

// Load and warm axe once, on a mounted sidebar (its first run over real content compiles its
// rules and caches), so each check below is quick.
beforeAll(async () => {
  const m = await mountForTest(makeState());
  await axeViolations();
  m.cleanup();
  document.body.textContent = '';
}, 60_000);
afterEach(() => {
  cleanup?.();
  cleanup = null;
  document.body.textContent = '';
});

async function violationsFor(
  state = makeState(),
  act?: (m: Awaited<ReturnType<typeof mountForTest>>) => Promise<void>,
) {
  document.documentElement.lang = 'en';
  document.title = 'Test page';
  const m = await mountForTest(state);
  cleanup = m.cleanup;
  if (act) await act(m);
  return axeViolations();
}

const tab = (view: string) => async (m: Awaited<ReturnType<typeof mountForTest>>) => {
  await m.click(m.$$('[role=tab]').find((t) => t.dataset.view === view)!);
};

// Each check takes well under a second normally; the margin is for a heavily shared machine.
describe('axe: no violations', { timeout: 15_000 }, () => {
  it('quotes in article order', async () => {
    expect(await violationsFor()).toEqual([]);
  });
  it('quotes grouped by speaker', async () => {
    expect(
      await violationsFor(makeState(), async (m) => {
        await m.click(m.$$('.gl-segmented button')[1]!);
      }),
    ).toEqual([]);
  });
  it('a selected quote', async () => {
    expect(await violationsFor(makeState({ selectedQuote: 2 }))).toEqual([]);
  });
  it('people', async () => expect(await violationsFor(makeState(), tab('person'))).toEqual([]));
  it('organisations', async () => expect(await violationsFor(makeState(), tab('organization'))).toEqual([]));
  it('places', async () => expect(await violationsFor(makeState(), tab('place'))).toEqual([]));
  it('filtered to nothing', async () => {
    expect(await violationsFor(makeState(), (m) => m.type(m.$<HTMLInputElement>('.gl-filter'), 'zzzz'))).toEqual([]);
  });
  it('entity card, with a current mention', async () => {
    expect(
      await violationsFor(makeState({ focusEntityId: 'donald-trump' }), async (m) => {
        await m.click(m.$('.gl-next'));
      }),
    ).toEqual([]);
  });
  it('entity card without role, notes or quotes', async () => {
    expect(await violationsFor(makeState({ focusEntityId: 'delcy-rodriguez' }))).toEqual([]);
  });
  it('entity card asking before a Wikipedia lookup', async () => {
    const state = makeState({ focusEntityId: 'nicolas-maduro' });
    expect(
      await violationsFor(state, async (m) => {
        m.actions.lookupWikipedia = () => new Promise(() => {});
        await m.update(makeState({ ...state, focusEntityId: null }));
        await m.update(state);
      }),
    ).toEqual([]);
  });
  it('entity card with lookups on and one under way', async () => {
    const state = makeState({
      focusEntityId: 'nicolas-maduro',
      settings: { ...makeState().settings, wikipedia: true, wikipediaNoticeSeen: true },
    });
    expect(
      await violationsFor(state, async (m) => {
        m.actions.lookupWikipedia = () => new Promise(() => {});
        await m.update(makeState({ ...state, focusEntityId: null }));
        await m.update(state);
      }),
    ).toEqual([]);
  });
  it('loading', async () =>
    expect(await violationsFor(makeState({ phase: 'loading', article: null, analysis: null }))).toEqual([]));
  it('analysis still running', async () => expect(await violationsFor(makeState({ analysis: null }))).toEqual([]));
  it('the colour key open, one kind switched off', async () => {
    expect(
      await violationsFor(makeState(), async (m) => {
        await m.click(m.$('.gl-key-toggle'));
        await m.click(m.$('.gl-key-switch'));
      }),
    ).toEqual([]);
  });
  it('on a dark page', async () => expect(await violationsFor(makeState({ pageTone: 'dark' }))).toEqual([]));
  it('no article, with its offers', async () => {
    const state = makeState({
      phase: 'no-article',
      article: null,
      analysis: null,
      message: 'Select some text in the page first.',
    });
    expect(await violationsFor(state, async (m) => expect(m.$('.gl-read-selection')).not.toBeNull())).toEqual([]);
  });
  it('no article', async () =>
    expect(await violationsFor(makeState({ phase: 'no-article', article: null, analysis: null }))).toEqual([]));
  it('error', async () =>
    expect(await violationsFor(makeState({ phase: 'error', message: 'Boom', article: null, analysis: null }))).toEqual(
      [],
    ));
  it('unsupported language', async () => {
    expect(
      await violationsFor(
        makeState({ analysis: { entities: [], quotes: [], unsupported: { reason: 'Not English' } } }),
      ),
    ).toEqual([]);
  });
  it('truncated analysis', async () => {
    expect(
      await violationsFor(makeState({ analysis: { ...ANALYSIS, truncated: { analysedChars: 10, totalChars: 100 } } })),
    ).toEqual([]);
  });
  it('no shortcuts set', async () => {
    expect(await violationsFor(makeState({ shortcuts: { toggleSidebar: null, toggleHighlights: null } }))).toEqual([]);
  });

  it('the check itself catches a violation (a button without a name)', async () => {
    const m = await mountForTest(makeState());
    cleanup = m.cleanup;
    // Inside the shadow root: proves axe looks there.
    m.$('.gl-close')!.removeAttribute('aria-label');
    m.$('.gl-close')!.removeAttribute('title');
    const v = await axeViolations();
    expect(v.map((x) => x.id)).toContain('button-name');
  });
});
