/**
 * What the browser tests read of a page's Gloss: a hidden status element in our shadow root
 * with how many analyses ran, how often the highlights were re-attached to re-rendered nodes,
 * the URL last followed and where the article was last read. Counts are kept from the start;
 * the element is written when asked (the sidebar open).
 */
import type { ReadBy } from './find-article';

export interface ContentStatus {
  analysed(): void;
  reattached(): void;
  readBy(by: ReadBy): void;
  /** Writes the counts into `root` (adding the element there once). */
  write(root: ShadowRoot, doc: Document, url: string): void;
  /** The element belongs to a closed sidebar: the next write adds a new one. */
  detach(): void;
}

export function createContentStatus(): ContentStatus {
  let analyses = 0;
  let reattached = 0;
  let lastReadBy: ReadBy | null = null;
  let element: HTMLElement | null = null;
  return {
    analysed: () => void analyses++,
    reattached: () => void reattached++,
    readBy: (by) => void (lastReadBy = by),
    write(root, doc, url) {
      if (!element || element.getRootNode() !== root) {
        element = doc.createElement('div');
        element.hidden = true;
        element.setAttribute('data-gloss-status', '');
        root.appendChild(element);
      }
      element.setAttribute('data-analyses', String(analyses));
      element.setAttribute('data-reattached', String(reattached));
      element.setAttribute('data-url', url);
      if (lastReadBy) element.setAttribute('data-read-by', lastReadBy);
    },
    detach() {
      element = null;
    },
  };
}
