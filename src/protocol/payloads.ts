/**
 * The schemas of the large values the messages carry as JSON text: an article found in a page
 * snapshot (RemoteArticle) and an analysis of its text. Each offset must lie inside the text it
 * points into, so the analysis's schema is made for a text's length. Fields a schema does not
 * name are kept (the contract may gain fields); anything else wrong refuses the whole value.
 */
import * as v from 'valibot';
import { isBlockKind } from '../core/analysis/block-kinds';
import type { Analysis, BlockKind } from '../core/analysis/contract';
import { ENTITY_TYPE_NAMES, NOTE_SOURCES } from '../core/analysis/entity-types';
import type { RemoteArticle } from '../core/article/remote';
import { schemaCheckOf } from './schema-check';

const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const text = v.string();
const textOrNull = v.nullable(v.string());

const inText =
  (length: number) =>
  (s: { start: number; end: number }): boolean =>
    s.start <= s.end && s.end <= length;

const spanEntries = { start: count, end: count };

/** `schema`'s objects, each a span that lies in a text `length` long. */
const inTextOf = <S extends v.GenericSchema<unknown, { start: number; end: number }>>(length: number, schema: S) =>
  v.pipe(schema, v.check<v.InferOutput<S>>(inText(length)));

/** An Analysis of a text `length` characters long. */
export function analysisSchema(length: number) {
  const span = inTextOf(length, v.looseObject(spanEntries));
  const note = v.looseObject({
    source: v.picklist(NOTE_SOURCES.map((s) => s.source)),
    text,
    url: v.optional(text),
  });
  const entity = v.looseObject({
    id: text,
    name: text,
    type: v.picklist(ENTITY_TYPE_NAMES),
    typeUncertain: v.optional(v.literal(true)),
    aliases: v.array(text),
    role: textOrNull,
    mentions: v.array(inTextOf(length, v.looseObject({ ...spanEntries, text }))),
    notes: v.array(note),
  });
  const speaker = v.nullable(v.looseObject({ entityId: textOrNull, name: text, mention: v.nullable(span) }));
  const quote = inTextOf(
    length,
    v.looseObject({
      ...spanEntries,
      text,
      spans: v.array(span),
      kind: v.picklist(['full', 'partial']),
      speaker,
      cue: textOrNull,
    }),
  );
  const demonym = inTextOf(
    length,
    v.looseObject({ ...spanEntries, text, country: text, countryName: text, entityId: textOrNull, note: text }),
  );
  return v.looseObject({
    entities: v.array(entity),
    quotes: v.array(quote),
    unsupported: v.optional(v.looseObject({ reason: text })),
    truncated: v.optional(v.looseObject({ analysedChars: count, totalChars: count })),
    demonyms: v.optional(v.array(demonym)),
  }) satisfies v.GenericSchema<unknown, Analysis>;
}

const partial = v.looseObject({ elementsRead: count, elementsTotal: count });

/** A RemoteArticle whose text is `length` characters long: every segment and block inside it. */
export function remoteArticleSchema(length: number) {
  return v.looseObject({
    text: v.pipe(
      text,
      v.check((t) => t.length === length),
    ),
    title: text,
    byline: textOrNull,
    siteName: textOrNull,
    lang: textOrNull,
    publishedTime: textOrNull,
    excerpt: textOrNull,
    segments: v.array(inTextOf(length, v.looseObject({ ...spanEntries, index: count, nodeOffset: count }))),
    blocks: v.optional(
      v.array(inTextOf(length, v.looseObject({ ...spanEntries, kind: v.custom<BlockKind>(isBlockKind) }))),
    ),
    wordCount: v.optional(count),
    partial: v.optional(partial),
    published: v.nullish(v.looseObject({ datetime: text, text, full: text })),
  }) satisfies v.GenericSchema<unknown, RemoteArticle>;
}

/** The text length of an article as received, before it is read whole (the schema needs it). */
export const textLengthOf = (x: unknown): number | null =>
  typeof x === 'object' && x !== null && typeof (x as { text?: unknown }).text === 'string'
    ? (x as { text: string }).text.length
    : null;

/** A check made for one text length, kept for the next value of that length (a click reads one article). */
function lastOf(make: (length: number) => (x: unknown) => boolean): (x: unknown, length: number) => boolean {
  let last: { length: number; check: (x: unknown) => boolean } | null = null;
  return (x, length) => {
    if (last?.length !== length) last = { length, check: make(length) };
    return last.check(x);
  };
}

const analysisCheck = lastOf((length) => schemaCheckOf(analysisSchema(length)));
const articleCheck = lastOf((length) => schemaCheckOf(remoteArticleSchema(length)));

/** Whether `x` is an Analysis of a text `length` characters long (analysisSchema's check). */
export const isAnalysisOf = (x: unknown, length: number): x is Analysis => analysisCheck(x, length);

/** Whether `x` is a RemoteArticle (remoteArticleSchema's check, for its own text's length). */
export function isRemoteArticle(x: unknown): x is RemoteArticle {
  const length = textLengthOf(x);
  return length !== null && articleCheck(x, length);
}
