import { describe, expect, it } from 'vitest';
import { isAnalysisOf } from '../../src/protocol/payloads';
import type { Analysis } from '../../src/core/analysis/contract';
import {
  MAX_ANALYZE_CHARS,
  MAX_SNAPSHOT_CHARS,
  pageReadingJson,
  parseContentMessage,
  parsePageReading,
  parseSnapshotJson,
} from '../../src/protocol';

describe('the analyze message', () => {
  it('accepts exactly { type, text, lang }', () => {
    expect(parseContentMessage({ type: 'analyze', text: 'Some article.', lang: 'en' })).toEqual({
      type: 'analyze',
      text: 'Some article.',
      lang: 'en',
    });
    expect(parseContentMessage({ type: 'analyze', text: '', lang: null })).toEqual({
      type: 'analyze',
      text: '',
      lang: null,
    });
  });

  it('rejects wrong types, extra fields and oversized text', () => {
    expect(parseContentMessage({ type: 'analyze', text: 42, lang: null })).toBeNull();
    expect(parseContentMessage({ type: 'analyze', text: 'x' })).toBeNull();
    expect(parseContentMessage({ type: 'analyze', text: 'x', lang: 'en', url: 'https://example.com/' })).toBeNull();
    expect(parseContentMessage({ type: 'analyze', text: 'x', lang: 'x'.repeat(100) })).toBeNull();
    expect(parseContentMessage({ type: 'analyze', text: 'x'.repeat(MAX_ANALYZE_CHARS + 1), lang: null })).toBeNull();
  });

  it('carries the article blocks when given, each exactly { start, end, kind } within the text', () => {
    const text = 'By Ann Lee\n\nThe body.';
    const blocks = [
      { start: 0, end: 10, kind: 'byline' },
      { start: 12, end: 21, kind: 'paragraph' },
    ];
    expect(parseContentMessage({ type: 'analyze', text, lang: 'en', blocks })).toEqual({
      type: 'analyze',
      text,
      lang: 'en',
      blocks,
    });
    expect(parseContentMessage({ type: 'analyze', text, lang: 'en', blocks: [] })).toEqual({
      type: 'analyze',
      text,
      lang: 'en',
      blocks: [],
    });
    for (const bad of [
      'blocks',
      {},
      [{ start: 0, end: 10 }],
      [{ start: 0, end: 10, kind: 'sidebar' }],
      [{ start: 0, end: 10, kind: 'byline', extra: true }],
      [{ start: '0', end: 10, kind: 'byline' }],
      [{ start: 0.5, end: 10, kind: 'byline' }],
      [{ start: -1, end: 10, kind: 'byline' }],
      [{ start: 0, end: 22, kind: 'byline' }],
      [{ start: 0, end: 10, kind: 'constructor' }],
      [null],
    ]) {
      expect(parseContentMessage({ type: 'analyze', text, lang: 'en', blocks: bad })).toBeNull();
    }
  });
});

describe('the detect message and page snapshots', () => {
  const snapshot = { root: ['html', ['lang', 'en'], ['body', [], ['p', [], 'Hello']]], title: 'T', lang: 'en' };

  it('accepts exactly { type, snapshot } with the snapshot as JSON text', () => {
    const json = JSON.stringify(snapshot);
    expect(parseContentMessage({ type: 'detect', snapshot: json })).toEqual({ type: 'detect', snapshot: json });
    expect(parseSnapshotJson(json)).toEqual(snapshot);
    expect(
      parseSnapshotJson(JSON.stringify({ ...snapshot, partial: { elementsRead: 10, elementsTotal: 20 } })),
    ).not.toBeNull();
  });

  it('rejects snapshots as objects, extra fields, oversized text and malformed snapshots', () => {
    expect(parseContentMessage({ type: 'detect', snapshot })).toBeNull();
    expect(parseContentMessage({ type: 'detect', snapshot: '{}', url: 'https://example.com/' })).toBeNull();
    expect(parseContentMessage({ type: 'detect', snapshot: ' '.repeat(MAX_SNAPSHOT_CHARS + 1) })).toBeNull();
    for (const bad of [
      'not json',
      'null',
      '[]',
      '{}',
      JSON.stringify({ ...snapshot, root: 'html' }),
      JSON.stringify({ ...snapshot, title: 5 }),
      JSON.stringify({ ...snapshot, extra: 1 }),
      JSON.stringify({ ...snapshot, partial: { elementsRead: 'x', elementsTotal: 1 } }),
      JSON.stringify({ ...snapshot, lang: 'x'.repeat(50) }),
    ]) {
      expect(parseSnapshotJson(bad)).toBeNull();
    }
  });
});

