import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { analyzeText } from '../../src/core/analysis/analyze';
import { entitiesFrom, findEntities } from '../../src/core/nlp/entities';
import { recognize } from '../../src/core/nlp/ner/recognize';
import { assignIds, slugify } from '../../src/core/nlp/entities/ids';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const find = (text: string): Entity[] => findEntities(text, model);
const named = (es: Entity[], name: string): Entity | undefined => es.find((e) => e.name === name);

describe('findEntities: aliases and roles', () => {
  it('cuts titles off names, keeps them as role and titled alias, and leaves possessives outside', () => {
    const text =
      "German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday. Merkel's spokesman said Macron was pleased.";
    const es = find(text);
    const merkel = named(es, 'Angela Merkel')!;
    expect(merkel.type).toBe('person');
    expect(merkel.role).toBe('German Chancellor');
    expect(merkel.aliases.sort()).toEqual(['German Chancellor Angela Merkel', 'Merkel']);
    const poss = text.indexOf("Merkel's");
    expect(merkel.mentions.map((m) => [m.start, m.end])).toContainEqual([poss, poss + 6]);
    expect(named(es, 'Emmanuel Macron')!.role).toBe('French President');
    expect(named(es, 'Berlin')!.type).toBe('place');
  });

  it('sends an ambiguous bare surname to the nearest preceding full name, never to both', () => {
    const text =
      'Delcy Rodriguez spoke first on Monday. Later, Jorge Rodriguez, head of the legislature, replied. Rodriguez said the vote would go ahead.';
    const es = find(text);
    const delcy = named(es, 'Delcy Rodriguez')!;
    const jorge = named(es, 'Jorge Rodriguez')!;
    expect(delcy.id).not.toBe(jorge.id);
    const bare = text.lastIndexOf('Rodriguez said');
    expect(jorge.mentions.some((m) => m.start === bare)).toBe(true);
    expect(delcy.mentions.some((m) => m.start === bare)).toBe(false);
    expect(jorge.role).toBe('head of the legislature');
  });

  it('leaves an ambiguous surname unresolved when no full name precedes it', () => {
    const text =
      'Rodriguez was not available for comment on Monday. Delcy Rodriguez spoke first. Then Jorge Rodriguez replied to her.';
    const es = find(text);
    const first = text.indexOf('Rodriguez');
    for (const name of ['Delcy Rodriguez', 'Jorge Rodriguez']) {
      expect(named(es, name)!.mentions.some((m) => m.start === first)).toBe(false);
    }
  });

  it('merges an acronym with its expansion when the text gives both', () => {
    const text =
      'Venezuela has asked the Organization of the Petroleum Exporting Countries for help. OPEC did not reply. The United States said the US would not back down.';
    const es = find(text);
    const us = named(es, 'United States')!;
    expect(us.type).toBe('place');
    expect(us.aliases).toContain('US');
    expect(es.filter((e) => e.name === 'US')).toEqual([]);
  });

  it('keeps a quoted nickname inside the name, and the who-clause as role', () => {
    const text = 'The order came from Admiral Frank M “Mitch” Bradley, who heads the US Special Operations Command.';
    const b = named(find(text), 'Frank M “Mitch” Bradley')!;
    expect(b.role).toBe('Admiral; heads the US Special Operations Command');
  });

  it('reads a defining appositive after an organisation, not a list', () => {
    const es = find('Washington accuses Maduro of running the “Cartel of the Suns”, an alleged drug-trafficking ring.');
    expect(named(es, 'Cartel of the Suns')?.role).toBe('an alleged drug-trafficking ring');
    const list = find('Officials from Venezuela, the United States and Brazil met in Caracas.');
    expect(named(list, 'Venezuela')?.role ?? null).toBeNull();
  });

  it('skips a courtesy title and an age, and reads the description after them', () => {
    const es = find(
      'Boris Johnson, the former prime minister, spoke first. Mr Johnson then left. John Smith, 45, a teacher from Leeds, was arrested.',
    );
    const johnson = named(es, 'Boris Johnson')!;
    expect(johnson.role).toBe('the former prime minister');
    expect(johnson.aliases).toContain('Mr Johnson');
    expect(named(es, 'John Smith')!.role).toBe('a teacher from Leeds');
  });

  it('does not make nationalities into entities', () => {
    const es = find('Venezuelan officials and American diplomats met European envoys in Geneva.');
    expect(es.map((e) => e.name)).not.toContain('Venezuelan');
    expect(es.map((e) => e.name)).not.toContain('American');
  });
});

describe('findEntities: bad input', () => {
  it('returns nothing for empty, blank or letterless text', () => {
    expect(find('')).toEqual([]);
    expect(find('   \n\n  ')).toEqual([]);
    expect(find('12 34 56 -- !!! ??? 1996-08-22')).toEqual([]);
  });

  it('finds no names in text without capitals, without throwing', () => {
    expect(find('the president met the prime minister in the capital on monday and they talked about trade.')).toEqual(
      [],
    );
  });

  it('reads all-caps headlines above normal text', () => {
    const es = find(
      'TRUMP SAYS US COULD SOON STRIKE VENEZUELA\nPresident Donald Trump said on Tuesday that the United States could strike targets inside Venezuela.',
    );
    expect(named(es, 'Donald Trump')?.type).toBe('person');
    expect(named(es, 'Venezuela')?.type).toBe('place');
  });

  it('copes with a megabyte of text (analysis caps it, the entity stage itself does not fail)', () => {
    const para =
      'President Donald Trump said the United States could strike targets inside Venezuela, according to officials in Washington.\n\n';
    const big = para.repeat(Math.ceil(1_000_000 / para.length));
    // a smaller cap than the default keeps the test quick; the default (200k chars) takes ~1 s
    const res = analyzeText(big, { ner: model }, { maxChars: 60_000 });
    expect(res.truncated?.totalChars).toBe(big.length);
    expect(res.truncated!.analysedChars).toBeLessThanOrEqual(60_000);
    expect(named(res.entities, 'Donald Trump')!.mentions.length).toBeGreaterThan(100);
    expect(named(res.entities, 'Washington')!.type).toBe('place');
  }, 15_000);

  it('lists no entities for a non-English article and says why', () => {
    const es =
      'Las tensiones entre Estados Unidos y Venezuela han aumentado después de que el presidente Donald Trump sugiriera que las fuerzas podrían atacar objetivos dentro del país. Sus comentarios siguen a una serie de ataques.';
    const res = analyzeText(es, { ner: model }, { declaredLang: 'es' });
    expect(res.entities).toEqual([]);
    expect(res.unsupported?.reason).toMatch(/not supported/);
  });
});

