/**
 * The settings form, free of browser APIs: it shows `settings` and hands every change to
 * `save` (options.tsx wires that to storage.sync; open tabs follow storage changes, so nothing
 * needs a reload). Checkboxes, radios and the width save at once; the site list saves with its
 * button, after it is checked.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, MAX_WIDTH, MIN_WIDTH, clampWidth, type Settings } from '../../core/settings';
import { hostOf, matchingPattern, parsePatterns, siteListTooLarge } from './site-patterns';

export interface OptionsFormProps {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<Settings>;
  /** Name sent with Wikipedia requests, shown verbatim ("Gloss/0.1.0"). */
  userAgent: string;
  /** Set while a save waits to be retried (the browser refused a write for now). */
  saveWaiting?: string | null;
  /** Firefox only: its data-collection grant for names from pages, asked for when lookups go on. */
  dataCollection?: { granted: boolean; request(): Promise<boolean> };
}

export function OptionsForm({ settings, save, userAgent, saveWaiting = null, dataCollection }: OptionsFormProps) {
  const [sites, setSites] = useState(settings.neverRunOn.join('\n'));
  const [sitesDirty, setSitesDirty] = useState(false);
  const [width, setWidth] = useState(settings.width);
  const [probe, setProbe] = useState('');
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);

  // Changes from elsewhere (the sidebar's resize, another device) show up here too.
  useEffect(() => setWidth(settings.width), [settings.width]);
  useEffect(() => {
    if (!sitesDirty) setSites(settings.neverRunOn.join('\n'));
  }, [settings.neverRunOn.join('\n')]);

  const apply = async (patch: Partial<Settings>, what: string) => {
    setStatus(`Saving: ${what}…`);
    setFailed(false);
    try {
      await save(patch);
      setStatus(`Saved: ${what}. Open tabs use it now.`);
      return true;
    } catch (e) {
      setStatus(`Could not save ${what}: ${e instanceof Error ? e.message : String(e)}`);
      setFailed(true);
      return false;
    }
  };

  const setWikipedia = (box: HTMLInputElement) => {
    const patch = { wikipedia: box.checked, wikipediaNoticeSeen: true };
    if (!box.checked || !dataCollection || dataCollection.granted) return void apply(patch, 'Wikipedia lookups');
    // Asked before any await: Firefox grants only from the reader's own click.
    void dataCollection.request().then((ok) => {
      if (ok) return apply(patch, 'Wikipedia lookups');
      box.checked = false;
      setStatus('Firefox did not allow Gloss to send names, so lookups stay off. Nothing was sent.');
    });
  };

  const parsed = parsePatterns(sites);
  const tooLarge = siteListTooLarge(settings, parsed.patterns);
  const probeHost = hostOf(probe);
  const probeMatch = probeHost ? matchingPattern(probeHost, parsed.patterns) : null;

  return (
    <>
      <h1>Gloss settings</h1>

      <section aria-labelledby="h-when">
        <h2 id="h-when">When Gloss opens</h2>
        <label class="row">
          <input
            type="checkbox"
            name="autoOpen"
            checked={settings.autoOpen}
            onChange={(e) => apply({ autoOpen: e.currentTarget.checked }, 'automatic opening')}
          />
          <span>
            Open the sidebar by itself on articles
            <small>
              When this is off, the toolbar button shows a badge on pages that hold an article; click it (or press the
              shortcut) to open Gloss.
            </small>
          </span>
        </label>
        <label class="row">
          <input
            type="checkbox"
            name="highlights"
            checked={settings.highlights}
            onChange={(e) => apply({ highlights: e.currentTarget.checked }, 'highlights')}
          />
          <span>
            Highlight names and quotes in the page when the sidebar opens
            <small>You can still turn highlights on and off from the sidebar or with their shortcut.</small>
          </span>
        </label>
      </section>

      <section aria-labelledby="h-wiki">
        <h2 id="h-wiki">Background from Wikipedia</h2>
        <label class="row">
          <input
            type="checkbox"
            name="wikipedia"
            checked={settings.wikipedia && (dataCollection?.granted ?? true)}
            onChange={(e) => setWikipedia(e.currentTarget)}
          />
          <span>
            Always look up names on Wikipedia
            <small>
              Off: each card offers “Look up on Wikipedia”, which sends that one name. On: what is sent, and when: only
              when you open the card of a person, organisation or place, Gloss sends that name (for example “Nicolas
              Maduro”) to en.wikipedia.org to search for it, then the title of the page it picked to fetch its summary.
              Hover previews send nothing. Requests carry the header <code>Api-User-Agent: {userAgent}</code>. Never the
              address of the page you are reading, never the article's text. Answers are kept on this device for a week,
              so a name is asked at most once a week. When this is off, nothing is sent: cards show notes from the
              article and from the data bundled with Gloss.
            </small>
          </span>
        </label>
      </section>

      <section aria-labelledby="h-layout">
        <h2 id="h-layout">Sidebar</h2>
        <fieldset>
          <legend>Side of the window</legend>
          {(['right', 'left'] as const).map((side) => (
            <label class="inline" key={side}>
              <input
                type="radio"
                name="side"
                value={side}
                checked={settings.side === side}
                onChange={() => apply({ side }, 'side')}
              />
              {side === 'right' ? 'Right' : 'Left'}
            </label>
          ))}
        </fieldset>
        <div class="width">
          <label for="width-range">Width</label>
          <input
            id="width-range"
            type="range"
            min={MIN_WIDTH}
            max={MAX_WIDTH}
            step={10}
            value={width}
            aria-valuetext={`${width} pixels`}
            onInput={(e) => setWidth(Number(e.currentTarget.value))}
            onChange={(e) => apply({ width: clampWidth(Number(e.currentTarget.value)) }, 'width')}
          />
          <input
            type="number"
            aria-label="Width in pixels"
            min={MIN_WIDTH}
            max={MAX_WIDTH}
            step={10}
            value={width}
            onChange={(e) => {
              const w = clampWidth(Number(e.currentTarget.value) || DEFAULT_SETTINGS.width);
              setWidth(w);
              void apply({ width: w }, 'width');
            }}
          />
          <span aria-hidden="true">px</span>
        </div>
        <small>You can also drag the sidebar's inner edge, or focus it and use the arrow keys.</small>
      </section>

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">Sites where Gloss never runs</h2>
        <p id="sites-help" class="help">
          One site a line. <code>*</code> stands for any part of a name: <code>*.example.com</code> covers example.com
          and all its subdomains; <code>mail.*</code> covers every site whose name starts with “mail.”. Lines starting
          with # are ignored.
        </p>
        <label for="never" class="visually-hidden">
          Sites where Gloss never runs
        </label>
        <textarea
          id="never"
          rows={6}
          value={sites}
          aria-describedby="sites-help sites-problems"
          aria-invalid={parsed.problems.length || tooLarge ? 'true' : undefined}
          spellcheck={false}
          onInput={(e) => {
            setSites(e.currentTarget.value);
            setSitesDirty(true);
          }}
        />
        <ul id="sites-problems" class="problems">
          {parsed.problems.map((p) => (
            <li key={p.line}>
              Line {p.line}, “{p.text}”: {p.why}.
            </li>
          ))}
          {tooLarge ? <li class="too-large">{tooLarge}</li> : null}
        </ul>
        <button
          type="button"
          class="save-sites"
          disabled={parsed.problems.length > 0 || tooLarge !== null || !sitesDirty}
          onClick={async () => {
            // A list that was not saved stays in the editor, to be fixed and saved again.
            if (!(await apply({ neverRunOn: parsed.patterns }, 'sites'))) return;
            setSitesDirty(false);
            setSites(parsed.patterns.join('\n'));
          }}
        >
          Save sites
        </button>
        <div class="probe">
          <label for="probe">Check a site</label>
          <input
            id="probe"
            type="text"
            placeholder="news.example.com"
            value={probe}
            onInput={(e) => setProbe(e.currentTarget.value)}
          />
          <p class="probe-result" aria-live="polite">
            {probe.trim() === ''
              ? ''
              : !probeHost
                ? 'That is not a site address.'
                : probeMatch
                  ? `Gloss never runs on ${probeHost} (it matches “${probeMatch}”).`
                  : `Gloss runs on ${probeHost}.`}
          </p>
        </div>
      </section>

      <section aria-labelledby="h-keys">
        <h2 id="h-keys">Keyboard shortcuts</h2>
        <p class="help">
          Alt+Shift+G opens and closes the sidebar; Alt+Shift+H turns highlights on and off. To change them: in Chrome,
          open chrome://extensions/shortcuts; in Firefox, open about:addons, click the gear icon, then “Manage Extension
          Shortcuts”.
        </p>
      </section>

      <p>
        <button
          type="button"
          class="secondary"
          onClick={() =>
            apply(
              {
                ...DEFAULT_SETTINGS,
                neverRunOn: settings.neverRunOn,
                wikipediaNoticeSeen: settings.wikipediaNoticeSeen,
              },
              'defaults restored',
            )
          }
        >
          Restore defaults (keeps your site list)
        </button>
      </p>
      <p role="status" aria-live="polite" class={failed ? 'status failed' : 'status'}>
        {saveWaiting ?? status}
      </p>
    </>
  );
}
