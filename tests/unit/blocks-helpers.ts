import { expect } from 'vitest';
import type { ArticleBlock } from '../../src/core/analysis/contract';

/** Asserts the contract's cover: blocks in order, "\n\n" between two, from 0 to the text's end. */
export function expectBlocksCover(text: string, blocks: readonly ArticleBlock[] | undefined): void {
  expect(blocks).toBeDefined();
  const b = blocks!;
  expect(b.length).toBeGreaterThan(0);
  expect(b[0]!.start).toBe(0);
  expect(b[b.length - 1]!.end).toBe(text.length);
  for (let i = 0; i < b.length; i++) {
    expect(b[i]!.end).toBeGreaterThanOrEqual(b[i]!.start);
    if (i > 0) expect(text.slice(b[i - 1]!.end, b[i]!.start)).toBe('\n\n');
  }
}