describe('the detect answer: the article and its analysis as JSON text', () => {
  const text = 'Maria Lopez said: "We will build it." The city agreed.';
  const article = {
    title: 'T',
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    excerpt: null,
    text,
    segments: [{ start: 0, end: text.length, index: 3, nodeOffset: 0 }],
    wordCount: 9,
  };
  const analysis: Analysis = {
    entities: [
      {
        id: 'maria-lopez',
        name: 'Maria Lopez',
        type: 'person',
        aliases: [],
        role: null,
        mentions: [{ start: 0, end: 11, text: 'Maria Lopez' }],
        notes: [{ source: 'article', text: 'said it' }],
      },
    ],
    quotes: [
      {
        text: '"We will build it."',
        start: 18,
        end: 37,
        spans: [{ start: 18, end: 37 }],
        kind: 'full',
        speaker: { entityId: 'maria-lopez', name: 'Maria Lopez', mention: { start: 0, end: 11 } },
        cue: 'said',
      },
    ],
    demonyms: [],
  };

  it('reads back what the background writes', () => {
    expect(parsePageReading(pageReadingJson(JSON.stringify(article), analysis))).toEqual({ article, analysis });
    expect(parsePageReading(pageReadingJson(JSON.stringify(article), null))).toEqual({ article, analysis: null });
    expect(parsePageReading(pageReadingJson('null', null))).toEqual({ article: null, analysis: null });
    // Fields the contract may gain later pass.
    const more = { ...analysis, entities: [{ ...analysis.entities[0]!, wikidata: 'Q1' }], later: true };
    expect(
      parsePageReading(
        pageReadingJson(
          JSON.stringify({ ...article, blocks: [{ start: 0, end: text.length, kind: 'paragraph' }] }),
          more,
        ),
      )?.analysis,
    ).toEqual(more);
  });

  it('is no reading at all when it is not JSON text of { article, analysis } with a well-formed article', () => {
    for (const bad of [
      null,
      42,
      { article: null, analysis: null },
      '',
      'nope',
      'null',
      '[]',
      '{}',
      '{"article":null}',
      JSON.stringify(article),
      pageReadingJson(JSON.stringify({ ...article, text: 5 }), null),
      pageReadingJson(JSON.stringify({ ...article, byline: 7 }), null),
      pageReadingJson(
        JSON.stringify({ ...article, segments: [{ start: 0, end: text.length + 1, index: 0, nodeOffset: 0 }] }),
        null,
      ),
      pageReadingJson(JSON.stringify({ ...article, segments: [{ start: 0, end: 4, index: -1, nodeOffset: 0 }] }), null),
      pageReadingJson(JSON.stringify({ ...article, segments: [{ start: 4, end: 2, index: 0, nodeOffset: 0 }] }), null),
      pageReadingJson(JSON.stringify({ ...article, segments: 'all' }), null),
      pageReadingJson(
        JSON.stringify({ ...article, blocks: [{ start: 0, end: text.length + 3, kind: 'paragraph' }] }),
        null,
      ),
      pageReadingJson(JSON.stringify({ ...article, published: { datetime: 1 } }), null),
    ]) {
      expect(parsePageReading(bad)).toBeNull();
    }
  });

  it('drops an analysis that does not fit its article, keeping the article', () => {
    const q = analysis.quotes[0]!;
    const e = analysis.entities[0]!;
    const broken: unknown[] = [
      {},
      { entities: [] },
      { entities: 'none', quotes: [] },
      { ...analysis, entities: [{ ...e, type: 'animal' }] },
      { ...analysis, entities: [{ ...e, mentions: [{ start: 0, end: text.length + 1, text: 'x' }] }] },
      { ...analysis, entities: [{ ...e, mentions: [{ start: 1.5, end: 3, text: 'x' }] }] },
      { ...analysis, entities: [{ ...e, aliases: [3] }] },
      { ...analysis, entities: [{ ...e, typeUncertain: 'yes' }] },
      { ...analysis, entities: [{ ...e, notes: [{ source: 'web', text: 'x' }] }] },
      { ...analysis, quotes: [{ ...q, spans: [{ start: 18, end: 99 }] }] },
      { ...analysis, quotes: [{ ...q, kind: 'some' }] },
      { ...analysis, quotes: [{ ...q, speaker: { entityId: null, name: 'X', mention: { start: -2, end: 0 } } }] },
      { ...analysis, truncated: { analysedChars: 10 } },
      { ...analysis, unsupported: 'French' },
      { ...analysis, demonyms: [{ start: 0, end: 3, text: 'x' }] },
    ];
    for (const a of broken) {
      expect(isAnalysisOf(a, text.length)).toBe(false);
      expect(parsePageReading(pageReadingJson(JSON.stringify(article), a as Analysis))).toEqual({
        article,
        analysis: null,
      });
    }
    expect(isAnalysisOf(analysis, text.length)).toBe(true);
    expect(isAnalysisOf({ ...analysis, entities: [{ ...e, typeUncertain: true }] }, text.length)).toBe(true);
    expect(isAnalysisOf(analysis, 20)).toBe(false);
  });
});

describe('messages for an article held by the background', () => {
  it('accepts a pre-read detect and an analyze-held request, nothing looser', async () => {
    const { parseContentMessage, parsePageReading, pageReadingJson } = await import('../../src/protocol');
    expect(parseContentMessage({ type: 'detect', snapshot: '{}', later: true })).toEqual({
      type: 'detect',
      snapshot: '{}',
      later: true,
    });
    expect(parseContentMessage({ type: 'detect', snapshot: '{}', later: false })).toBeNull();
    expect(parseContentMessage({ type: 'analyze-held', held: 'h1-abc' })).toEqual({
      type: 'analyze-held',
      held: 'h1-abc',
    });
    expect(parseContentMessage({ type: 'analyze-held', held: 'x'.repeat(41) })).toBeNull();
    expect(parseContentMessage({ type: 'analyze-held', held: 'h1', text: 'more' })).toBeNull();
    const article = {
      title: 'T',
      byline: null,
      siteName: null,
      lang: 'en',
      publishedTime: null,
      excerpt: null,
      text: 'Some text here.',
      segments: [],
    };
    expect(parsePageReading(pageReadingJson(JSON.stringify(article), null, 'h2-x'))?.held).toBe('h2-x');
    expect(parsePageReading(pageReadingJson(JSON.stringify(article), null, 'bad id!'))?.held).toBeUndefined();
  });
});
