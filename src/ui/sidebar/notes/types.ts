import type { EntityType } from '../../../core/analysis/contract';
import type { WikipediaResult } from '../../../core/notes/wikipedia/summary';
import type { WikipediaLookupRequest } from '../../../protocol/wikipedia';

/**
 * Asks the background for an entity's Wikipedia page (src/platform/wikipedia/ answers). The
 * content script implements it with a runtime message; when `signal` aborts (the reader left
 * the card) it should send a WIKIPEDIA_CANCEL for `req.requestId` and may reject.
 */
export type LookupWikipedia = (req: WikipediaLookupRequest, signal: AbortSignal) => Promise<WikipediaResult>;

/** Remembers (or, with null, forgets) the reader's page for a name. */
export type RememberWikipediaChoice = (
  name: string,
  entityType: EntityType,
  title: string | null,
) => void | Promise<void>;
