/**
 * Property tests for the entity stage and its alias merger (findEntities with the real model):
 * arbitrary and adversarial strings never throw; every mention is a span of the text on
 * code-point boundaries whose `text` is exactly that slice; no mention belongs to two entities;
 * ids are unique; and a person's surname, met after the full name, merges into that person.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findEntities } from '../../src/core/nlp/entities';
import { loadNerModelFile } from '../../src/cli/model-file';
import type { NerModel } from '../../src/core/nlp/ner/model';
import type { Entity } from '../../src/core/analysis/contract';
import { adversarialText, anyString, assertSpan, piece } from './prop-helpers';

let model: NerModel;
beforeAll(() => {
  model = loadNerModelFile();
});

function checkEntities(text: string, entities: Entity[]): void {
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const e of entities) {
    expect(typeof e.id).toBe('string');
    expect(ids.has(e.id)).toBe(false);
    ids.add(e.id);
    expect(['person', 'organization', 'place', 'other']).toContain(e.type);
    expect(e.name.length).toBeGreaterThan(0);
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const a of e.aliases) expect(typeof a).toBe('string');
    for (const m of e.mentions) {
      assertSpan(text, m, `mention of ${e.name}`);
      expect(m.text).toBe(text.slice(m.start, m.end));
      const key = `${m.start}:${m.end}`;
      // The merger puts each mention in exactly one entity.
      expect(owner.get(key) ?? e.id).toBe(e.id);
      owner.set(key, e.id);
    }
  }
}

describe('findEntities properties (real model)', () => {
  it('any string: never throws, mentions are exact slices on code-point boundaries', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        checkEntities(text, findEntities(text, model));
      }),
      { numRuns: 150 },
    );
  });

  it('adversarial article text (unicode, RTL, zero-width, quote runs, markup)', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        checkEntities(text, findEntities(text, model));
      }),
      { numRuns: 50 },
    );
  });

  it('a surname after the full name joins that person, whatever surrounds them', () => {
    // Names the recognizer reads as people in plain sentences; the surrounding noise is random.
    const people = [
      ['Donald Trump', 'Trump'],
      ['Angela Merkel', 'Merkel'],
      ['Emmanuel Macron', 'Macron'],
      ['Kamala Harris', 'Harris'],
    ] as const;
    let checked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...people),
        fc.array(piece, { maxLength: 6 }),
        fc.array(piece, { maxLength: 6 }),
        ([full, surname], before, between) => {
          const text =
            `${before.join(' ')}\n\nOn Monday ${full} said the talks in Geneva had gone well. ` +
            `${between.join(' ')}\n\nLater, ${surname} told reporters that a deal was close.`;
          const entities = findEntities(text, model);
          checkEntities(text, entities);
          const fullAt = text.indexOf(`On Monday ${full}`) + 'On Monday '.length;
          const surAt = text.lastIndexOf(`Later, ${surname}`) + 'Later, '.length;
          const holder = (at: number, len: number) =>
            entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + len));
          const a = holder(fullAt, full.length);
          const b = holder(surAt, surname.length);
          // Only when the recognizer tagged both as one person is the merge the merger's to make.
          if (a && b && a.type === 'person') {
            expect(b.id).toBe(a.id);
            expect(a.name).toBe(full);
            checked++;
          }
          return true;
        },
      ),
      { numRuns: 60 },
    );
    // Not vacuous: most runs must reach the merge check.
    expect(checked).toBeGreaterThan(30);
  });

  it('the merge itself is exercised: in clean text the full name and surname are one entity', () => {
    for (const [full, surname] of [
      ['Donald Trump', 'Trump'],
      ['Angela Merkel', 'Merkel'],
    ] as const) {
      const text = `On Monday ${full} said the talks in Geneva had gone well.\n\nLater, ${surname} told reporters that a deal was close.`;
      const entities = findEntities(text, model);
      const person = entities.find((e) => e.name === full);
      expect(person?.type).toBe('person');
      expect(person!.mentions.map((m) => m.text)).toEqual([full, surname]);
    }
  });
});
