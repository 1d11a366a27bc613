/**
 * The example article (tests/fixtures/pages/us-venezuela.html) against the careful human reading
 * in us-venezuela.expected.json: every entity (name, type), alias, role and distinct-people pair.
 * The article text comes from the real extractor (src/core/article) on a jsdom Document.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { extractArticle } from '../../src/core/article';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const root = resolve(__dirname, '../..');
const expected = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/pages/us-venezuela.expected.json'), 'utf8')) as {
  entities: { name: string; type: string; aliases: string[]; role?: string }[];
  distinctPeople: [string, string][];
};

/** Places the article names that the reference reading leaves out ("the eastern Pacific"). */
const ALLOWED_EXTRA = new Set(['Pacific']);

let text = '';
let entities: Entity[] = [];

beforeAll(() => {
  const html = readFileSync(resolve(root, 'tests/fixtures/pages/us-venezuela.html'), 'utf8');
  const article = extractArticle(new JSDOM(html, { url: 'https://example.invalid/news' }).window.document);
  expect(article).not.toBeNull();
  text = article!.text;
  const model = parseNerModel(JSON.parse(readFileSync(resolve(root, 'assets/model/ner-model.json'), 'utf8')));
  entities = findEntities(text, model);
});

const byName = (name: string): Entity | undefined => entities.find((e) => e.name === name);

describe('entities of the example article', () => {
  for (const exp of expected.entities) {
    it(`${exp.name}: type, aliases, role`, () => {
      const e = byName(exp.name);
      expect(e, `missing entity ${exp.name}; got ${entities.map((x) => x.name).join(', ')}`).toBeDefined();
      expect(e!.type).toBe(exp.type);
      expect([...e!.aliases].sort()).toEqual([...exp.aliases].sort());
      expect(e!.role).toBe(exp.role ?? null);
      expect(e!.notes).toEqual([]);
    });
  }

  it('names no other person, organisation or place', () => {
    const names = new Set(expected.entities.map((e) => e.name));
    const extra = entities.filter((e) => e.type !== 'other' && !names.has(e.name) && !ALLOWED_EXTRA.has(e.name));
    expect(extra.map((e) => `${e.name} (${e.type})`)).toEqual([]);
  });

  it('keeps people who share a surname apart', () => {
    for (const [a, b] of expected.distinctPeople) {
      const ea = byName(a);
      const eb = byName(b);
      expect(ea && eb && ea.id !== eb.id).toBe(true);
    }
  });

  it('mentions point at the text, carry no title or possessive, and cover every use of a surname', () => {
    for (const e of entities) {
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.text).not.toMatch(/['’]s?$/);
        expect(m.text).not.toMatch(/^(President|Admiral|Senator|War Secretary|Republican|Venezuelan)\b/);
      }
    }
    for (const [surname, name] of [
      ['Trump', 'Donald Trump'],
      ['Maduro', 'Nicolas Maduro'],
      ['Hegseth', 'Pete Hegseth'],
    ] as const) {
      const e = byName(name)!;
      for (const hit of text.matchAll(new RegExp(`\\b${surname}\\b`, 'g'))) {
        const at = hit.index!;
        expect(
          e.mentions.some((m) => m.start <= at && at + surname.length <= m.end),
          `${surname} at ${at}`,
        ).toBe(true);
      }
    }
    const trump = byName('Donald Trump')!;
    const possessive = text.indexOf('Trump’s');
    expect(trump.mentions.some((m) => m.start === possessive && m.end === possessive + 5)).toBe(true);
  });

  it('sorts entities by first mention and gives them unique readable ids', () => {
    const firsts = entities.map((e) => Math.min(...e.mentions.map((m) => m.start)));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(byName('Donald Trump')!.id).toBe('donald-trump');
    for (const e of entities) {
      const starts = e.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});
