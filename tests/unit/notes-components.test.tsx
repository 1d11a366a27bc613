// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Entity } from '../../src/core/analysis/contract';
import { EntityNotes, WikipediaConsent, type LookupWikipedia } from '../../src/ui/sidebar/notes';
import type { WikipediaResult } from '../../src/core/notes/wikipedia/summary';
import { parseWikipediaRequest, type WikipediaLookupRequest } from '../../src/protocol/wikipedia';

const jorge: Entity = {
  id: 'e7',
  name: 'Jorge Rodriguez',
  type: 'person',
  aliases: [],
  role: 'head of Venezuela\u2019s legislature',
  mentions: [{ start: 0, end: 15, text: 'Jorge Rodriguez' }],
  notes: [
    { source: 'bundled', text: 'A bundled line.' },
    { source: 'article', text: 'Role in the article: head of Venezuela\u2019s legislature' },
    { source: 'article', text: 'Mentioned once in the article.' },
  ],
};
const venezuela: Entity = {
  id: 'e1',
  name: 'Venezuela',
  type: 'place',
  aliases: [],
  role: null,
  mentions: [{ start: 40, end: 49, text: 'Venezuela' }],
  notes: [],
};

const FOUND: WikipediaResult = {
  status: 'found',
  summary: {
    title: 'Jorge Rodríguez (Venezuelan politician)',
    description: 'Venezuelan politician and psychiatrist',
    extract: 'Jorge Rodríguez is a <b>Venezuelan</b> politician.',
    thumbnail: { url: 'https://upload.wikimedia.org/jr.jpg', width: 200, height: 260 },
    pageUrl: 'https://en.wikipedia.org/wiki/Jorge_Rodr%C3%ADguez_(Venezuelan_politician)',
  },
  alternatives: [{ title: 'Jorge Rodríguez (Uruguayan footballer)', description: 'Uruguayan footballer' }],
  chosen: false,
  cached: null,
};

const ON = { wikipedia: true, wikipediaNoticeSeen: true };

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** A lookup whose answers the test gives by hand. */
function manualLookup() {
  const calls: Array<{ req: WikipediaLookupRequest; signal: AbortSignal; resolve(r: WikipediaResult): void }> = [];
  const fn: LookupWikipedia = (req, signal) => new Promise((resolve) => calls.push({ req, signal, resolve }));
  return { fn: vi.fn(fn), calls };
}

const text = () => root.textContent ?? '';
const flush = () => act(async () => {});

