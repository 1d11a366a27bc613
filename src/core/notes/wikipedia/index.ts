/**
 * Wikipedia background notes, free of extension APIs: fetch and storage are injected.
 * The background service worker (src/platform/wikipedia/) wires them to the real fetch and
 * browser.storage.local; tests wire them to recorded responses.
 */
export * from './summary';
export {
  createWikipediaClient,
  DEFAULT_BASE_URL,
  type Candidate,
  type WikipediaClient,
  type WikipediaClientOptions,
} from './api';
export { WikiCache, createMemoryStorage, type KeyValueStorage } from './cache';
export { RequestQueue } from './queue';
export { ChoiceStore } from './choices';
export { decide, scoreCandidates, type Decision } from './linking';
export { createWikipediaLookup, type WikipediaLookup, type LookupInput } from './lookup';
export { linkContextFor, keywords } from './context';
export type { FetchLike } from './http';
