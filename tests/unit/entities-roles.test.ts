import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const roleOf = (text: string, name: string): string | null | undefined =>
  findEntities(text, model).find((e: Entity) => e.name === name)?.role;

describe('roles next to a person’s name', () => {
  it('takes the body a person is of, and "at" after a description', () => {
    expect(roleOf('“It hurt,” Heyward said, via Brian Batko of the Pittsburgh Post-Gazette.', 'Brian Batko')).toBe(
      'of the Pittsburgh Post-Gazette',
    );
    expect(
      roleOf(
        'When the immunologist Dan Herbert at the University of Pennsylvania looked inside, he saw it.',
        'Dan Herbert',
      ),
    ).toBe('the immunologist at the University of Pennsylvania');
  });

  it('keeps a party tag with the title and looks past it for the appositive', () => {
    expect(
      roleOf(
        '“No,” said Rep. Brian Babin (R-TX), ranking member of the House Science Committee, on Monday.',
        'Brian Babin',
      ),
    ).toBe('Rep. (R-TX); ranking member of the House Science Committee');
  });

  it('takes a job written with a capital, a two-word position, an owner and a fronted "As a"', () => {
    expect(
      roleOf('NASA Administrator Jim Bridenstine said in a statement that it would go ahead.', 'Jim Bridenstine'),
    ).toBe('NASA Administrator');
    expect(roleOf('Rudolph had thrown the ball to running back Trey Edmunds before the hit.', 'Trey Edmunds')).toBe(
      'running back',
    );
    expect(roleOf('In the interview, BBC’s Emily Maitlis did an excellent job.', 'Emily Maitlis')).toBe('BBC’s');
    expect(
      roleOf(
        'As a lung biologist at the University of Pennsylvania, Andrew Vaughan followed the work.',
        'Andrew Vaughan',
      ),
    ).toBe('a lung biologist at the University of Pennsylvania');
  });

  it('takes a description whose head takes a name after it', () => {
    expect(roleOf('Former special envoy to Ukraine Kurt Volker resigned on Friday.', 'Kurt Volker')).toBe(
      'Former special envoy to Ukraine',
    );
    expect(roleOf('He met ambassador to the UN Nikki Haley in New York.', 'Nikki Haley')).toBe('ambassador to the UN');
  });

  it('takes an appositive without the relative clause that follows it, and no title ending in a small word', () => {
    expect(
      roleOf(
        '“Fine,” said Will Tjernlund, a consultant for Amazon sellers who has a business account.',
        'Will Tjernlund',
      ),
    ).toBe('a consultant for Amazon sellers');
    expect(
      roleOf(
        'Someone named Man Haron Monis, who was considered mentally unstable and had been investigated for murder, seized hostages.',
        'Man Haron Monis',
      ),
    ).toBe('considered mentally unstable');
    const braun = findEntities('A rep for Scooter Braun told the outlet on Monday.', model).find(
      (e) => e.name === 'Scooter Braun',
    );
    expect(braun?.role ?? null).toBeNull();
  });
});

describe('roles of organisations and places', () => {
  it('takes the kind written after the name, but not after "a" or before another name', () => {
    expect(roleOf('The craft broke up, the Interfax news agency said on Thursday.', 'Interfax')).toBe(
      'the news agency',
    );
    expect(roleOf('NASA supplier SpaceX has been grounded since a rocket explosion.', 'NASA')).toBeNull();
  });

  it('takes what a place is from "the state of", and the owner’s adjective off a name', () => {
    expect(roleOf('The company promised the state of New York that it would cap prices.', 'New York')).toBe(
      'the state',
    );
    expect(roleOf('People west of the regional capital of Kyzyl saw a flash.', 'Kyzyl')).toBe('the regional capital');
    expect(
      roleOf('He knows what is happening at Amazon-owned Whole Foods Market in Seattle.', 'Whole Foods Market'),
    ).toBe('Amazon-owned');
  });
});
