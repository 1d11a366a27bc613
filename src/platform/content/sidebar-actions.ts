/**
 * What the reader's clicks in the sidebar do. Anything that writes to storage or asks the
 * background runs only for the reader's own input (`byReader`), never for events a page script
 * made up.
 */
import { pageAsArticle, selectionAsArticle } from '../../core/article/read-anyway';
import type { SidebarActions } from '../../ui/sidebar/types';
import type { ContentStore } from './content-state';
import { copyText } from './copy-text';
import type { CorrectionsSync } from './corrections-sync';
import type { ContentMessenger } from './messaging';
import type { PageHighlights } from './highlights';
import type { ArticleReader } from './reader';
import type { SelectionTracker } from './selection';
import type { SettingsSync } from './settings-sync';
import type { SidebarFrame } from './sidebar-frame';
import { createWikipediaContentClient } from '../wikipedia/content-client';

export interface ActionDeps {
  doc: Document;
  store: ContentStore;
  messages: ContentMessenger;
  frame: Pick<SidebarFrame, 'byReader' | 'pushPage'>;
  highlights: Pick<PageHighlights, 'reveal' | 'setVisible' | 'setHiddenKinds'>;
  reader: Pick<ArticleReader, 'readChosen'>;
  selection: Pick<SelectionTracker, 'chosen'>;
  settings: Pick<SettingsSync, 'persist'>;
  corrections: Pick<CorrectionsSync, 'correct' | 'undo'>;
  close(): void;
}

export function createSidebarActions(deps: ActionDeps): SidebarActions {
  const { doc, store, messages, frame, highlights, reader, settings } = deps;
  const byReader = frame.byReader;
  // Lookups go through the background; the card asks the reader first unless they are on for good.
  const wiki = createWikipediaContentClient((m) => messages.send(m));
  return {
    close: () => deps.close(),
    readAnyway() {
      byReader(() => reader.readChosen(() => pageAsArticle(doc), 'This page has no text to read.'));
    },
    readSelection() {
      byReader(() =>
        reader.readChosen(() => {
          const range = deps.selection.chosen();
          return range ? selectionAsArticle(doc, range) : null;
        }, 'Select some text in the page first, then choose “Read the selection”.'),
      );
    },
    resize(width, done) {
      store.show({ settings: { ...store.settings, width } });
      frame.pushPage(width);
      if (done) byReader(() => settings.persist({ width }));
    },
    reveal: (span) => highlights.reveal(span),
    setHighlights(on) {
      highlights.setVisible(on);
      store.show({ highlightsOn: on });
    },
    setHiddenKinds(hiddenKinds) {
      highlights.setHiddenKinds(hiddenKinds);
      store.show({ settings: { ...store.settings, hiddenKinds } });
      byReader(() => settings.persist({ hiddenKinds }));
    },
    focusEntity(id) {
      store.show({ focusEntityId: id });
    },
    selectQuote(index) {
      store.show({ selectedQuote: index });
    },
    copyText: (text) => copyText(text, messages),
    openShortcutSettings() {
      byReader(() => void messages.ask({ type: 'open-shortcut-settings' }).catch(() => {}));
    },
    openOptions() {
      byReader(() => void messages.ask({ type: 'open-options' }).catch(() => {}));
    },
    updateSettings(patch) {
      byReader(() => settings.persist(patch));
    },
    lookupWikipedia: wiki.lookupWikipedia,
    rememberWikipediaChoice: wiki.rememberWikipediaChoice,
    correct(request) {
      byReader(() => deps.corrections.correct(request));
    },
    undoCorrection(id) {
      byReader(() => deps.corrections.undo(id));
    },
  };
}
