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

/** The schemas of the answers to some of the messages. */
export type ReplySchemas<T extends AskType> = { [K in T]: v.GenericSchema<unknown, ContentReplies[K]> };

/**
 * Asks the background the messages `replies` has schemas for: resolves to the answer, checked;
 * rejects when the background refuses, or answers with anything but the message's reply. (The
 * content script's loader asks two messages and carries only their answers' schemas.)
 */
export function askWith<T extends AskType>(send: Send, replies: ReplySchemas<T>) {
  return async <K extends T>(msg: ContentMessage<K> & { type: K }): Promise<ContentReplies[K]> => {
    const type: K = msg.type;
    const schema: v.GenericSchema<unknown, ContentReplies[K]> = replies[type];
    return v.parse(schema, await send(msg));
  };
}

/** Asks the background any message (askWith, every answer's schema). */
export const askBackground = (send: Send) => askWith(send, CONTENT_REPLIES);
