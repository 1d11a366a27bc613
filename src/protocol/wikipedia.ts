/**
 * The Wikipedia messages, content script (the sidebar's cards) → background, and the schema of
 * their answers. The background refuses a malformed request; the card reads a malformed answer as
 * a bad response.
 */
import * as v from 'valibot';
import { ENTITY_TYPE_NAMES } from '../core/analysis/entity-types';
import {
  MAX_CONTEXT_ITEMS,
  MAX_NAME_CHARS,
  objectWith,
  plainText,
  plainTextOrNull,
  WIKI_ERROR_REASONS,
  WikiChoicesSchema,
  WikiSummarySchema,
  type LinkContext,
  type WikipediaChooseResult,
  type WikipediaResult,
} from '../core/notes/wikipedia/summary';
import { parseWith } from './kit';

export const WIKIPEDIA_LOOKUP = 'gloss/wikipedia/lookup' as const;
export const WIKIPEDIA_CHOOSE = 'gloss/wikipedia/choose' as const;
export const WIKIPEDIA_CANCEL = 'gloss/wikipedia/cancel' as const;

const nameText = plainText(MAX_NAME_CHARS);
const requestId = v.pipe(v.string(), v.regex(/^[\w.:-]{1,64}$/));

const LinkContextSchema = objectWith({
  role: plainTextOrNull(MAX_NAME_CHARS),
  otherNames: v.pipe(v.array(nameText), v.maxLength(MAX_CONTEXT_ITEMS)),
  keywords: v.pipe(v.array(nameText), v.maxLength(MAX_CONTEXT_ITEMS)),
  hintTitle: plainTextOrNull(MAX_NAME_CHARS),
}) satisfies v.GenericSchema<unknown, LinkContext>;

/** The Wikipedia requests' schemas, by type; `entityTypes` is the list they accept. */
export function wikipediaRequestSchemas<T extends string>(entityTypes: readonly T[]) {
  const entityType = v.picklist(entityTypes);
  return {
    [WIKIPEDIA_LOOKUP]: objectWith({
      type: v.literal(WIKIPEDIA_LOOKUP),
      /** Chosen by the caller; a later cancel names it. */
      requestId,
      name: nameText,
      entityType,
      context: LinkContextSchema,
      /** Show this page (the reader picked it from "Which one?"). */
      title: v.optional(nameText),
      /** Ignore a remembered choice and offer the candidates again ("Not this one?"). */
      reconsider: v.optional(v.boolean()),
      /**
       * The reader asked for this one lookup in the card ("Look up on Wikipedia", a trusted click)
       * while lookups are not on for good. Without it, the background looks up only if they are.
       */
      consented: v.optional(v.boolean()),
    }),
    [WIKIPEDIA_CHOOSE]: objectWith({
      type: v.literal(WIKIPEDIA_CHOOSE),
      name: nameText,
      entityType,
      /** The page the reader picked for this name, or null to forget the choice. */
      title: v.nullable(nameText),
    }),
    [WIKIPEDIA_CANCEL]: objectWith({ type: v.literal(WIKIPEDIA_CANCEL), requestId }),
  };
}

export const WIKIPEDIA_REQUESTS = wikipediaRequestSchemas(ENTITY_TYPE_NAMES);

type Requests = typeof WIKIPEDIA_REQUESTS;
export type WikipediaLookupRequest = v.InferOutput<Requests[typeof WIKIPEDIA_LOOKUP]>;
export type WikipediaChooseRequest = v.InferOutput<Requests[typeof WIKIPEDIA_CHOOSE]>;
export type WikipediaCancelRequest = v.InferOutput<Requests[typeof WIKIPEDIA_CANCEL]>;
export type WikipediaRequest = WikipediaLookupRequest | WikipediaChooseRequest | WikipediaCancelRequest;

/** What the background answers each Wikipedia request with. */
export interface WikipediaReplies {
  [WIKIPEDIA_LOOKUP]: WikipediaResult;
  [WIKIPEDIA_CHOOSE]: WikipediaChooseResult;
  [WIKIPEDIA_CANCEL]: { cancelled: boolean };
}

/** Whether a message's type is a Wikipedia one (before it is read whole). */
export function isWikipediaType(type: unknown): type is keyof WikipediaReplies {
  return type === WIKIPEDIA_LOOKUP || type === WIKIPEDIA_CHOOSE || type === WIKIPEDIA_CANCEL;
}

/** The request if `msg` is a well-formed Wikipedia message, else null. */
export function parseWikipediaRequest(msg: unknown): WikipediaRequest | null {
  const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
  return isWikipediaType(type) ? parseWith(WIKIPEDIA_REQUESTS[type], msg) : null;
}

const WikipediaResultSchema = v.variant('status', [
  v.object({
    status: v.literal('found'),
    summary: WikiSummarySchema,
    alternatives: WikiChoicesSchema,
    chosen: v.boolean(),
    cached: v.nullable(objectWith({ savedAt: v.pipe(v.number(), v.finite()), stale: v.boolean() })),
  }),
  v.object({ status: v.literal('ambiguous'), choices: WikiChoicesSchema }),
  v.object({ status: v.picklist(['not-found', 'offline', 'disabled']) }),
  v.object({ status: v.literal('error'), reason: v.picklist(WIKI_ERROR_REASONS), message: plainText(500) }),
]) satisfies v.GenericSchema<unknown, WikipediaResult>;

/** The result if `x` is a well-formed answer from the background, else null. */
export function parseWikipediaResult(x: unknown): WikipediaResult | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  return parseWith(WikipediaResultSchema, x);
}
