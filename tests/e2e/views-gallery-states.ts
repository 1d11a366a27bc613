/**
 * For the views gallery: the sidebar in the states the extension reaches only when something
 * breaks (an analysis that failed; a correction the browser had no room to keep), mounted in a
 * plain page with the product's own host element and sidebar (bundled by the gallery test), so
 * that both browsers show them alike. The messages are the ones the content script writes.
 */
import { correctionsSaveMessage } from '../../src/core/corrections/store';
import { createHost } from '../../src/page/host';
import { mountSidebar } from '../../src/ui/sidebar';
import { MIN_PAGE_WIDTH } from '../../src/platform/content/sidebar-frame';
import { makeState, recordingActions } from '../unit/sidebar-fixtures';

export type GalleryState = 'error' | 'not-saved';

function show(kind: GalleryState, tone: 'light' | 'dark'): void {
  const host = createHost(document);
  const state =
    kind === 'error'
      ? makeState({
          phase: 'error',
          article: null,
          analysis: null,
          pageTone: tone,
          // As the content script words a failed analysis (reader.ts).
          message: 'Gloss could not analyse this article: out of memory',
        })
      : makeState({
          pageTone: tone,
          corrections: { site: location.hostname },
          notice: correctionsSaveMessage(new Error('QUOTA_BYTES quota exceeded'), 'keep'),
        });
  if (window.innerWidth - state.settings.width >= MIN_PAGE_WIDTH) host.pushPage('right', state.settings.width);
  mountSidebar(host.root, state, recordingActions(), { focus: false });
}

(window as unknown as { glossGalleryState: typeof show }).glossGalleryState = show;
