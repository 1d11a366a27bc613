/**
 * What the finders of a role after a name share: the context they read (tokens, sentences, the
 * mentions found), the marks that close a description, and the tidying of its text.
 */
import type { Token } from '../tokenize';

export const DETERMINERS = new Set(['a', 'an', 'the']);
// prettier-ignore
export const STOPS = new Set([',', '.', ';', ':', ')', '!', '?', '—', '–']);
// prettier-ignore
export const QUOTES = new Set(['”', '"', '’', "'", '“', '‘']);
export const MAX_ROLE_TOKENS = 28;
// prettier-ignore
export const AUXILIARIES = new Set(['was', 'is', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'do']);

export interface RoleContext {
  text: string;
  tokens: readonly Token[];
  /** sentence end token index (exclusive), per token */
  sentLast: Int32Array;
  /** is token i the first token of a mention (any type)? */
  mentionStart: Uint8Array;
  /** is token i part of a person's name? */
  inPersonName: Uint8Array;
  /** for the first token of an organisation's or a place's mention: its end token (exclusive); else 0 */
  placeOrOrgEnd?: Int32Array;
}

export function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
