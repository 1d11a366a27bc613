import { describe, expect, it } from 'vitest';
import { wikipediaNote } from '../../src/core/notes/wikipedia';
import {
  parseWikipediaRequest,
  parseWikipediaResult,
  WIKIPEDIA_CANCEL,
  WIKIPEDIA_CHOOSE,
  WIKIPEDIA_LOOKUP,
} from '../../src/protocol/wikipedia';

const lookup = {
  type: WIKIPEDIA_LOOKUP,
  requestId: 'card-3:7',
  name: 'Delcy Rodriguez',
  entityType: 'person',
  context: { role: 'Vice President', otherNames: ['Venezuela'], keywords: ['oil'], hintTitle: null },
};

describe('parseWikipediaRequest', () => {
  it('accepts well-formed lookups, choices and cancels', () => {
    expect(parseWikipediaRequest(lookup)).toEqual(lookup);
    expect(parseWikipediaRequest({ ...lookup, title: 'Delcy Rodríguez', reconsider: true })).toMatchObject({
      title: 'Delcy Rodríguez',
      reconsider: true,
    });
    expect(
      parseWikipediaRequest({
        type: WIKIPEDIA_CHOOSE,
        name: 'Georgia',
        entityType: 'place',
        title: 'Georgia (country)',
      }),
    ).toEqual({ type: WIKIPEDIA_CHOOSE, name: 'Georgia', entityType: 'place', title: 'Georgia (country)' });
    expect(
      parseWikipediaRequest({ type: WIKIPEDIA_CHOOSE, name: 'Georgia', entityType: 'place', title: null }),
    ).toMatchObject({ title: null });
    expect(parseWikipediaRequest({ type: WIKIPEDIA_CANCEL, requestId: 'card-3:7' })).toEqual({
      type: WIKIPEDIA_CANCEL,
      requestId: 'card-3:7',
    });
  });

  it.each([
    ['not an object', 'lookup'],
    ['null', null],
    ['an unknown type', { ...lookup, type: 'gloss/other' }],
    ['no name', { ...lookup, name: undefined }],
    ['an empty name', { ...lookup, name: '   ' }],
    ['a name too long', { ...lookup, name: 'x'.repeat(201) }],
    ['control characters', { ...lookup, name: 'Delcy\u0000Rodriguez' }],
    ['a bad entity type', { ...lookup, entityType: 'animal' }],
    ['a bad request id', { ...lookup, requestId: 'has spaces and ;' }],
    ['no context', { ...lookup, context: undefined }],
    ['other names not strings', { ...lookup, context: { ...lookup.context, otherNames: [1] } }],
    ['too many keywords', { ...lookup, context: { ...lookup.context, keywords: Array(41).fill('w') } }],
    ['a title of the wrong type', { ...lookup, title: 42 }],
    ['reconsider not boolean', { ...lookup, reconsider: 'yes' }],
    ['a choice without a title field', { type: WIKIPEDIA_CHOOSE, name: 'Georgia', entityType: 'place' }],
    ['a cancel without id', { type: WIKIPEDIA_CANCEL }],
  ])('rejects %s', (_label, msg) => {
    expect(parseWikipediaRequest(msg)).toBeNull();
  });
});

const summary = {
  title: 'Venezuela',
  description: 'Country in South America',
  extract: 'Venezuela is a country.',
  thumbnail: { url: 'https://upload.wikimedia.org/x.png', width: 320, height: 213 },
  pageUrl: 'https://en.wikipedia.org/wiki/Venezuela',
};

describe('parseWikipediaResult', () => {
  it('accepts every designed state', () => {
    const found = {
      status: 'found',
      summary,
      alternatives: [{ title: 'Venezuela (disambiguation)', description: null }],
      chosen: false,
      cached: { savedAt: 1, stale: true },
    };
    expect(parseWikipediaResult(found)).toEqual(found);
    expect(parseWikipediaResult({ status: 'ambiguous', choices: [{ title: 'A', description: 'a' }] })).toEqual({
      status: 'ambiguous',
      choices: [{ title: 'A', description: 'a' }],
    });
    for (const status of ['not-found', 'offline', 'disabled'])
      expect(parseWikipediaResult({ status })).toEqual({ status });
    expect(parseWikipediaResult({ status: 'error', reason: 'timeout', message: 'Slow.' })).toEqual({
      status: 'error',
      reason: 'timeout',
      message: 'Slow.',
    });
  });

  it('rejects links and images outside Wikipedia, and malformed shapes', () => {
    const found = (s: object) => ({
      status: 'found',
      summary: { ...summary, ...s },
      alternatives: [],
      chosen: false,
      cached: null,
    });
    expect(parseWikipediaResult(found({}))).not.toBeNull();
    expect(parseWikipediaResult(found({ pageUrl: 'javascript:alert(1)' }))).toBeNull();
    expect(parseWikipediaResult(found({ pageUrl: 'https://en.wikipedia.org.evil.example/wiki/X' }))).toBeNull();
    expect(parseWikipediaResult(found({ pageUrl: 'http://en.wikipedia.org/wiki/X' }))).toBeNull();
    expect(
      parseWikipediaResult(found({ thumbnail: { url: 'https://evil.example/x.png', width: 1, height: 1 } })),
    ).toBeNull();
    expect(parseWikipediaResult(found({ extract: 5 }))).toBeNull();
    expect(parseWikipediaResult({ status: 'error', reason: 'because', message: 'x' })).toBeNull();
    expect(parseWikipediaResult({ status: 'ambiguous', choices: 'A, B' })).toBeNull();
    expect(
      parseWikipediaResult({
        status: 'found',
        summary,
        alternatives: [],
        chosen: false,
        cached: { savedAt: 'now', stale: false },
      }),
    ).toBeNull();
  });
});

describe('wikipediaNote', () => {
  it('turns a summary into a contract note with its link', () => {
    expect(wikipediaNote(summary)).toEqual({
      source: 'wikipedia',
      text: 'Venezuela: Country in South America. Venezuela is a country.',
      url: 'https://en.wikipedia.org/wiki/Venezuela',
    });
    expect(wikipediaNote({ ...summary, description: null, extract: '' }).text).toBe('Venezuela.');
  });
});
