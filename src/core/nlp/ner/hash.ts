/**
 * 32-bit hashing used to turn features into weight-table rows without building feature strings.
 * FNV-1a is incremental, so the hashes of all prefixes of a word fall out of one pass over it.
 */
export const FNV_OFFSET = 0x811c9dc5;

/** Feed one UTF-16 code unit into an FNV-1a state. */
export function fnv(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193) >>> 0;
}

export function hashString(s: string, seed: number = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
  return h;
}

/** Combine two 32-bit values (murmur3 finaliser over a ^ b*k): order matters, well spread. */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