describe('EntityNotes', () => {
  it('groups notes article -> bundled -> Wikipedia, each labelled with its source', async () => {
    const { fn } = manualLookup();
    await act(() => render(<EntityNotes entity={jorge} settings={ON} lookupWikipedia={fn} />, root));
    const labels = [...root.querySelectorAll('.gl-notes-label')].map((n) => n.textContent);
    expect(labels).toEqual(['From the article', 'From Gloss’s reference data (offline)', 'From Wikipedia']);
    const items = [...root.querySelectorAll('.gl-notes-item')].map((n) => n.textContent);
    expect(items).toEqual([
      'Role in the article: head of Venezuela\u2019s legislature',
      'Mentioned once in the article.',
      'A bundled line.',
    ]);
  });

  it('with the setting off asks first and makes no request; with no lookup function says lookups are off', async () => {
    const { fn } = manualLookup();
    await act(() =>
      render(
        <EntityNotes entity={jorge} settings={{ wikipedia: false, wikipediaNoticeSeen: false }} lookupWikipedia={fn} />,
        root,
      ),
    );
    expect(fn).not.toHaveBeenCalled();
    expect(root.querySelector('.gl-notes-lookup')?.textContent).toBe('Look up on Wikipedia');
    expect(text()).toContain('Sends only this name, “Jorge Rodriguez”, to Wikipedia.');
    await act(() => render(<EntityNotes entity={jorge} settings={ON} lookupWikipedia={null} />, root));
    expect(fn).not.toHaveBeenCalled();
    expect(text()).toContain('Wikipedia lookups are off');
  });

  it('shows loading, then the summary: description, plain-text extract, thumbnail, link and CC BY-SA attribution', async () => {
    const { fn, calls } = manualLookup();
    await act(() =>
      render(
        <EntityNotes
          entity={jorge}
          settings={ON}
          lookupWikipedia={fn}
          article={{ text: 'Jorge Rodriguez said so in Venezuela.', entities: [jorge, venezuela] }}
        />,
        root,
      ),
    );
    expect(root.querySelector('.gl-notes-wiki-loading')?.textContent).toContain(
      'Looking up “Jorge Rodriguez” on Wikipedia',
    );
    expect(root.querySelector('.gl-notes-wiki')?.getAttribute('aria-busy')).toBe('true');
    expect(calls).toHaveLength(1);
    // The message is well-formed and carries the ranking context for the background.
    expect(parseWikipediaRequest(calls[0]!.req)).toEqual(calls[0]!.req);
    expect(calls[0]!.req).toMatchObject({
      name: 'Jorge Rodriguez',
      entityType: 'person',
      context: { role: 'head of Venezuela\u2019s legislature', otherNames: ['Venezuela'] },
    });
    await act(async () => calls[0]!.resolve(FOUND));
    expect(root.querySelector('.gl-notes-wiki-title')?.textContent).toBe('Jorge Rodríguez (Venezuelan politician)');
    expect(root.querySelector('.gl-notes-wiki-desc')?.textContent).toBe('Venezuelan politician and psychiatrist');
    const extract = root.querySelector('.gl-notes-wiki-extract')!;
    expect(extract.textContent).toBe('Jorge Rodríguez is a <b>Venezuelan</b> politician.');
    expect(extract.querySelector('b')).toBeNull();
    const img = root.querySelector('img.gl-notes-thumb')!;
    expect(img.getAttribute('src')).toBe('https://upload.wikimedia.org/jr.jpg');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img.getAttribute('alt')).toBe('');
    const link = root.querySelector<HTMLAnchorElement>('.gl-notes-wiki-links a')!;
    expect(link.href).toBe(FOUND.status === 'found' ? FOUND.summary.pageUrl : '');
    expect(link.rel).toBe('noopener noreferrer');
    expect(root.querySelector('.gl-notes-attribution')?.textContent).toBe(
      'Text from Wikipedia, available under CC BY-SA 4.0.',
    );
    expect(root.querySelector<HTMLAnchorElement>('.gl-notes-attribution a')!.href).toBe(
      'https://creativecommons.org/licenses/by-sa/4.0/',
    );
    expect(text()).toContain('Not this person?');
  });

  it('"Which one?" lists the choices; picking one remembers it and shows that page', async () => {
    const { fn, calls } = manualLookup();
    const remember = vi.fn();
    await act(() =>
      render(<EntityNotes entity={jorge} settings={ON} lookupWikipedia={fn} onRememberChoice={remember} />, root),
    );
    await act(async () =>
      calls[0]!.resolve({
        status: 'ambiguous',
        choices: [
          { title: 'Jorge Rodríguez (Venezuelan politician)', description: 'Venezuelan politician' },
          { title: 'Jorge Rodríguez (Uruguayan footballer)', description: null },
        ],
      }),
    );
    expect(root.querySelector('.gl-notes-wiki-question')?.textContent).toBe('Which one?');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.gl-notes-choice')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Jorge Rodríguez (Venezuelan politician)Venezuelan politician',
      'Jorge Rodríguez (Uruguayan footballer)',
    ]);
    await act(() => buttons[1]!.click());
    expect(remember).toHaveBeenCalledWith('Jorge Rodriguez', 'person', 'Jorge Rodríguez (Uruguayan footballer)');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.req.title).toBe('Jorge Rodríguez (Uruguayan footballer)');
    await act(async () => calls[1]!.resolve({ ...FOUND, chosen: true, alternatives: [] } as WikipediaResult));
    expect(text()).toContain('You chose this page for this name.');
    await act(() => root.querySelector<HTMLButtonElement>('.gl-notes-wiki-found .gl-link-button')!.click());
    expect(remember).toHaveBeenLastCalledWith('Jorge Rodriguez', 'person', null);
    expect(calls[2]!.req.reconsider).toBe(true);
  });

  it('has designed not-found, error and offline states; retry asks again, and so does coming back online', async () => {
    const { fn, calls } = manualLookup();
    await act(() => render(<EntityNotes entity={jorge} settings={ON} lookupWikipedia={fn} />, root));
    await act(async () => calls[0]!.resolve({ status: 'not-found' }));
    expect(root.querySelector('.gl-notes-wiki-empty')?.textContent).toBe(
      'Wikipedia has no page that matches “Jorge Rodriguez” as a person.',
    );

    render(null, root);
    await act(() => render(<EntityNotes entity={jorge} settings={ON} lookupWikipedia={fn} />, root));
    await act(async () =>
      calls[1]!.resolve({ status: 'error', reason: 'timeout', message: 'Wikipedia did not answer within 5 seconds.' }),
    );
    expect(root.querySelector('.gl-notes-wiki-error')?.getAttribute('role')).toBe('alert');
    expect(text()).toContain('Wikipedia lookup failed: Wikipedia did not answer within 5 seconds.');
    await act(() => root.querySelector<HTMLButtonElement>('.gl-notes-wiki-error button')!.click());
    expect(calls).toHaveLength(3);
    await act(async () => calls[2]!.resolve({ status: 'offline' }));
    expect(text()).toContain('You seem to be offline.');
    await act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(calls).toHaveLength(4);
    await act(async () => calls[3]!.resolve(FOUND));
    expect(root.querySelector('.gl-notes-wiki-title')).not.toBeNull();
  });

  it('says when an answer came from a cache older than a week', async () => {
    const { fn, calls } = manualLookup();
    await act(() => render(<EntityNotes entity={jorge} settings={ON} lookupWikipedia={fn} />, root));
    await act(async () =>
      calls[0]!.resolve({ ...FOUND, cached: { savedAt: Date.now() - 9 * 86_400_000, stale: true } } as WikipediaResult),
    );
    expect(text()).toContain('Saved 9 days ago; Gloss is checking for a newer version.');
  });

  it('drops the answer for a card the reader has left, and aborts its request', async () => {
    const { fn, calls } = manualLookup();
    await act(() => render(<EntityNotes entity={jorge} settings={ON} lookupWikipedia={fn} />, root));
    await act(() => render(<EntityNotes entity={venezuela} settings={ON} lookupWikipedia={fn} />, root));
    expect(calls).toHaveLength(2);
    expect(calls[0]!.signal.aborted).toBe(true);
    await act(async () => calls[0]!.resolve(FOUND));
    expect(root.querySelector('.gl-notes-wiki-title')).toBeNull();
    expect(text()).toContain('Looking up “Venezuela” on Wikipedia');
    await act(async () => calls[1]!.resolve({ status: 'not-found' }));
    expect(text()).toContain('matches “Venezuela” as a place');
  });

  it('a new lookup function on every render makes no new request', async () => {
    const { fn, calls } = manualLookup();
    await act(() => render(<EntityNotes entity={jorge} settings={ON} lookupWikipedia={(r, s) => fn(r, s)} />, root));
    await act(() => render(<EntityNotes entity={jorge} settings={ON} lookupWikipedia={(r, s) => fn(r, s)} />, root));
    await flush();
    expect(calls).toHaveLength(1);
  });

  it("asks before looking up; clicks that are not the reader's (untrusted) send nothing and save nothing", async () => {
    const { fn } = manualLookup();
    const always = vi.fn();
    await act(() =>
      render(
        <EntityNotes
          entity={jorge}
          settings={{ wikipedia: false, wikipediaNoticeSeen: false }}
          lookupWikipedia={fn}
          onAlwaysLookUp={always}
        />,
        root,
      ),
    );
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.gl-notes-consent button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Look up on Wikipedia', 'Always look up names']);
    // jsdom's click() is untrusted, as a page script's would be.
    for (const b of buttons) await act(() => b.click());
    await flush();
    expect(fn).not.toHaveBeenCalled();
    expect(always).not.toHaveBeenCalled();
    expect(root.querySelector('.gl-notes-consent')).not.toBeNull();
  });

  it('once lookups are on for good, looks up when the card opens, without the consent flag', async () => {
    const { fn, calls } = manualLookup();
    await act(() => render(<EntityNotes entity={jorge} settings={ON} lookupWikipedia={fn} />, root));
    await flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.req.consented).toBeUndefined();
    expect(root.querySelector('.gl-notes-consent')).toBeNull();
  });

  it('asks instead when the background refuses a lookup it was not asked for', async () => {
    const { fn, calls } = manualLookup();
    await act(() => render(<EntityNotes entity={jorge} settings={ON} lookupWikipedia={fn} />, root));
    await flush();
    await act(() => calls[0]!.resolve({ status: 'disabled' }));
    await flush();
    expect(root.querySelector('.gl-notes-lookup')?.textContent).toBe('Look up on Wikipedia');
    expect(calls).toHaveLength(1);
  });
});

describe('WikipediaConsent', () => {
  it('renders on its own; "Always look up names" only when offered', async () => {
    await act(() => render(<WikipediaConsent name="Venezuela" onLookUp={vi.fn()} />, root));
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Look up on Wikipedia']);
    expect(text()).toContain('Sends only this name, “Venezuela”, to Wikipedia.');
  });
});
