import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64ToInt8, decodeSparse, encodeSparse, int8ToBase64, parseNerModel } from '../../src/core/nlp/ner/model';
import { recognize } from '../../src/core/nlp/ner/recognize';
import { __test as local } from '../../src/core/nlp/ner/features';
import { __test as localWord, wordInfo } from '../../src/core/nlp/ner/word-info';
import { foldWord } from '../../src/core/nlp/ner/fold';
import { findEntities } from '../../src/core/nlp/entities';
import { fnv, mix } from '../../src/core/nlp/ner/hash';

const path = resolve(__dirname, '../../assets/model/ner-model.json');

describe('NER model file', () => {
  // Load time is a benchmark figure (npm run bench), not an assertion.
  it('is at most 2 MB and loads', () => {
    const json = readFileSync(path, 'utf8');
    expect(json.length).toBeLessThanOrEqual(2_000_000);
    const model = parseNerModel(JSON.parse(json));
    expect(model.tags[0]).toBe('O');
    expect(model.weights.length).toBe((1 << model.bits) * model.tags.length);
  });

  it('features hash exactly as hash.ts does (local copies for speed)', () => {
    for (const [a, b] of [
      [0, 0],
      [1, 2],
      [0x811c9dc5, 65],
      [0xffffffff, 0x7fffffff],
      [12345, 0x9e3779b1],
    ] as const) {
      expect(local.mix(a, b)).toBe(mix(a, b));
      expect(localWord.fnv(a, b & 0xffff)).toBe(fnv(a, b & 0xffff));
    }
  });

  it('rejects what is not a model', () => {
    expect(() => parseNerModel(null)).toThrow();
    expect(() => parseNerModel({ version: 0 })).toThrow();
    expect(() =>
      parseNerModel({
        version: 1,
        kind: 'gloss-ner-perceptron',
        tags: ['O'],
        bits: 4,
        scale: 1,
        weights: 'AAAA',
        transitions: [],
      }),
    ).toThrow();
  });

  it('round-trips weights through sparse + base64 encoding', () => {
    const dense = new Int8Array(1000);
    dense[0] = 5;
    dense[3] = -127;
    dense[500] = 127;
    dense[999] = -1;
    const back = decodeSparse(base64ToInt8(int8ToBase64(encodeSparse(dense))), 1000);
    expect(Array.from(back)).toEqual(Array.from(dense));
  });

  it('tags a plain news sentence', () => {
    const model = parseNerModel(JSON.parse(readFileSync(path, 'utf8')));
    const text = 'Angela Merkel flew to Paris to meet officials of the European Commission.';
    const rec = recognize(text, model);
    const got = rec.spans.map(
      (s) => `${s.type}:${text.slice(rec.tokens[s.first]!.start, rec.tokens[s.last - 1]!.end)}`,
    );
    expect(got).toEqual(['PER:Angela Merkel', 'LOC:Paris', 'ORG:European Commission']);
  });
});

describe('accented and other non-ASCII Latin names', () => {
  it('fold to their ASCII forms', () => {
    expect(foldWord('Nicolás')).toBe('Nicolas');
    expect(foldWord('Rodríguez')).toBe('Rodriguez');
    expect(foldWord('Łódź')).toBe('Lodz');
    expect(foldWord('Søren')).toBe('Soren');
    expect(foldWord('Straße')).toBe('Strasse');
    expect(foldWord('O’Neill')).toBe("O'Neill");
    expect(foldWord('Maduro')).toBe('Maduro');
    expect(foldWord('Москва')).toBe('Москва'); // not Latin: left alone
  });

  it('get the same features as their ASCII forms (word, affixes, shape, flags)', () => {
    for (const [accented, ascii] of [
      ['Nicolás', 'Nicolas'],
      ['José', 'Jose'],
      ['ZÜRICH', 'ZURICH'],
      ['Muñoz', 'Munoz'],
      ['O’Neill', "O'Neill"],
    ] as const) {
      const a = wordInfo(accented);
      const b = wordInfo(ascii);
      expect({ ...a, stamp: 0 }).toEqual({ ...b, stamp: 0 });
    }
    // and differ from a word that is not the same name
    expect(wordInfo('Nicolás').word).not.toBe(wordInfo('Nicola').word);
  });

  it('are typed like their ASCII forms: Nicolás Maduro is a person', () => {
    const model = parseNerModel(JSON.parse(readFileSync(path, 'utf8')));
    const types = (text: string): string[] => findEntities(text, model).map((e) => `${e.type}:${e.name}`);
    expect(types('Nicolás Maduro met José Luis Rodríguez Zapatero in Caracas.')).toEqual([
      'person:Nicolás Maduro',
      'person:José Luis Rodríguez Zapatero',
      'place:Caracas',
    ]);
    expect(types('Nicolas Maduro met Jose Luis Rodriguez Zapatero in Caracas.')).toEqual([
      'person:Nicolas Maduro',
      'person:Jose Luis Rodriguez Zapatero',
      'place:Caracas',
    ]);
  });
});
