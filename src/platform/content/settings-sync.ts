/**
 * The settings in this page: saved when the reader changes them in the sidebar (a save that
 * never lands is shown there), and followed when they change elsewhere (the settings page,
 * another tab): the highlights, the sidebar and the page's push follow at once.
 */
import type { Settings } from '../../core/settings';
import type { ContentStore } from './content-state';
import type { SettingsEdge } from './edge';
import type { PageHighlights } from './highlights';

export interface SettingsSync {
  /** Saves a patch (retried by the store); the reader is told when it never lands. */
  persist(patch: Partial<Settings>): void;
  stop(): void;
}

export interface SettingsDeps {
  edge: SettingsEdge;
  store: ContentStore;
  highlights: Pick<PageHighlights, 'setVisible' | 'setHiddenKinds'>;
  /** The sidebar's side or width changed elsewhere: the page is pushed again if it is open. */
  onPlaceChanged(): void;
}

export function createSettingsSync({ edge, store, highlights, onPlaceChanged }: SettingsDeps): SettingsSync {
  const stop = edge.watch((next) => {
    const now = store.settings;
    const placeChanged = next.side !== now.side || next.width !== now.width;
    const highlightsChanged = next.highlights !== now.highlights;
    const kindsChanged = next.hiddenKinds.join() !== now.hiddenKinds.join();
    if (highlightsChanged) highlights.setVisible(next.highlights);
    if (kindsChanged) highlights.setHiddenKinds(next.hiddenKinds);
    store.show({ settings: next, ...(highlightsChanged ? { highlightsOn: next.highlights } : {}) });
    if (placeChanged) onPlaceChanged();
  });
  return {
    persist(patch) {
      void edge.save(patch).then(
        () => store.view.notice && store.show({ notice: null }),
        (e: unknown) => store.show({ notice: e instanceof Error ? e.message : String(e) }),
      );
    },
    stop,
  };
}
