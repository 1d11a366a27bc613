/**
 * What the background answers each content message with, and the schemas its answers are checked
 * against (apart from the messages' schemas in to-background.ts, so the content script, which
 * only asks, does not carry those).
 */
import * as v from 'valibot';
import type { Analysis } from '../core/analysis/contract';
import { jsonText, type JsonText } from './kit';
import type { PageReading } from './page-reading';
import type { WikipediaReplies } from './wikipedia';

/** What the background answers each message with. */
export interface ContentReplies extends WikipediaReplies {
  hello: { type: 'toggle-sidebar' | 'toggle-highlights'; click: string } | null;
  'article-status': void;
  'get-shortcuts': { toggleSidebar: string | null; toggleHighlights: string | null };
  'open-options': void;
  'open-shortcut-settings': { opened: boolean; hint: string };
  'copy-text': true;
  /** As JSON text: a long article's analysis as an object tree cost the page a long task to receive. */
  analyze: JsonText<Analysis>;
  detect: JsonText<PageReading>;
  'detect-part': JsonText<PageReading> | null;
  'analyze-held': JsonText<Analysis>;
}

/** The answer of a message answered with nothing. */
export const NO_REPLY = v.pipe(
  v.unknown(),
  v.transform((): void => undefined),
);
const nothing = NO_REPLY;
const shortcut = v.nullable(v.string());

/** The answer to `hello`: a click that waited for the content script, or null. */
export const HELLO_REPLY = v.nullable(
  v.object({
    type: v.picklist(['toggle-sidebar', 'toggle-highlights']),
    click: v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/)),
  }),
) satisfies v.GenericSchema<unknown, ContentReplies['hello']>;

/**
 * The answers' schemas, by message: what the content script and our pages check each answer
 * against (the Wikipedia answers are read by their own, parseWikipediaResult).
 */
export const CONTENT_REPLIES: {
  [K in Exclude<keyof ContentReplies, keyof WikipediaReplies>]: v.GenericSchema<unknown, ContentReplies[K]>;
} = {
  hello: HELLO_REPLY,
  'article-status': nothing,
  'get-shortcuts': v.object({ toggleSidebar: shortcut, toggleHighlights: shortcut }),
  'open-options': nothing,
  'open-shortcut-settings': v.object({ opened: v.boolean(), hint: v.string() }),
  'copy-text': v.literal(true),
  analyze: jsonText<Analysis>(),
  detect: jsonText<PageReading>(),
  'detect-part': v.nullable(jsonText<PageReading>()),
  'analyze-held': jsonText<Analysis>(),
};
