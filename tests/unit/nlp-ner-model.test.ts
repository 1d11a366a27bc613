import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64ToInt8, decodeSparse, encodeSparse, int8ToBase64, parseNerModel } from '../../src/nlp/ner/model';
import { recognize } from '../../src/nlp/ner/recognize';
import { __test as local } from '../../src/nlp/ner/features';
import { fnv, mix } from '../../src/nlp/ner/hash';

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
    for (const [a, b] of [[0, 0], [1, 2], [0x811c9dc5, 65], [0xffffffff, 0x7fffffff], [12345, 0x9e3779b1]] as const) {
      expect(local.mix(a, b)).toBe(mix(a, b));
      expect(local.fnv(a, b & 0xffff)).toBe(fnv(a, b & 0xffff));
    }
  });

  it('rejects what is not a model', () => {
    expect(() => parseNerModel(null)).toThrow();
    expect(() => parseNerModel({ version: 0 })).toThrow();
    expect(() => parseNerModel({ version: 1, kind: 'gloss-ner-perceptron', tags: ['O'], bits: 4, scale: 1, weights: 'AAAA', transitions: [] })).toThrow();
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
    const got = rec.spans.map((s) => `${s.type}:${text.slice(rec.tokens[s.first]!.start, rec.tokens[s.last - 1]!.end)}`);
    expect(got).toEqual(['PER:Angela Merkel', 'LOC:Paris', 'ORG:European Commission']);
  });
});
