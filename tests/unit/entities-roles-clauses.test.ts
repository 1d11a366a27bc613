/**
 * Roles from clauses and phrases around a name, each kind on invented sentences of several shapes:
 * which-clauses of organisations, where a place lies, descriptions with their object set off by
 * commas before a name, past events in who-clauses, and places referred back to mid-sentence.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const roleOf = (text: string, name: string): string | null | undefined =>
  findEntities(text, model).find((e: Entity) => e.name === name)?.role;

describe('who-clauses', () => {
  it('takes a past event for no role', () => {
    expect(roleOf('Lisa Grant, who spoke at a rally in Ohio, said the plan was sound.', 'Lisa Grant')).toBeNull();
    expect(roleOf('Lisa Grant, who tweeted about the case, said the plan was sound.', 'Lisa Grant')).toBeNull();
    expect(roleOf('Mike Dunn, who scored twice in the first half, was named the best player.', 'Mike Dunn')).toBeNull();
  });

  it('keeps a past verb that says what the person made or led', () => {
    expect(roleOf('Sam Ortiz, who founded the startup in 2012, said the plan would work.', 'Sam Ortiz')).toBe(
      'founded the startup',
    );
    expect(roleOf('Sam Ortiz, who co-edited the first edition, said it was hard.', 'Sam Ortiz')).toBe(
      'co-edited the first edition',
    );
    expect(roleOf('Sam Ortiz, who owns a farm near Tulsa, said the plan would work.', 'Sam Ortiz')).toBe(
      'owns a farm near Tulsa',
    );
  });

  it('reads a who-clause after an age set off by a dash', () => {
    expect(roleOf('Ben Caro, 38 – who manages several pop stars – has been trying to reach her.', 'Ben Caro')).toBe(
      'manages several pop stars',
    );
  });
});

describe('organisations and places described after their name', () => {
  it('takes what a which-clause says the body does', () => {
    expect(roleOf('The deal went to Bellwether Group, which makes parts for jet engines.', 'Bellwether Group')).toBe(
      'makes parts for jet engines',
    );
    // what the body said or did is no role
    expect(roleOf('The deal went to Bellwether Group, which says it will appeal.', 'Bellwether Group')).toBeNull();
    expect(roleOf('The deal went to Bellwether Group, which reported losses.', 'Bellwether Group')).toBeNull();
  });

  it('keeps a participle that places the body', () => {
    expect(roleOf('The statement came from Free Voices, a rights group based in Geneva.', 'Free Voices')).toBe(
      'a rights group based in Geneva',
    );
  });

  it('takes where a place lies', () => {
    expect(roleOf('The fire started in Marwick, about 30 miles north of Denton, on Friday.', 'Marwick')).toBe(
      'about 30 miles north of Denton',
    );
    expect(roleOf('The boat sailed to Kell Island, near the northern tip of the chain.', 'Kell Island')).toBe(
      'near the northern tip of the chain',
    );
    expect(roleOf('Tourists flock to Varno, home to the oldest bridge in Europe.', 'Varno')).toBe(
      'home to the oldest bridge in Europe',
    );
  });
});

describe('descriptions that speak in a speech tag', () => {
  it('gives the one body or person named before it the description', () => {
    expect(
      roleOf('Kell Air cut 200 jobs on Monday. “We regret this,” the airline said in a statement.', 'Kell Air'),
    ).toBe('the airline');
    expect(roleOf('Kell Air cut 200 jobs on Monday, the airline said in a statement.', 'Kell Air')).toBe('the airline');
    expect(roleOf('Tina Dove cancelled the tour. “I am sorry,” the singer wrote on her website.', 'Tina Dove')).toBe(
      'the singer',
    );
  });

  it('reads an age as a description of a person', () => {
    expect(roleOf('Tom Lark was arrested on Monday. The 45-year-old was released on bail.', 'Tom Lark')).toBe(
      'The 45-year-old',
    );
    expect(roleOf('Tom Lark was arrested. “I did nothing,” the 45-year-old man told the court.', 'Tom Lark')).toBe(
      'the 45-year-old man',
    );
  });

  it('leaves the description unplaced among two of its kind', () => {
    expect(
      roleOf(
        'Kell Air and Bora Airlines cut jobs on Monday. “We regret this,” the airline said in a statement.',
        'Kell Air',
      ),
    ).toBeNull();
  });
});

describe('what a place is', () => {
  it('reads a word for a kind of place as the head of its description', () => {
    expect(roleOf('Ash fell on towns near Mount Keralo, a volcano on the north coast.', 'Mount Keralo')).toBe(
      'a volcano on the north coast',
    );
    expect(roleOf('Ash fell near Mount Keralo on Monday. The volcano last erupted in 1990.', 'Mount Keralo')).toBe(
      'The volcano',
    );
  });
});

describe('descriptions before a name with their object', () => {
  it('takes a description set off by commas that opens the sentence', () => {
    expect(roleOf('The director of the National Gallery, Jane Roe, said the loan was approved.', 'Jane Roe')).toBe(
      'The director of the National Gallery',
    );
    expect(roleOf('The former special envoy for Syria, Kurt Vance, testified on Tuesday.', 'Kurt Vance')).toBe(
      'The former special envoy for Syria',
    );
  });

  it('takes one inside the sentence when the name is closed off', () => {
    expect(roleOf('The plan was backed by the head of the union, Pia Sorn.', 'Pia Sorn')).toBe('the head of the union');
    // the comma ends an opening phrase: the name is its sentence's subject
    expect(
      roleOf('After meeting the head of the agency, Roe Jansen said the loan was approved.', 'Roe Jansen'),
    ).toBeNull();
  });

  it('skips a former employer and a photo pointer', () => {
    expect(roleOf('Tom Lark, formerly of the State Department, approved the plan.', 'Tom Lark')).toBe(
      'formerly of the State Department',
    );
    expect(roleOf('Tom Lark (pictured), the chief executive of the firm, said profits rose.', 'Tom Lark')).toBe(
      'the chief executive of the firm',
    );
  });
});

describe('places referred back to', () => {
  it('gives a place the description that stands for it later in a sentence', () => {
    expect(roleOf('Thousands marched in Lyon on Saturday. Police in the city said the crowd was calm.', 'Lyon')).toBe(
      'the city',
    );
    expect(roleOf('Thousands marched in Lyon on Saturday, and the city’s mayor called for calm.', 'Lyon')).toBe(
      'the city',
    );
    expect(roleOf('We flew to Oslo in May. Prices in the Norwegian capital were high.', 'Oslo')).toBe(
      'the Norwegian capital',
    );
  });

  it('leaves a place unsure among two, and a phrase that goes on', () => {
    expect(roleOf('We flew to Oslo and Bergen in May. Prices in the city were high.', 'Oslo')).toBeNull();
    expect(roleOf('Thousands marched in Lyon on Saturday. The city council met on Monday.', 'Lyon')).toBeNull();
  });
});
