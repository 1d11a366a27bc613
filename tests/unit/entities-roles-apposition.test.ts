/**
 * Appositives after a name in the shapes news pages write them: a job with a capital after "the"
 * ("the U.S. Attorney for …"), a job without an article closing the sentence ("…, Leeds Police
 * Department spokesman."), a job with describing words and no article ("acclaimed London-based
 * designer"), and the same words given once when two readings of them meet.
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

describe('appositives after a name', () => {
  it('takes a description after "the" whose job is written with a capital', () => {
    expect(
      roleOf(
        'The trial ended on Friday. Daniel R. Okafor Jr., the U.S. Attorney for the Eastern District of Texas, said the verdict was fair.',
        'Daniel R. Okafor Jr.',
      ),
    ).toBe('the U.S. Attorney for the Eastern District of Texas');
  });

  it('takes an employer and a job without an article at the end of the sentence', () => {
    expect(
      roleOf(
        'Two men were arrested near the station on Sunday, said Sgt. Laura Pennick, Dayton Police Department spokeswoman.',
        'Laura Pennick',
      ),
    ).toBe('Sgt.; Dayton Police Department spokeswoman');
    // a verb after the job: no description ends there
    expect(
      roleOf('The plan was dropped after talks with Laura Pennick, Dayton engineers said.', 'Laura Pennick') ?? null,
    ).toBeNull();
  });

  it('takes a job led by describing words without an article', () => {
    expect(
      roleOf(
        'The lamps were made by Tomas Arvidsson, acclaimed Oslo-based designer, who has worked with glass since 2001.',
        'Tomas Arvidsson',
      ),
    ).toBe('acclaimed Oslo-based designer');
  });

  it('gives the same words once', () => {
    expect(
      roleOf('Police arrested Kevin J. Marlow, 41, of Springdale, on Tuesday after a chase.', 'Kevin J. Marlow'),
    ).toBe('of Springdale');
  });
});
