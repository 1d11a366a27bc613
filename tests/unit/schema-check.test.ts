/**
 * The plain checks made from valibot schemas (src/protocol/schema-check.ts) say what valibot says:
 * the analysis and article schemas, checked both ways on well-formed values and on every kind of
 * damage fast-check makes to them; a schema the checker cannot read is refused when it is made.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis/contract';
import { analysisSchema, remoteArticleSchema } from '../../src/protocol/payloads';
import { schemaCheckOf } from '../../src/protocol/schema-check';

const text = 'Maria Lopez said: "We will build it." The city of Lisbon agreed, Portuguese officials said.';
const analysis: Analysis = {
  entities: [
    {
      id: 'maria-lopez',
      name: 'Maria Lopez',
      type: 'person',
      typeUncertain: true,
      aliases: ['Lopez'],
      role: null,
      mentions: [{ start: 0, end: 11, text: 'Maria Lopez' }],
      notes: [{ source: 'article', text: 'said it', url: 'https://example.org/' }],
    },
  ],
  quotes: [
    {
      text: 'We will build it.',
      start: 19,
      end: 36,
      spans: [{ start: 19, end: 36 }],
      kind: 'full',
      speaker: { entityId: 'maria-lopez', name: 'Maria Lopez', mention: { start: 0, end: 11 } },
      cue: 'said',
    },
  ],
  truncated: { analysedChars: 10, totalChars: 20 },
  demonyms: [
    { start: 65, end: 75, text: 'Portuguese', country: 'PT', countryName: 'Portugal', entityId: null, note: 'n' },
  ],
};
const article = {
  title: 'T',
  byline: null,
  siteName: 'S',
  lang: 'en',
  publishedTime: null,
  excerpt: null,
  text,
  segments: [{ start: 0, end: text.length, index: 3, nodeOffset: 0 }],
  blocks: [{ start: 0, end: text.length, kind: 'paragraph' }],
  wordCount: 15,
  partial: { elementsRead: 1, elementsTotal: 2 },
  published: { datetime: 'd', text: 't', full: 'f' },
};

/** Every path to a value inside `x`. */
function pathsOf(x: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(x)) x.forEach((e, i) => out.push(...pathsOf(e, [...at, i])));
  else if (typeof x === 'object' && x !== null)
    for (const [k, e] of Object.entries(x)) out.push(...pathsOf(e, [...at, k]));
  return out;
}

/** `x` with the value at `path` replaced (or, with `remove`, taken out). */
function withAt(x: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path;
  if (Array.isArray(x)) {
    const copy: unknown[] = [...x];
    if (remove && !rest.length) copy.splice(Number(head), 1);
    else copy[Number(head)] = withAt(copy[Number(head)], rest, value, remove);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(x as Record<string, unknown>) };
  if (remove && !rest.length) delete copy[String(head)];
  else copy[String(head)] = withAt(copy[String(head)], rest, value, remove);
  return copy;
}

// Values near the edges of what the schemas take; arrays are left out where objects go (valibot
// reads an array as an object; the checks, like JSON's producers here, never make one there).
const edgy = fc.oneof(
  fc.constantFrom(null, undefined, true, '', 'person', 'full', 'article', 0, -1, 1.5, 10, 10_000, NaN),
  fc.string(),
  fc.integer({ min: -5, max: text.length + 5 }),
  fc.record({ start: fc.integer({ min: -2, max: 100 }), end: fc.integer({ min: -2, max: 100 }) }),
  fc.array(fc.string(), { maxLength: 2 }),
);

function agrees(schema: v.GenericSchema, value: unknown): void {
  const check = schemaCheckOf(schema);
  fc.assert(
    fc.property(fc.constantFrom(...pathsOf(value)), edgy, fc.boolean(), (path, x, remove) => {
      const damaged = withAt(value, path, x, remove);
      expect(check(damaged)).toBe(v.safeParse(schema, damaged).success);
    }),
    { numRuns: 3000 },
  );
}

describe('a check made from a schema', () => {
  it('takes what valibot takes and refuses what it refuses: the analysis', () => {
    const schema = analysisSchema(text.length);
    expect(schemaCheckOf(schema)(analysis)).toBe(true);
    expect(schemaCheckOf(analysisSchema(20))(analysis)).toBe(false);
    agrees(schema, analysis);
  });

  it('takes what valibot takes and refuses what it refuses: the article', () => {
    const schema = remoteArticleSchema(text.length);
    expect(schemaCheckOf(schema)(article)).toBe(true);
    agrees(schema, article);
  });

  it('does not copy: the value checked is the value read', () => {
    const check = schemaCheckOf(analysisSchema(text.length));
    const extra = { ...analysis, later: 'a field added to the contract' };
    expect(check(extra)).toBe(true);
  });

  it('refuses to be made from a schema it cannot read whole', () => {
    expect(() =>
      schemaCheckOf(
        v.pipe(
          v.string(),
          v.transform((s) => s.length),
        ),
      ),
    ).toThrow(/transform/);
    expect(() => schemaCheckOf(v.object({ a: v.string() }))).toThrow(/object/);
    expect(() => schemaCheckOf(v.optional(v.string(), 'x'))).toThrow(/optional/);
    expect(() => schemaCheckOf(v.array(v.union([v.string(), v.number()])))).toThrow(/union/);
  });
});
