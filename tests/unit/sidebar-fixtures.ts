/**
 * Test data for the sidebar's component tests: a short article modelled on the example page
 * (tests/fixtures/pages/us-venezuela.*), with offsets computed from the text so they are real.
 */
import type { Analysis, Entity, EntityType, Quote } from '../../src/core/analysis/contract';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { ArticleInfo, SidebarActions, SidebarState } from '../../src/ui/sidebar/types';

export const TEXT = [
  'Trump says US could soon strike targets inside Venezuela',
  'Tensions between the United States and Venezuela rose on Tuesday as President Donald Trump said strikes could begin on land. Venezuelan President Nicolas Maduro called the threats illegal.',
  '"We\'re going to start doing those strikes on land too," Trump said at the White House. "I didn\'t know about the second strike," he added.',
  'Maduro told supporters in Caracas that Venezuela "will never be a colony". War Secretary Pete Hegseth said the operations were lawful.',
  '"This is a dangerous escalation," an official said, without giving a name. Delcy Rodriguez and Jorge Rodriguez, head of Venezuela\'s legislature, met OPEC delegates.',
].join('\n\n');

function spansOf(text: string, needle: string, from = 0): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let i = text.indexOf(needle, from);
  while (i !== -1) {
    out.push({ start: i, end: i + needle.length, text: needle });
    i = text.indexOf(needle, i + needle.length);
  }
  return out;
}

function entity(
  id: string,
  name: string,
  type: EntityType,
  role: string | null,
  forms: string[],
  aliases: string[] = [],
  notes: Entity['notes'] = [],
): Entity {
  const seen = new Set<number>();
  const mentions = forms
    .flatMap((f) => spansOf(TEXT, f))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((m) => {
      // Keep the longest form at each place ("Donald Trump" over "Trump").
      for (let k = m.start; k < m.end; k++) if (seen.has(k)) return false;
      for (let k = m.start; k < m.end; k++) seen.add(k);
      return true;
    });
  return { id, name, type, role, aliases, mentions, notes };
}

export const ENTITIES: Entity[] = [
  entity(
    'donald-trump',
    'Donald Trump',
    'person',
    'President',
    ['President Donald Trump', 'Trump'],
    ['President Donald Trump', 'Trump'],
    [
      { source: 'article', text: 'President of the United States, according to the article.' },
      {
        source: 'wikipedia',
        text: 'Donald John Trump is an American politician who is the 47th president of the United States.',
        url: 'https://en.wikipedia.org/wiki/Donald_Trump',
      },
    ],
  ),
  entity(
    'nicolas-maduro',
    'Nicolas Maduro',
    'person',
    'Venezuelan President',
    ['Venezuelan President Nicolas Maduro', 'Maduro'],
    ['Venezuelan President Nicolas Maduro', 'Maduro'],
    [{ source: 'bundled', text: 'Nicolás Maduro has led Venezuela since 2013.' }],
  ),
  entity(
    'pete-hegseth',
    'Pete Hegseth',
    'person',
    'War Secretary',
    ['War Secretary Pete Hegseth'],
    ['War Secretary Pete Hegseth'],
  ),
  entity('delcy-rodriguez', 'Delcy Rodriguez', 'person', null, ['Delcy Rodriguez']),
  entity('jorge-rodriguez', 'Jorge Rodriguez', 'person', "head of Venezuela's legislature", ['Jorge Rodriguez']),
  entity('white-house', 'White House', 'organization', null, ['White House']),
  entity('opec', 'OPEC', 'organization', null, ['OPEC']),
  entity('united-states', 'United States', 'place', null, ['United States', 'US'], ['US']),
  entity('venezuela', 'Venezuela', 'place', null, ['Venezuela']),
  entity('caracas', 'Caracas', 'place', null, ['Caracas']),
];

function quote(text: string, speaker: Quote['speaker'], kind: Quote['kind'], cue: string | null): Quote {
  const [span] = spansOf(TEXT, text);
  if (!span) throw new Error(`quote not in text: ${text}`);
  return {
    text: text.replace(/^"|"$/g, ''),
    start: span.start,
    end: span.end,
    spans: [{ start: span.start, end: span.end }],
    kind,
    speaker,
    cue,
  };
}

