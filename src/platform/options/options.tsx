/**
 * The settings page entry: loads settings from storage.sync, renders the form, saves each
 * change. Open tabs pick changes up through storage.onChanged (the content script watches it),
 * so nothing needs a reload; this page also follows changes made elsewhere.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { loadSettings, saveSettings, watchSaveStatus, watchSettings } from '../storage/settings-store';
import { dataCollectionGranted, requestDataCollection } from '../wikipedia/data-collection';
import { OptionsForm } from '../../ui/options/OptionsForm';
import { OPTIONS_CSS } from '../../ui/options/options-css';
import { CorrectionsSection } from '../../ui/options/CorrectionsSection';
import { correctionsStore, watchCorrections } from '../storage/corrections-store';
import type { Correction } from '../../core/corrections';

declare const __GLOSS_VERSION__: string | undefined;
const VERSION = typeof __GLOSS_VERSION__ === 'string' ? __GLOSS_VERSION__ : '0.1.0';

function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveWaiting, setSaveWaiting] = useState<string | null>(null);
  // Firefox's data-collection grant; null in browsers without one.
  const [grant, setGrant] = useState<boolean | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  useEffect(() => {
    void correctionsStore.load().then(setCorrections);
    return watchCorrections(setCorrections);
  }, []);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void dataCollectionGranted().then(setGrant);
    const stopSaves = watchSaveStatus((s) => setSaveWaiting(s.state === 'retrying' ? s.message : null));
    const stopSettings = watchSettings(setSettings);
    return () => {
      stopSaves();
      stopSettings();
    };
  }, []);
  if (!settings) return <p role="status">Loading settings…</p>;
  const save = async (patch: Partial<Settings>) => {
    const next = await saveSettings(patch);
    setSettings(next);
    return next;
  };
  const dataCollection =
    grant === null
      ? undefined
      : {
          granted: grant,
          request: () =>
            requestDataCollection().then((ok) => {
              setGrant(ok);
              return ok;
            }),
        };
  return (
    <>
      <OptionsForm
        settings={settings}
        save={save}
        userAgent={`Gloss/${VERSION}`}
        saveWaiting={saveWaiting}
        dataCollection={dataCollection}
      />
      <CorrectionsSection corrections={corrections} clear={() => correctionsStore.clear()} />
    </>
  );
}

const style = document.createElement('style');
style.textContent = OPTIONS_CSS;
document.head.appendChild(style);
render(<OptionsPage />, document.getElementById('options-root')!);
