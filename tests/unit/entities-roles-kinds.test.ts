import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const roleOf = (text: string, name: string): string | null | undefined =>
  findEntities(text, model).find((e: Entity) => e.name === name)?.role;

describe('titles and party tags', () => {
  it('leaves the verb before a title out of the role', () => {
    expect(
      roleOf('Prosecutors said a man threatened to kill Rep. Anna Lopez (D-Ore.), the office said.', 'Anna Lopez'),
    ).toBe('Rep. (D-Ore.)');
    // a describing word after "to" stays
    expect(roleOf('He spoke to former president Carl Mint on Monday.', 'Carl Mint')).toBe('former president');
  });
});

describe('appositives', () => {
  it('takes a description that opens a clause after a dash', () => {
    expect(
      roleOf(
        'It might remind you of Henry Marsh — the late surgeon wrote about such symptoms in a book.',
        'Henry Marsh',
      ),
    ).toBe('the late surgeon');
  });

  it('reads the next item of a list as no description of a person', () => {
    expect(
      roleOf(
        'The age gave us the paintings of Paul Martin, the radically new fashions of Coco Lane, and the music of Carl Rees.',
        'Paul Martin',
      ),
    ).toBeNull();
    expect(roleOf('We read about Pat W. Dorne, a man convicted of threatening a judge.', 'Pat W. Dorne')).toBe(
      'a man convicted of threatening a judge',
    );
  });

  it('does not take an event set off by commas for a role', () => {
    expect(roleOf('Tane Walker, watched by his father, carves a design at their home.', 'Tane Walker')).toBeNull();
  });

  it('keeps the place a town lies in with the body a person is of', () => {
    expect(
      roleOf('“It was hard,” wrote Sam Keller of Cumbria, England, in a case report published Monday.', 'Sam Keller'),
    ).toBe('of Cumbria, England');
  });
});

describe('roles given by the sentence', () => {
  it('takes the office a person has been named to, wherever the name stands', () => {
    expect(roleOf('Smith resigned and Carl Berg has been named new FAA acting administrator.', 'Carl Berg')).toBe(
      'new FAA acting administrator',
    );
  });

  it('names the person a possessive pronoun stands for', () => {
    expect(
      roleOf(
        'Listen to financial planner Greg Dunmore. You can save more, he and his wife Lila explained on a podcast.',
        'Lila',
      ),
    ).toBe("his wife (Greg Dunmore's)");
    expect(roleOf('Hemi Walker and his 22-year-old son, John Walker, were called in to help.', 'John Walker')).toBe(
      "his 22-year-old son (Hemi Walker's)",
    );
  });

  it('keeps a plural after "the" and names an organisation by a compound kind', () => {
    expect(
      roleOf('The find brought the researchers Alan Frost and Mary Stone a Nobel Prize in 2001.', 'Alan Frost'),
    ).toBe('the researchers');
    expect(
      roleOf(
        'Pepsi, Costco and the recreational vehicle-maker Vanbrook are among retailers that raised prices.',
        'Vanbrook',
      ),
    ).toBe('the recreational vehicle-maker');
  });
});

describe('party tags, owners and who-clauses', () => {
  it('takes a party tag without a title, in brackets or between commas', () => {
    expect(roleOf('Jane Holt (R-Texas) said the bill was dead.', 'Jane Holt')).toBe('(R-Texas)');
    expect(roleOf('Sen. Jane Holt, R-Texas, chair of the Armed Services Committee, said so.', 'Jane Holt')).toBe(
      'Sen. R-Texas; chair of the Armed Services Committee',
    );
  });

  it('takes a description owned by a common noun or a name of several words', () => {
    expect(roleOf('The company’s chief executive, Jane Holt, said sales fell.', 'Jane Holt')).toBe(
      'The company’s chief executive',
    );
    expect(roleOf('Tom Holt’s wife, Jane Holt, said it was hard.', 'Jane Holt')).toBe('Tom Holt’s wife');
    expect(roleOf('Jane Holt, Tom Holt’s wife, said it was hard.', 'Jane Holt')).toBe('Tom Holt’s wife');
  });

  it('takes a job written with a capital in an appositive', () => {
    expect(roleOf('Jane Holt, a former Marine who served abroad, said it was hard.', 'Jane Holt')).toBe(
      'a former Marine',
    );
  });

  it('reads a who-clause with "is" as the description after it, and a passive event as none', () => {
    expect(roleOf('Jane Holt, who is also the mayor of Leeds, said it was hard.', 'Jane Holt')).toBe(
      'the mayor of Leeds',
    );
    expect(roleOf('Jane Holt, who was injured in the crash, said it was hard.', 'Jane Holt')).toBeNull();
    expect(roleOf('Jane Holt, who was considered mentally unstable, had a gun.', 'Jane Holt')).toBe(
      'considered mentally unstable',
    );
  });

  it('measures a long description without the relative clause cut from it', () => {
    expect(
      roleOf(
        "Ian Marsh, an expert in sleep loss and heart health at the Department of Health Sciences at the U.K.'s University of Leeds who was not involved in the study, told us.",
        'Ian Marsh',
      ),
    ).toBe(
      "an expert in sleep loss and heart health at the Department of Health Sciences at the U.K.'s University of Leeds",
    );
  });
});

describe('events and descriptions the next sentence gives', () => {
  it('takes a who-clause about a stretch of a game for an event', () => {
    expect(roleOf('Jane Holt, who sat out the third period, said it was hard.', 'Jane Holt')).toBeNull();
    expect(roleOf('Jane Holt, who heads the first division of the army, said it was hard.', 'Jane Holt')).toBe(
      'heads the first division of the army',
    );
  });

  it('gives a name the definite description that opens the next sentence', () => {
    expect(roleOf('The storm reached Leeds on Monday. The city has closed its schools.', 'Leeds')).toBe('The city');
    expect(roleOf('Jane Holt sang at the Ryman. The veteran singer plans a tour.', 'Jane Holt')).toBe(
      'The veteran singer',
    );
    // two of a kind before it: the reader cannot tell which
    expect(roleOf('Jane Holt met Tom Reed in Leeds. The veteran singer plans a tour.', 'Jane Holt')).toBeNull();
  });
});
