/** The block kinds the analyser knows (a module of its own: the message checks need only this). */
import type { BlockKind } from './contract';

/** Every kind the contract names (a Record, so a kind added to the contract must be added here). */
const KNOWN_KINDS: Record<BlockKind, true> = {
  paragraph: true,
  heading: true,
  blockquote: true,
  caption: true,
  'list-item': true,
  byline: true,
  dateline: true,
  credit: true,
  table: true,
  other: true,
};

export function isBlockKind(v: unknown): v is BlockKind {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(KNOWN_KINDS, v);
}