describe('findEntities: any input', () => {
  it('never throws and every mention slices back to its text', () => {
    const pieces = fc.constantFrom(
      'Trump',
      'US',
      'Venezuela',
      '“',
      '”',
      '"',
      "'s",
      '’s',
      'President',
      'Admiral',
      ',',
      '.',
      '\n',
      ' ',
      ' ',
      ' ',
      'the',
      'of',
      'Mitch',
      'OPEC',
      'É',
      '🇻🇪',
      '-',
      'Rodriguez',
      'who',
      'an',
      'WAR',
      'Cartel',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        for (const e of find(text)) {
          expect(e.mentions.length).toBeGreaterThan(0);
          for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('survives one enormous token and a sentence without end', () => {
    expect(() => find('A'.repeat(100_000))).not.toThrow();
    expect(() => find('Word '.repeat(20_000))).not.toThrow();
  }, 15_000);
});

describe('entity ids', () => {
  it('are readable slugs, de-duplicated', () => {
    expect(slugify('Frank M “Mitch” Bradley')).toBe('frank-m-mitch-bradley');
    expect(slugify('Nicolás Maduro')).toBe('nicolas-maduro');
    expect(assignIds(['Washington', 'Washington', 'OPEC'])).toEqual(['washington', 'washington-2', 'opec']);
  });
});

/** The entities of `text` with the recognizer's spans replaced by [word, type] (one-token spans, in order). */
function withSpans(text: string, spans: [string, string][]): Entity[] {
  const rec = recognize(text, model);
  let from = 0;
  rec.spans = spans.map(([w, type]) => {
    const first = rec.tokens.findIndex((t, i) => i >= from && t.text === w);
    from = first + 1;
    return { type, first, last: first + 1 };
  });
  return entitiesFrom(text, rec, model);
}

describe('names that are no entities', () => {
  it('drops currency codes and abbreviations of common nouns', () => {
    const text = 'The EUR fell against the dollar. Harlow sells the DVD and the DNA kit; Dana Pike has a Ph.D. in law.';
    expect(
      withSpans(text, [
        ['EUR', 'ORG'],
        ['Harlow', 'ORG'],
        ['DVD', 'ORG'],
        ['DNA', 'ORG'],
        ['Ph.D', 'PER'],
      ]).map((e) => e.name),
    ).toEqual(['Harlow']);
  });

  it('drops the followers of a religion', () => {
    const text = 'Muslims and Christians met in Harlow on Friday.';
    expect(
      withSpans(text, [
        ['Muslims', 'PER'],
        ['Christians', 'ORG'],
        ['Harlow', 'LOC'],
      ]).map((e) => e.name),
    ).toEqual(['Harlow']);
  });
});

describe('an entity whose type Gloss is unsure of', () => {
  it('is marked when its mentions were read as different kinds', () => {
    const text = 'Harlow grew fast this year. Analysts said Harlow would keep growing.';
    const [harlow] = withSpans(text, [
      ['Harlow', 'ORG'],
      ['Harlow', 'LOC'],
    ]);
    expect(harlow!.typeUncertain).toBe(true);
  });

  it('is not marked when they agree', () => {
    const text = 'Harlow grew fast this year. Analysts said Harlow would keep growing.';
    const [harlow] = withSpans(text, [
      ['Harlow', 'ORG'],
      ['Harlow', 'ORG'],
    ]);
    expect(harlow!.typeUncertain).toBeUndefined();
  });
});

describe('findEntities: companies read as people', () => {
  it('makes an organisation of a listed company the recognizer reads as a person', () => {
    expect(named(find('Kroger said on Monday that sales rose.'), 'Kroger')?.type).toBe('organization');
    expect(
      named(find('Last month, Instagram also made it possible for creators to hide likes.'), 'Instagram')?.type,
    ).toBe('organization');
    const ng = find('The team includes Northrop Grumman, which builds the stage.');
    expect(ng.find((e) => e.name.includes('Grumman'))?.type).toBe('organization');
  });

  it('keeps a person whose name only shares a word with a company', () => {
    expect(named(find('Michael Dell said the plan was sound.'), 'Michael Dell')?.type).toBe('person');
    expect(named(find('Mr. Kroger said the plan was sound.'), 'Kroger')?.type).toBe('person');
  });
});

describe('findEntities: a state abbreviated in news style', () => {
  it('names the state the article names in full', () => {
    const es = find('She lives in Fresno, Calif., and has worked in California for years.');
    const state = es.find((e) => e.name === 'California');
    expect(state?.type).toBe('place');
    expect(state?.mentions.length).toBe(2);
    expect(es.some((e) => e.name.startsWith('Calif') && e !== state)).toBe(false);
  });
});
