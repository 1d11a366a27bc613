/**
 * What the offscreen document answers the background with, and the schemas the background checks
 * the answers against (apart from the requests' schemas in offscreen.ts, so the background's
 * bundle does not carry those; a failure comes back as { error }, which chrome-offscreen.ts turns
 * into a rejection).
 */
import * as v from 'valibot';
import type { RemoteArticle } from '../core/article/remote';
import { jsonText, type JsonText } from './kit';

export interface OffscreenReplies {
  extract: JsonText<RemoteArticle | null>;
  copy: true;
}

export const OFFSCREEN_REPLIES: { [K in keyof OffscreenReplies]: v.GenericSchema<unknown, OffscreenReplies[K]> } = {
  extract: jsonText<RemoteArticle | null>(),
  copy: v.literal(true),
};
