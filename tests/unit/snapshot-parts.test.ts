/**
 * Large page snapshots cross to the background in parts: the page side splits (sendSnapshot), the
 * background puts them together (SnapshotAssembler) and refuses parts that do not fit.
 */
import { describe, expect, it } from 'vitest';
import { sendSnapshot } from '../../src/platform/content/find-article';
import { SNAPSHOT_PART_CHARS, SnapshotAssembler } from '../../src/core/article/snapshot-parts';
import type { PageSnapshot } from '../../src/core/article/snapshot';
import { parseContentMessage } from '../../src/protocol';

const big: PageSnapshot = {
  root: [
    'html',
    [],
    [
      'body',
      [],
      ...Array.from(
        { length: 3000 },
        (_, i) => ['p', ['class', `c${i}`], `Paragraph ${i} — naïve “quoted” text. `.repeat(3)] as PageSnapshot['root'],
      ),
    ],
  ],
  title: 'T',
  lang: 'en',
};

describe('sendSnapshot and SnapshotAssembler', () => {
  it('sends a small snapshot in one detect message', async () => {
    const sent: unknown[] = [];
    const small: PageSnapshot = { root: ['html', [], ['body', [], 'hi']], title: 't', lang: null };
    const answer = await sendSnapshot(small, async (m) => (sent.push(m), 'ANSWER'));
    expect(answer).toBe('ANSWER');
    expect(sent).toEqual([{ type: 'detect', snapshot: JSON.stringify(small) }]);
  });

  it('splits a large snapshot into valid parts that the background joins back exactly', async () => {
    const joiner = new SnapshotAssembler(48_000_000);
    const sent: { type: string; part?: number; parts?: number }[] = [];
    let joined: string | null = null;
    const answer = await sendSnapshot(big, async (m) => {
      expect(parseContentMessage(m)).toEqual(m);
      sent.push(m);
      if (m.type !== 'detect-part') throw new Error('expected parts');
      joined = joiner.add('tab 1', m.id, m.part, m.parts, m.text);
      return joined === null ? null : 'ANSWER';
    });
    const json = JSON.stringify(big);
    expect(sent.length).toBe(Math.ceil(json.length / SNAPSHOT_PART_CHARS));
    expect(sent.length).toBeGreaterThan(1);
    expect(joined).toBe(json);
    expect(answer).toBe('ANSWER');
    expect(joiner.size).toBe(0);
  });

  it('refuses parts out of order, a changing part count, and snapshots over the size cap', () => {
    const j = new SnapshotAssembler(10);
    expect(() => j.add('a', 'x', 1, 3, 'b')).toThrow(/order/);
    expect(j.add('a', 'x', 0, 3, 'a')).toBeNull();
    expect(() => j.add('a', 'x', 2, 3, 'c')).toThrow(/order/);
    expect(j.size).toBe(0);
    expect(j.add('a', 'y', 0, 3, 'a')).toBeNull();
    expect(() => j.add('a', 'y', 1, 4, 'b')).toThrow(/order/);
    expect(j.add('a', 'z', 0, 2, '123456')).toBeNull();
    expect(() => j.add('a', 'z', 1, 2, '123456')).toThrow(/too large/);
    expect(j.size).toBe(0);
  });

  it('keeps senders apart, caps snapshots in flight per sender and drops stale ones', () => {
    let now = 0;
    const j = new SnapshotAssembler(1000, () => now);
    expect(j.add('tab 1', 'x', 0, 2, 'a')).toBeNull();
    expect(j.add('tab 2', 'x', 0, 2, 'A')).toBeNull();
    expect(j.add('tab 2', 'x', 1, 2, 'B')).toBe('AB');
    expect(j.add('tab 1', 'x', 1, 2, 'b')).toBe('ab');
    for (let i = 0; i < 6; i++) j.add('tab 3', `s${i}`, 0, 2, 'p');
    expect(j.size).toBe(4);
    now = 61_000;
    expect(j.add('tab 4', 'n', 0, 2, 'q')).toBeNull();
    expect(j.size).toBe(1);
  });

  it('the detect-part message is checked field by field', () => {
    const ok = { type: 'detect-part', id: 'abc-1', part: 0, parts: 2, text: 'x' };
    expect(parseContentMessage(ok)).toEqual(ok);
    for (const bad of [
      { ...ok, id: 'has space' },
      { ...ok, id: '' },
      { ...ok, part: 2 },
      { ...ok, part: -1 },
      { ...ok, parts: 100_000 },
      { ...ok, part: 0.5 },
      { ...ok, text: 'x'.repeat(SNAPSHOT_PART_CHARS + 1) },
      { ...ok, extra: 1 },
      { ...ok, text: 5 },
    ])
      expect(parseContentMessage(bad)).toBeNull();
  });
});
