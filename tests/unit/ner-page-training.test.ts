import { describe, expect, it } from 'vitest';
import { labelReading } from '../../scripts/ner/page-readings';
import { GOLD_O_OR_MISC, GOLD_UNKNOWN, TAGS, toExample, updateTarget } from '../../scripts/ner/perceptron';
import { buildGazetteer } from '../../src/core/nlp/ner/gazetteer';

const ent = (name: string, type: 'person' | 'organization' | 'place', aliases: string[] = []) => ({
  name,
  type,
  aliases,
  role: null,
});

describe('training text from page readings', () => {
  it('labels the longest read name first, whole words only, and leaves a leading "the" out of the name', () => {
    const text = 'The Globe and Mail said Mailbox users in Globe County met the Globe and Mail staff.';
    const { spans } = labelReading(text, {
      entities: [ent('the Globe and Mail', 'organization'), ent('Globe County', 'place'), ent('Mail', 'person')],
      optional: [],
    });
    expect(spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`)).toEqual([
      'ORG:Globe and Mail',
      'LOC:Globe County',
      'ORG:Globe and Mail',
    ]);
  });

  it('ignores a name two types claim and an optional name without a type', () => {
    const text = 'Chile beat Peru in Chile; Acme Widgets rose.';
    const r = labelReading(text, {
      entities: [ent('Chile', 'place'), ent('Chile', 'organization'), ent('Peru', 'organization')],
      optional: [{ name: 'Acme Widgets', type: null, aliases: [] }],
    });
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Peru']);
    expect(r.ignore.map(([a, b]) => text.slice(a, b)).sort()).toEqual(['Acme Widgets', 'Chile', 'Chile']);
  });

  it('an unlabelled token of a loose document is O unless the model says MISC; an unknown one teaches nothing', () => {
    const gaz = buildGazetteer({});
    const ex = toExample(
      {
        text: 'Venezuelan troops met Maduro .',
        spans: [{ type: 'PER', start: 22, end: 28 }],
        tokenCount: 5,
        loose: true,
        ignore: [[0, 10]],
      },
      gaz,
      10,
      new Map(),
    );
    expect(Array.from(ex.gold)).toEqual([
      GOLD_UNKNOWN,
      GOLD_O_OR_MISC,
      GOLD_O_OR_MISC,
      TAGS.indexOf('B-PER'),
      GOLD_O_OR_MISC,
    ]);
    const bMisc = TAGS.indexOf('B-MISC');
    const bOrg = TAGS.indexOf('B-ORG');
    expect(updateTarget(GOLD_O_OR_MISC, bMisc)).toBe(bMisc);
    expect(updateTarget(GOLD_O_OR_MISC, bOrg)).toBe(0);
    expect(updateTarget(GOLD_UNKNOWN, bOrg)).toBe(bOrg);
    expect(updateTarget(bOrg, bMisc)).toBe(bOrg);
  });
});
