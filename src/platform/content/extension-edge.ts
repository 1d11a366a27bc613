/** The content script's edge in the extension: runtime messages, extension storage, extension URLs. */
import { correctionsStore, watchCorrections } from '../storage/corrections-store';
import { loadSettings, saveSettings, watchSettings } from '../storage/settings-store';
import type { ContentEdge } from './edge';
import { runtimeAlive, runtimeMessenger } from './messaging';
import { loadExtraction, loadPageAnalyzer } from './page-modules';

export const extensionEdge: ContentEdge = {
  messages: runtimeMessenger,
  settings: { load: loadSettings, save: saveSettings, watch: watchSettings },
  corrections: {
    load: () => correctionsStore.load(),
    keep: (c) => correctionsStore.keep(c),
    remove: (id) => correctionsStore.remove(id),
    watch: watchCorrections,
  },
  runtimeAlive,
  loadExtraction,
  loadAnalyzer: loadPageAnalyzer,
};
