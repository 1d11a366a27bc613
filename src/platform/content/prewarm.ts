/**
 * The first-use work done ahead of time (while the page is idle, or before auto-open shows the
 * sidebar): the article found (in slices here, Readability in the background; not analysed: a
 * reader who never opens Gloss here costs no analysis, the background holds the article and
 * analyses it when the sidebar opens), then the sidebar rendered once off the page (a detached
 * element), so the reader's click (or auto-open) runs code the engine has already compiled.
 * Each step is a task of its own. (Dates come formatted by the background: a tab's first
 * Intl.DateTimeFormat is a long task.)
 */
import { mountSidebar } from '../../ui/sidebar';
import type { SidebarActions } from '../../ui/sidebar/types';
import { articleInfo } from './article-view';
import type { ContentStore } from './content-state';
import { pauseBriefly } from './pause';
import type { ArticleReader } from './reader';

export interface PrewarmDeps {
  doc: Document;
  store: ContentStore;
  reader: Pick<ArticleReader, 'prefind' | 'noteTone'>;
  actions: SidebarActions;
  isOpen(): boolean;
}

export function prewarmSidebar({ doc, store, reader, actions, isOpen }: PrewarmDeps): Promise<void> {
  const finding = reader.prefind();
  if (!finding) return Promise.resolve();
  return finding.then(
    async (reading) => {
      const found = reading?.article;
      if (found) reader.noteTone(found);
      if (!found || isOpen()) return;
      try {
        await pauseBriefly();
        const scratch = doc.createElement('div').attachShadow({ mode: 'closed' });
        const m = mountSidebar(scratch, { ...store.view, phase: 'loading' }, actions, { focus: false });
        await pauseBriefly();
        m.update({ ...store.view, phase: 'ready', article: articleInfo(found) });
        m.unmount();
      } catch {
        /* only a warm-up */
      }
    },
    () => undefined,
  );
}
