/**
 * Roles where they stand and where they end: a subject complement ("X is a member of …"), a
 * later definite description of an organisation ("the Burbank entertainment giant"), and the
 * kinds of text that are no role: an event, a denial, a clause after an opening phrase, a verb
 * and its object, a list item, a word that only looks like a job.
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

describe('roles the article gives in other shapes', () => {
  it('takes what a name is said to be when it opens the sentence', () => {
    expect(
      roleOf('The bones were heavy. Hemi Walker is an integral member of the whale recovery team.', 'Hemi Walker'),
    ).toBe('an integral member of the whale recovery team');
    // no head word: "a lot of time" says nothing about the person
    expect(roleOf('The week was long. Hemi Walker was a lot of fun to watch.', 'Hemi Walker') ?? null).toBeNull();
  });

  it('takes a later description of an organisation, not one of another body or with a name before its head', () => {
    expect(
      roleOf(
        'Northwind Holdings said on Monday that profits fell, a year after the Denver logistics giant bought two airlines.',
        'Northwind Holdings',
      ),
    ).toBe('the Denver logistics giant');
    expect(
      roleOf(
        'Northwind Holdings paid for it. The money went to the Artemis program last year.',
        'Northwind Holdings',
      ) ?? null,
    ).toBeNull();
  });
});

describe('roles written with capitals or after "named"', () => {
  it('takes a short description opening with a capital, a party, and a job opening the sentence', () => {
    expect(roleOf('The deal closed. Jane Porter, Acme chief executive, said sales grew.', 'Jane Porter')).toBe(
      'Acme chief executive',
    );
    expect(roleOf('The vote failed. John Harlow, Republican of Ohio, said he was sorry.', 'John Harlow')).toBe(
      'Republican of Ohio',
    );
    expect(roleOf('The vote failed. Jane Porter, a Democrat, said prices rose.', 'Jane Porter')).toBe('a Democrat');
    expect(roleOf('The storm hit. Actor Tom Bexley and his family donated money.', 'Tom Bexley')).toBe('Actor');
  });

  it('takes a job without an article after the name', () => {
    expect(
      roleOf('Tests ran. Jane Porter, clinical psychologist at Acme Hospital, said it was clear.', 'Jane Porter'),
    ).toBe('clinical psychologist at Acme Hospital');
    expect(roleOf('Tests ran. Jane Porter, co-author of the study, said it was clear.', 'Jane Porter')).toBe(
      'co-author of the study',
    );
    expect(roleOf('Tests ran. Jane Porter, meanwhile, said it was clear.', 'Jane Porter') ?? null).toBeNull();
  });

  it('takes the office someone was named to, and ends a complement at a time phrase', () => {
    expect(roleOf('The office opened. Chad Morrow has been named acting secretary.', 'Chad Morrow')).toBe(
      'acting secretary',
    );
    expect(roleOf('The storm hit. Jane Porter was a teacher for years.', 'Jane Porter')).toBe('a teacher');
    expect(
      roleOf('The plan worked. Norvent Systems is a global software provider focused on hospitals.', 'Norvent Systems'),
    ).toBe('a global software provider');
  });
});

describe('no role from what is not one', () => {
  it('ends a description at a date', () => {
    expect(roleOf('Terry Olsen, the club’s captain since 2010, signed a new contract.', 'Terry Olsen')).toBe(
      'the club’s captain',
    );
  });

  it('takes no denial and no time phrase for a role', () => {
    expect(
      roleOf('Nadia Koval, who did not take part in the study, said the results were clear.', 'Nadia Koval') ?? null,
    ).toBeNull();
    expect(roleOf('Veteran actress Nadia Koval, who in 2008, won the award, posted photos.', 'Nadia Koval')).toBe(
      'Veteran actress',
    );
  });

  it('takes no main clause after a name in an opening phrase, but a description closed by a comma', () => {
    expect(
      roleOf(
        'According to Brightwater Media, the agency’s questions include whether its founder broke rules.',
        'Brightwater Media',
      ) ?? null,
    ).toBeNull();
    expect(
      roleOf('According to Elena Marsh, a spokeswoman for the council, the office was closed.', 'Elena Marsh'),
    ).toBe('a spokeswoman for the council');
  });

  it('takes no clause with a verb and its object for a description', () => {
    expect(
      roleOf(
        'In the morning, Kestrel Airways — Oslo’s flagship carrier Fjord Air finalized a deal to buy jets.',
        'Kestrel Airways',
      ) ?? null,
    ).toBeNull();
  });

  it('takes no list item, no adjective that ends like a job, and no verb after a modal', () => {
    expect(roleOf('The screen deals with Quorvex, entertainment, and other settings.', 'Quorvex') ?? null).toBeNull();
    expect(roleOf('The idea, from Dalby Press in Norway, makes brilliant sense.', 'Norway') ?? null).toBeNull();
    expect(
      roleOf('The tour will feature members Tom Bexley, Sam Ortiz and Ray Collins.', 'Sam Ortiz') ?? null,
    ).toBeNull();
    expect(
      roleOf('The man who kidnapped the child, Michael Drayton, was sentenced.', 'Michael Drayton') ?? null,
    ).toBeNull();
  });
});
