import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const roleOf = (text: string, name: string): string | null | undefined =>
  findEntities(text, model).find((e: Entity) => e.name === name)?.role;

describe('roles written before a name', () => {
  it('takes a job with the employer in front of it', () => {
    expect(roleOf('Oil fell on Monday, Commerzbank analyst Carsten Fritsch said.', 'Carsten Fritsch')).toBe(
      'Commerzbank analyst',
    );
    expect(roleOf('The report drew criticism from Fox News host Jeanine Pirro on Tuesday.', 'Jeanine Pirro')).toBe(
      'Fox News host',
    );
  });

  it('takes determiners, possessives, adjectives and joined descriptions', () => {
    expect(roleOf('In 1910 the French engineer Georges Claude showed a new lamp.', 'Georges Claude')).toBe(
      'the French engineer',
    );
    expect(roleOf('Ramsay and his colleague Morris Travers isolated three gases.', 'Morris Travers')).toBe(
      'his colleague',
    );
    expect(
      roleOf('The company grew fast, and Whole Foods co-founder and CEO John Mackey wrote a memo.', 'John Mackey'),
    ).toBe('Whole Foods co-founder and CEO');
  });

  it('ends a description with the title that follows it', () => {
    expect(roleOf('While the team lost, Steelers defensive captain Cam Heyward did not respond.', 'Cam Heyward')).toBe(
      'Steelers defensive captain',
    );
  });

  it('looks past an honorific to the description before it', () => {
    expect(roleOf('In 1898 the Scottish chemist Sir William Ramsay found neon.', 'William Ramsay')).toBe(
      'the Scottish chemist',
    );
  });

  it('takes a description set off by a comma, alone or before another', () => {
    expect(roleOf('According to his aunt, Jane Starner, he was brilliant from the start.', 'Jane Starner')).toBe(
      'his aunt',
    );
    expect(roleOf('Steenburgen’s son, filmmaker Charlie McDowell, also remembers it.', 'Charlie McDowell')).toBe(
      'Steenburgen’s son, filmmaker',
    );
  });

  it('gives a list’s description, made singular, to every name in it', () => {
    const text =
      'To celebrate, founding members Tom Johnston, Michael McDonald, Pat Simmons and John McFee will reunite for a tour.';
    for (const name of ['Tom Johnston', 'Michael McDonald', 'Pat Simmons', 'John McFee'])
      expect(roleOf(text, name)).toBe('founding member');
    expect(
      roleOf(
        'Guests ranged from politicians such as Bill Clinton to media figures such as Katie Couric and Chelsea Handler.',
        'Chelsea Handler',
      ),
    ).toBe('media figure');
  });

  it('takes no description from a verb, a preposition or a bare plural before the name', () => {
    expect(roleOf('He told reporters Mark Smith would resign soon.', 'Mark Smith')).toBeNull();
    expect(roleOf('The prize went to researcher friends of Anna Lee last year.', 'Anna Lee')).toBeNull();
    expect(
      roleOf('Two hostages, American Kevin King and Australian Timothy Weeks, were freed.', 'Timothy Weeks'),
    ).toBeNull();
  });

  it('describes organisations by what they are', () => {
    expect(roleOf('The data came from the conservative-leaning Tax Foundation in May.', 'Tax Foundation')).toBe(
      'the conservative-leaning',
    );
    expect(
      roleOf('Numbers rose this year, according to rights group Amnesty International.', 'Amnesty International'),
    ).toBe('rights group');
  });
});

describe('roles written after a name', () => {
  it('takes an appositive led by a name when a describing word heads it', () => {
    expect(
      roleOf(
        'The tariffs hurt growth, said Ross Burkhart, a Boise State University political scientist, on Monday.',
        'Ross Burkhart',
      ),
    ).toBe('a Boise State University political scientist');
    expect(
      roleOf(
        'A study by the Centre for Economic Policy Research, a London-based think tank, concluded that.',
        'Centre for Economic Policy Research',
      ),
    ).toBe('a London-based think tank');
    expect(
      roleOf(
        'He said so, said Thomas Zurbuchen, NASA’s associate administrator, in the statement.',
        'Thomas Zurbuchen',
      ),
    ).toBe('NASA’s associate administrator');
  });

  it('takes a description between dashes, and one led by "now" or "one of"', () => {
    expect(roleOf('By 2017 Tom Harper — a young British filmmaker — had found his next project.', 'Tom Harper')).toBe(
      'a young British filmmaker',
    );
    expect(
      roleOf('Kathleen DelGiorno, now a staff scientist at the Salk Institute, helped.', 'Kathleen DelGiorno'),
    ).toBe('now a staff scientist at the Salk Institute');
    expect(roleOf('“It was instant,” said Beth Meacham, one of his editors at Tor.', 'Beth Meacham')).toBe(
      'one of his editors at Tor',
    );
  });

  it('ends a who-clause where a list of names goes on, and drops one that tells an event', () => {
    expect(
      roleOf(
        'They wrote to Kevin McAleenan, who was the acting director of the Department of Homeland Security and Alex Azar, the health secretary, on Monday.',
        'Kevin McAleenan',
      ),
    ).toBe('the acting director of the Department of Homeland Security');
    expect(
      roleOf('Team captain Cam Heyward, who openly lobbied for a ban on Thursday night, said nothing.', 'Cam Heyward'),
    ).toBe('Team captain');
  });

  it('takes no appositive that is a new clause or the description of the next name', () => {
    expect(roleOf('The study began in Frankfurt, the CDF team went to look at it.', 'Frankfurt')).toBeNull();
    expect(
      roleOf('It was translated by Michael Wells, the philosopher Luis de Miranda weaves a history.', 'Michael Wells'),
    ).toBeNull();
  });
});

describe('codes are not names', () => {
  it('drops market instrument codes and tickers printed after a period', () => {
    const es = findEntities(
      'Brent crude LCOc1 fell 2%. The Dow Jones Industrial Average .DJI rose 0.5%, and copper CMCU3 slipped in London.',
      model,
    );
    const names = es.map((e) => e.name);
    expect(names).not.toContain('LCOc1');
    expect(names).not.toContain('CMCU3');
    expect(names).not.toContain('DJI');
    expect(names).toContain('London');
  });
});

describe('short forms of an organisation’s name', () => {
  const groupOf = (text: string, name: string) =>
    findEntities(text, model).find((e) => e.name === name || e.aliases.includes(name));
  it('joins the name without its designator, its qualifier, or in another order', () => {
    expect(
      groupOf('Shoppers at Whole Foods Market paid less on Monday, and Whole Foods said sales rose.', 'Whole Foods')
        ?.name,
    ).toBe('Whole Foods Market');
    expect(
      groupOf(
        'The study came from the Urban-Brookings Tax Policy Center in Washington. The Tax Policy Center said costs would rise.',
        'Tax Policy Center',
      )?.name,
    ).toBe('Urban-Brookings Tax Policy Center');
    expect(
      groupOf(
        'Officials at the Department of Homeland Security said on Monday that a Homeland Security Department review had ended.',
        'Homeland Security Department',
      )?.name,
    ).toBe('Department of Homeland Security');
  });

  it('never merges a place into an organisation named after it', () => {
    const text = 'New Zealand has many whales. The New Zealand Department of Conservation counted them.';
    const es = findEntities(text, model);
    expect(es.find((e) => e.name === 'New Zealand')?.type).toBe('place');
    expect(es.find((e) => e.name === 'New Zealand Department of Conservation')?.aliases ?? []).not.toContain(
      'New Zealand',
    );
  });
});
