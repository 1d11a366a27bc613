import { describe, expect, it } from 'vitest';
import { MAX_ANALYZE_CHARS, parseContentMessage } from '../../src/messages';

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
});
