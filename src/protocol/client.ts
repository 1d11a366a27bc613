/**
 * The senders' side: a message goes out typed by the protocol, and its answer comes back checked
 * against the answer's schema, so no receiver of an answer casts it. (The large answers are JSON
 * text, read by their decoders in page-reading.ts.)
 */
import * as v from 'valibot';
import { CONTENT_REPLIES, type ContentReplies } from './replies';
import type { ContentMessage } from './to-background';
import type { WikipediaReplies } from './wikipedia';

export type Send = (msg: unknown) => Promise<unknown>;

export type AskType = Exclude<keyof ContentReplies, keyof WikipediaReplies>;

/**
 * Asks the background: resolves to its answer, checked; rejects when the background refuses, or
 * answers with anything but the message's reply.
 */
export function askBackground(send: Send) {
  return async <K extends AskType>(msg: ContentMessage<K> & { type: K }): Promise<ContentReplies[K]> => {
    const type: K = msg.type;
    const schema: v.GenericSchema<unknown, ContentReplies[K]> = CONTENT_REPLIES[type];
    return v.parse(schema, await send(msg));
  };
}
