/**
 * The content script's side of Wikipedia lookups: SidebarActions.lookupWikipedia and
 * rememberWikipediaChoice over runtime messages. The answer is validated before the sidebar
 * sees it; leaving a card (the signal aborts) cancels the background's request.
 *
 * Wiring, in src/platform/content/sidebar-actions.ts:
 *   const wiki = createWikipediaContentClient((m) => messages.send(m));
 *   actions.lookupWikipedia = wiki.lookupWikipedia;   (the card asks the reader first)
 *   actions.rememberWikipediaChoice = wiki.rememberWikipediaChoice;
 */
import type { EntityType } from '../../core/analysis/contract';
import type { WikipediaResult } from '../../core/notes/wikipedia/summary';
import {
  parseWikipediaResult,
  WIKIPEDIA_CANCEL,
  WIKIPEDIA_CHOOSE,
  type WikipediaLookupRequest,
} from '../../protocol/wikipedia';

export type SendMessage = (msg: unknown) => Promise<unknown>;

export function createWikipediaContentClient(send: SendMessage) {
  return {
    async lookupWikipedia(req: WikipediaLookupRequest, signal: AbortSignal): Promise<WikipediaResult> {
      const cancel = () => void send({ type: WIKIPEDIA_CANCEL, requestId: req.requestId }).catch(() => {});
      signal.addEventListener('abort', cancel, { once: true });
      try {
        const raw = await send(req);
        if (signal.aborted) throw new DOMException('The card was left.', 'AbortError');
        return (
          parseWikipediaResult(raw) ?? {
            status: 'error',
            reason: 'bad-response',
            message: 'Gloss could not read the background page\u2019s answer.',
          }
        );
      } finally {
        signal.removeEventListener('abort', cancel);
      }
    },
    async rememberWikipediaChoice(name: string, entityType: EntityType, title: string | null): Promise<void> {
      await send({ type: WIKIPEDIA_CHOOSE, name, entityType, title });
    },
  };
}
