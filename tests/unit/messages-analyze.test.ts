import { describe, expect, it } from 'vitest';
import { MAX_ANALYZE_CHARS, MAX_SNAPSHOT_CHARS, parseContentMessage, parseSnapshotJson } from '../../src/messages';

describe('the analyze message', () => {
  it('accepts exactly { type, text, lang }', () => {
    expect(parseContentMessage({ type: 'analyze', text: 'Some article.', lang: 'en' })).toEqual({ type: 'analyze', text: 'Some article.', lang: 'en' });
    expect(parseContentMessage({ type: 'analyze', text: '', lang: null })).toEqual({ type: 'analyze', text: '', lang: null });
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
    const blocks = [{ start: 0, end: 10, kind: 'byline' }, { start: 12, end: 21, kind: 'paragraph' }];
    expect(parseContentMessage({ type: 'analyze', text, lang: 'en', blocks })).toEqual({ type: 'analyze', text, lang: 'en', blocks });
    expect(parseContentMessage({ type: 'analyze', text, lang: 'en', blocks: [] })).toEqual({ type: 'analyze', text, lang: 'en', blocks: [] });
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
    expect(parseSnapshotJson(JSON.stringify({ ...snapshot, partial: { elementsRead: 10, elementsTotal: 20 } }))).not.toBeNull();
  });

  it('rejects snapshots as objects, extra fields, oversized text and malformed snapshots', () => {
    expect(parseContentMessage({ type: 'detect', snapshot })).toBeNull();
    expect(parseContentMessage({ type: 'detect', snapshot: '{}', url: 'https://example.com/' })).toBeNull();
    expect(parseContentMessage({ type: 'detect', snapshot: ' '.repeat(MAX_SNAPSHOT_CHARS + 1) })).toBeNull();
    for (const bad of ['not json', 'null', '[]', '{}', JSON.stringify({ ...snapshot, root: 'html' }), JSON.stringify({ ...snapshot, title: 5 }),
      JSON.stringify({ ...snapshot, extra: 1 }), JSON.stringify({ ...snapshot, partial: { elementsRead: 'x', elementsTotal: 1 } }), JSON.stringify({ ...snapshot, lang: 'x'.repeat(50) })]) {
      expect(parseSnapshotJson(bad)).toBeNull();
    }
  });
});
