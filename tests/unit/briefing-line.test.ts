/**
 * The briefing line (src/ui/sidebar/briefing-line.ts): on the example article through the real
 * pipeline, and on small analyses where the article gives little (it says less, never invents).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, ArticleBlock, Entity, Quote } from '../../src/core/analysis/contract';
import { analyzeText } from '../../src/core/analysis/analyze';
import { extractArticle } from '../../src/core/article';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { briefingLine, briefingSentences, clipWords, TOO_LITTLE } from '../../src/ui/sidebar/briefing-line';
import { briefingMarkdown } from '../../src/ui/sidebar/briefing';
import { ROOT } from '../helpers/fixtures';

describe('the briefing line of the example article (real pipeline)', () => {
  let analysis: Analysis;
  let article: { text: string; blocks?: ArticleBlock[] };
  beforeAll(() => {
    const html = readFileSync(resolve(ROOT, 'tests/fixtures/pages/us-venezuela.html'), 'utf8');
    const found = extractArticle(new JSDOM(html, { url: 'https://example.invalid/news' }).window.document)!;
    article = { text: found.text, blocks: found.blocks };
    const ner = parseNerModel(JSON.parse(readFileSync(resolve(ROOT, 'assets/model/ner-model.json'), 'utf8')));
    analysis = analyzeText(found.text, { ner }, { declaredLang: 'en', blocks: found.blocks });
  }, 60_000);

  it('is about Maduro and Trump with their roles; Trump is quoted most; it happens in the US and Venezuela', () => {
    const line = briefingLine(analysis, article)!;
    expect(line.about.map((p) => [p.name, p.role])).toEqual([
      ['Nicolas Maduro', 'Venezuelan President'],
      ['Donald Trump', 'President'],
    ]);
    expect(line.quoted?.speakers.map((s) => s.name)).toEqual(['Donald Trump']);
    expect(line.quoted?.count).toBe(analysis.quotes.filter((q) => q.speaker?.entityId === 'donald-trump').length);
    expect(line.quoted?.quote?.text).toMatch(/^We're going to start doing those strikes on land too\. .*very soon$/);
    expect(analysis.quotes[line.quoted!.quote!.index]!.kind).toBe('full');
    expect(line.places.map((p) => p.name).slice(0, 2)).toEqual(['United States', 'Venezuela']);
    const [about, quoted, where] = briefingSentences(line, 60);
    expect(about).toBe('About Nicolas Maduro (Venezuelan President) and Donald Trump (President).');
    expect(quoted).toMatch(
      /^Quoted most: Donald Trump, \d+ times; first: “We're going to start doing those strikes on land too\. …”$/,
    );
    expect(where).toMatch(/^Where: United States, Venezuela/);
  });

  it('goes into the Markdown export, the quote whole', () => {
    const md = briefingMarkdown(
      { title: 'T', byline: null, siteName: null, publishedTime: null, ...article },
      analysis,
    );
    const line = md.split('\n').find((l) => l.startsWith('**In brief:**'));
    expect(line).toMatch(
      /^\*\*In brief:\*\* About Nicolas Maduro \(Venezuelan President\) and Donald Trump \(President\)\. Quoted most: .*we're going to start that very soon” Where: /,
    );
  });
});

const person = (id: string, mentions: number, role: string | null = null, type: Entity['type'] = 'person'): Entity => ({
  id,
  name: id,
  type,
  aliases: [],
  role,
  notes: [],
  mentions: Array.from({ length: mentions }, (_, i) => ({
    start: i * 10 + id.length,
    end: i * 10 + id.length + 3,
    text: id,
  })),
});
const q = (entityId: string | null, name: string, kind: Quote['kind'] = 'full', text = 'Words.'): Quote => ({
  text,
  start: 0,
  end: 1,
  spans: [{ start: 0, end: 1 }],
  kind,
  speaker: entityId || name ? { entityId, name, mention: null } : null,
  cue: 'said',
});

describe('when the article gives little', () => {
  it('names no one it names only once, and no place named once', () => {
    const line = briefingLine({ entities: [person('Ann', 1), person('Paris', 1, null, 'place')], quotes: [] })!;
    expect(line).toEqual({ about: [], quoted: null, places: [] });
    expect(briefingSentences(line)).toEqual([TOO_LITTLE]);
  });

  it('keeps beside the first only people named about half as often', () => {
    const line = briefingLine({
      entities: [person('Ann', 10, 'mayor'), person('Bob', 5), person('Cy', 4)],
      quotes: [],
    })!;
    expect(line.about.map((p) => p.name)).toEqual(['Ann', 'Bob']);
    expect(briefingSentences(line)).toEqual(['About Ann (mayor) and Bob.']);
  });

  it('a speaker quoted only in fragments has no full quote shown', () => {
    const line = briefingLine({
      entities: [person('Ann', 2)],
      quotes: [q('Ann', 'Ann', 'partial'), q('Ann', 'Ann', 'partial')],
    })!;
    expect(line.quoted).toEqual({ speakers: [{ entityId: 'Ann', name: 'Ann', role: null }], count: 2, quote: null });
    expect(briefingSentences(line)[1]).toBe('Quoted most: Ann, 2 times, in partial quotes only.');
  });

  it('says who is tied, an unlinked speaker by name, and ignores unattributed quotes', () => {
    const line = briefingLine({
      entities: [person('Ann', 1)],
      quotes: [
        q(null, '', 'full'),
        q(null, 'A spokesman', 'full', '"We disagree,"'),
        q('Ann', 'Ann', 'full', '“Not so.”'),
      ],
    })!;
    expect(line.quoted?.speakers.map((s) => s.name)).toEqual(['A spokesman', 'Ann']);
    expect(line.quoted?.quote?.text).toBe('We disagree');
    expect(briefingSentences(line)).toEqual([
      'Quoted most: A spokesman and Ann (once each); A spokesman first: “We disagree”',
    ]);
  });

  it('a lone speaker quoted once is "Quoted", not "Quoted most"', () => {
    const line = briefingLine({ entities: [person('Ann', 1, 'nurse')], quotes: [q('Ann', 'Ann')] })!;
    expect(briefingSentences(line)).toEqual(['Quoted: Ann (nurse), once; first: “Words.”']);
  });

  it('gives a role once: not again beside a speaker the "About" part named with it', () => {
    const role = 'a senior fellow at a research institute who advised two presidents on trade';
    const about = briefingLine({
      entities: [person('Ann', 3, role)],
      quotes: [q('Ann', 'Ann'), q('Ann', 'Ann')],
    })!;
    expect(briefingSentences(about)).toEqual([`About Ann (${role}).`, 'Quoted most: Ann, 2 times; first: “Words.”']);
    // Named once, the speaker is not in "About": the role goes with the quote.
    const quotedOnly = briefingLine({
      entities: [person('Ann', 1, role)],
      quotes: [q('Ann', 'Ann'), q('Ann', 'Ann')],
    })!;
    expect(briefingSentences(quotedOnly)).toEqual([`Quoted most: Ann (${role}), 2 times; first: “Words.”`]);
  });

  it('puts the dateline place first', () => {
    const text = 'CARACAS, Dec 2 (Reuters) -\n\nBody.';
    const line = briefingLine(
      {
        entities: [
          person('United States', 5, null, 'place'),
          { ...person('Caracas', 1, null, 'place'), name: 'Caracas' },
        ],
        quotes: [],
      },
      {
        text,
        blocks: [
          { start: 0, end: 26, kind: 'dateline' },
          { start: 28, end: 33, kind: 'paragraph' },
        ],
      },
    )!;
    expect(line.places.map((p) => p.name)).toEqual(['Caracas', 'United States']);
  });

  it('gives none for an article it could not read', () => {
    expect(briefingLine({ entities: [], quotes: [], unsupported: { reason: 'French' } })).toBeNull();
  });

  it('clips at a word', () => {
    expect(clipWords('one two three four', 12)).toBe('one two…');
    expect(clipWords('short', 12)).toBe('short');
    expect(clipWords('We go. Then we stay there', 14)).toBe('We go. …');
  });
});
