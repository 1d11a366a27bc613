/**
 * The example article against the careful human reading (us-venezuela.expected.json): every
 * quotation found with its speaker and kind, none of the notQuotes listed, nothing else listed.
 * Run three ways: the real pipeline (extractArticle on jsdom, analyzeText with the real NER
 * model), findQuotes with entities built by hand from the reference, and with no entities at all.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Quote } from '../../src/core/analysis/contract';
import { extractArticle } from '../../src/core/article';
import { analyzeText } from '../../src/core/analysis/analyze';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { findQuotes } from '../../src/core/nlp/quotes';

const root = resolve(__dirname, '../..');
const expected = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/pages/us-venezuela.expected.json'), 'utf8')) as {
  entities: { name: string; type: string; aliases: string[]; role?: string }[];
  quotes: { startsWith: string; speaker: string; kind: 'full' | 'partial' }[];
  notQuotes: string[];
};

let text = '';
let pipeline: { quotes: Quote[]; entities: Entity[] } = { quotes: [], entities: [] };

/** Entities as the reference reading has them, with every occurrence of each surface form. */
function handEntities(t: string): Entity[] {
  return expected.entities.map((e, i) => {
    const forms = [e.name, ...e.aliases].sort((a, b) => b.length - a.length);
    const mentions: Entity['mentions'] = [];
    for (const f of forms) {
      for (let at = t.indexOf(f); at >= 0; at = t.indexOf(f, at + 1)) {
        const end = at + f.length;
        if (/\w/.test(t[at - 1] ?? '') || /\w/.test(t[end] ?? '')) continue;
        if (!mentions.some((m) => m.start < end && at < m.end)) mentions.push({ start: at, end, text: f });
      }
    }
    // Two Rodriguezes: "Rodriguez" alone is not in the reference, so no bare-surname mentions.
    return {
      id: `e${i}`,
      name: e.name,
      type: e.type as Entity['type'],
      aliases: e.aliases,
      role: e.role ?? null,
      mentions,
      notes: [],
    };
  });
}

function checkAgainstReference(quotes: Quote[], entities: Entity[] | null): void {
  const used = new Set<Quote>();
  for (const exp of expected.quotes) {
    // "very soon" appears twice; the reference means the quotation in the "Although Trump" paragraph.
    const candidates = quotes.filter((q) => q.text.startsWith(exp.startsWith));
    expect(candidates.length, `quote "${exp.startsWith}"`).toBeGreaterThan(0);
    const q = candidates[candidates.length - 1]!;
    used.add(q);
    expect(q.speaker?.name, `speaker of "${exp.startsWith}"`).toBe(exp.speaker);
    expect(q.kind, `kind of "${exp.startsWith}"`).toBe(exp.kind);
    for (const s of q.spans) expect(/^["“‘']/.test(text.slice(s.start, s.end)), 'span starts at its mark').toBe(true);
    const m = q.speaker!.mention!;
    expect(m, `mention of "${exp.startsWith}"`).not.toBeNull();
    if (entities) {
      const ent = entities.find((e) => e.id === q.speaker!.entityId);
      expect(ent?.name, `entity of "${exp.startsWith}"`).toBe(exp.speaker);
    }
  }
  for (const nq of expected.notQuotes)
    expect(
      quotes.some((q) => q.text.includes(nq) && q.text.length < nq.length + 4),
      `not a quote: ${nq}`,
    ).toBe(false);
  expect(quotes.filter((q) => !used.has(q)).map((q) => q.text)).toEqual([]);
}

beforeAll(() => {
  const html = readFileSync(resolve(root, 'tests/fixtures/pages/us-venezuela.html'), 'utf8');
  const article = extractArticle(new JSDOM(html, { url: 'https://example.invalid/news' }).window.document);
  expect(article).not.toBeNull();
  text = article!.text;
  const ner = parseNerModel(JSON.parse(readFileSync(resolve(root, 'assets/model/ner-model.json'), 'utf8')));
  pipeline = analyzeText(text, { ner }, { declaredLang: 'en' });
});

describe('quotes in the example article', () => {
  it('real pipeline: extractArticle + analyzeText with the real NER model', () => {
    checkAgainstReference(pipeline.quotes, pipeline.entities);
  });

  it('hand-built entities from the reference reading', () => {
    const entities = handEntities(text);
    checkAgainstReference(findQuotes(text, entities), entities);
  });

  it('no entities at all: speaker names still come from the text', () => {
    checkAgainstReference(findQuotes(text, []), null);
  });

  it('the letter Delcy Rodriguez read out is Maduro’s; speaker mention is the name at the cue', () => {
    const q = pipeline.quotes.find((x) => x.text.startsWith('is trying to seize'))!;
    expect(text.slice(q.speaker!.mention!.start, q.speaker!.mention!.end)).toBe('Maduro');
    expect(q.cue).toBe('wrote');
  });

  it('pronoun speakers point at the pronoun itself', () => {
    const q = pipeline.quotes.find((x) => x.text.startsWith("It's called the fog of war"))!;
    expect(text.slice(q.speaker!.mention!.start, q.speaker!.mention!.end)).toBe('he');
    expect(q.speaker!.name).toBe('Pete Hegseth');
  });

  it('mismatched marks: a curly opening closed by a straight mark', () => {
    const q = pipeline.quotes.filter((x) => x.text === 'very soon').pop()!;
    expect(text.slice(q.start, q.end)).toBe('“very soon"');
  });
});