export const QUOTES: Quote[] = [
  quote(
    '"We\'re going to start doing those strikes on land too,"',
    { entityId: 'donald-trump', name: 'Trump', mention: null },
    'full',
    'said',
  ),
  quote(
    '"I didn\'t know about the second strike,"',
    { entityId: 'donald-trump', name: 'Trump', mention: null },
    'full',
    'added',
  ),
  quote('"will never be a colony"', { entityId: 'nicolas-maduro', name: 'Maduro', mention: null }, 'partial', 'told'),
  quote('"This is a dangerous escalation,"', null, 'full', 'said'),
];

export const ANALYSIS: Analysis = { entities: ENTITIES, quotes: QUOTES };

export const ARTICLE: ArticleInfo = {
  title: 'Trump says US could soon strike targets inside Venezuela',
  byline: 'Jane Reporter',
  siteName: 'Example News',
  lang: 'en',
  publishedTime: '2025-12-02T14:05:00Z',
  text: TEXT,
  excerpt: null,
  readingMinutes: 4,
  wordCount: 820,
};

export function makeState(patch: Partial<SidebarState> = {}): SidebarState {
  return {
    phase: 'ready',
    message: null,
    article: ARTICLE,
    analysis: ANALYSIS,
    settings: { ...DEFAULT_SETTINGS, neverRunOn: [] },
    highlightsOn: true,
    focusEntityId: null,
    selectedQuote: null,
    shortcuts: { toggleSidebar: 'Alt+Shift+G', toggleHighlights: 'Alt+Shift+H' },
    ...patch,
  };
}

export type Call = [keyof SidebarActions, ...unknown[]];

/** Actions that record every call, in order. */
export function recordingActions(): SidebarActions & { calls: Call[] } {
  const calls: Call[] = [];
  const rec =
    (name: keyof SidebarActions) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  return {
    calls,
    close: rec('close'),
    resize: rec('resize'),
    reveal: rec('reveal'),
    setHighlights: rec('setHighlights'),
    focusEntity: rec('focusEntity'),
    selectQuote: rec('selectQuote'),
    copyText: async (text: string) => {
      calls.push(['copyText', text]);
    },
    openShortcutSettings: rec('openShortcutSettings'),
    openOptions: rec('openOptions'),
    updateSettings: rec('updateSettings'),
    setHiddenKinds: rec('setHiddenKinds'),
    readAnyway: rec('readAnyway'),
    readSelection: rec('readSelection'),
  };
}

export { largeAnalysis } from './sidebar-large-fixture';

/** Mounts the sidebar in a shadow root of the current (jsdom) document. */
export async function mountForTest(state: SidebarState = makeState()) {
  const { mountSidebar } = await import('../../src/ui/sidebar/index');
  const { act } = await import('preact/test-utils');
  const host = document.createElement('gloss-root');
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  const actions = recordingActions();
  let sidebar!: ReturnType<typeof mountSidebar>;
  await act(() => {
    sidebar = mountSidebar(root, state, actions);
  });
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const $$ = <T extends Element = HTMLElement>(sel: string) => [...root.querySelectorAll<T>(sel)];
  return {
    host,
    root,
    actions,
    sidebar,
    $,
    $$,
    update: (s: SidebarState) => act(() => sidebar.update(s)),
    click: (el: Element | null) =>
      act(() => {
        if (!el) throw new Error('nothing to click');
        (el as HTMLElement).click();
      }),
    key: (el: Element | null, key: string, init: KeyboardEventInit = {}) =>
      act(() => {
        if (!el) throw new Error('no element for key');
        el.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init }),
        );
      }),
    type: (el: HTMLInputElement | null, value: string) =>
      act(() => {
        if (!el) throw new Error('no input');
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    cleanup: () => {
      sidebar.unmount();
      host.remove();
    },
  };
}

/** Runs axe-core over the document (open shadow roots included); returns the violations. */
export async function axeViolations(): Promise<Array<{ id: string; help: string; nodes: string[] }>> {
  const axe = (await import('axe-core')).default;
  const res = await axe.run(document, {
    // jsdom has no layout or painted colours: contrast is checked by sidebar-contrast.test.ts.
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return res.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
