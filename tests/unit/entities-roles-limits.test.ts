/**
 * Where a role stops: a who-clause ends before a past event joined with "and", a description
 * before a name does not reach back over a particle ("pulled off …") or hold a sum of money,
 * an adjective written with a hyphen ("old-school") is no kind of organisation, and an item of
 * a list of things ("Face ID, a 12MP camera, and …") is no appositive.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { isOrgRoleHead } from '../../src/core/nlp/entities/role-words';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const roleOf = (text: string, name: string): string | null | undefined =>
  findEntities(text, model).find((e: Entity) => e.name === name)?.role;

describe('where a role stops', () => {
  it('ends a who-clause before a past event joined with "and"', () => {
    expect(
      roleOf(
        '"It went well," said Nora Whitfield, who runs a small bakery and drove on to the next town after lunch.',
        'Nora Whitfield',
      ),
    ).toBe('runs a small bakery');
  });

  it('does not take a verb’s particle into a title before the name', () => {
    expect(roleOf('In the last minute he knocked off Rams linebacker Derrick Vance’s helmet.', 'Derrick Vance')).toBe(
      'Rams linebacker',
    );
  });

  it('gives no role from a sum of money before the name', () => {
    expect(
      roleOf('That is far below the $40 million figure Carla Benning cited in her speech.', 'Carla Benning') ?? null,
    ).toBeNull();
  });

  it('reads a hyphenated adjective as no kind of organisation', () => {
    expect(isOrgRoleHead('old-school')).toBe(false);
    expect(isOrgRoleHead('high-school')).toBe(false);
    expect(isOrgRoleHead('drug-maker')).toBe(true);
  });
});

describe('an item of a list after a body', () => {
  it('reads a thing between commas going on with "and" as the next item, not a description', () => {
    const text = 'The phone from Apple is fast. Touch ID, a 48MP camera, and two-day battery life come with it.';
    expect(roleOf(text, 'ID') ?? roleOf(text, 'Touch ID') ?? null).toBeNull();
  });

  it('keeps a description with a word for a body', () => {
    expect(
      roleOf('The deal was backed by Norwood Capital, a private equity firm, and the two founders.', 'Norwood Capital'),
    ).toBe('a private equity firm');
  });
});

describe('a description written once for a list of people', () => {
  it('gives the body after the last name to each name of the list', () => {
    const text =
      'Anna Petrov of Leeds General Infirmary and Mark Ellison, Priya Natarajan, and Liam Doyle of the Glasgow Royal Hospital wrote the report.';
    expect(roleOf(text, 'Mark Ellison')).toBe('of the Glasgow Royal Hospital');
    expect(roleOf(text, 'Priya Natarajan')).toBe('of the Glasgow Royal Hospital');
    expect(roleOf(text, 'Anna Petrov')).toBe('of Leeds General Infirmary');
  });

  it('leaves a pair alone: two people may be of different places', () => {
    expect(
      roleOf('Mark Ellison and Liam Doyle of the Glasgow Royal Hospital spoke.', 'Mark Ellison') ?? null,
    ).toBeNull();
  });
});
