/**
 * Words beside a name that say its kind (type-cues.ts through context-types.ts), and a party
 * written with "party" in lower case (revise.ts), through the whole entity stage. Invented
 * sentences.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import type { NameMention } from '../../src/core/nlp/entities/aliases';
import { personalWordAfter, teamCue } from '../../src/core/nlp/entities/type-cues';
import { tokenize } from '../../src/core/nlp/tokenize';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const find = (text: string): Entity[] => findEntities(text, model);
const typeOf = (text: string, name: string): string | undefined =>
  find(text).find((e) => e.name === name || e.aliases.includes(name))?.type;

describe('a business named by the words after it', () => {
  it('makes an organisation of a name before "founder"', () => {
    expect(typeOf('Prices fell after Zarnova founder Ellen Grey spoke on Monday.', 'Zarnova')).toBe('organization');
  });

  it('makes an organisation of a name before its shares', () => {
    expect(typeOf("Analysts said Bellweather's shares fell 4% on Monday.", 'Bellweather')).toBe('organization');
  });

  it('keeps a region before "shares" a place', () => {
    expect(typeOf('Shares of Asia-Pacific rose. Asia-Pacific shares rose on Monday.', 'Asia-Pacific')).toBe('place');
  });
});

describe('a list after a plural noun for businesses', () => {
  it('makes organisations of the names in the list', () => {
    const text = 'The agency hired the companies Vantrel, Orbit Ardent and Kelso Dunmore to build the landers.';
    expect(typeOf(text, 'Kelso Dunmore')).toBe('organization');
  });
});

describe('a venue in a city', () => {
  it('makes a place of a venue named before its city and state', () => {
    const text =
      'The tour dates:\nAug. 30 -- Brenton Center, Denver, CO\nSept. 2 -- The Forum, Boise, ID\nSept. 4 -- Harlow Live, Reno, NV\n';
    expect(typeOf(text, 'Brenton Center')).toBe('place');
    expect(typeOf(text, 'The Forum')).toBe('place');
    expect(typeOf(text, 'Harlow Live')).toBe('place');
  });

  it('keeps a business named with its city an organisation', () => {
    const text = 'The winners were named.\nSorvex Labs, Hawthorne, California\nKestrel Works, Kent, Washington\n';
    expect(typeOf(text, 'Sorvex Labs')).not.toBe('place');
  });
});

describe('an outlet', () => {
  it('makes an organisation of a name after "told"', () => {
    expect(typeOf('His lawyer told The Ridge in a statement that he regrets it.', 'The Ridge')).toBe('organization');
  });
});

describe('a team named after its city', () => {
  const tokens = tokenize('He was shoved by Cleveland DL Larry Ogle. The Houston center Mark Pound spoke.');
  const at = (word: string): NameMention => {
    const i = tokens.findIndex((t) => t.text === word);
    return {
      type: 'LOC',
      first: i,
      last: i + 1,
      titleFirst: i,
      start: 0,
      end: 0,
      words: [word.toLowerCase()],
      nick: null,
      allCaps: false,
      capsLine: false,
      titleOnly: false,
    };
  };

  it('reads a city before a player position and a name as the team', () => {
    expect(teamCue(tokens, at('Cleveland'), false)).toBe(true);
  });

  it('reads "center" as a position only in sports reporting', () => {
    expect(teamCue(tokens, at('Houston'), false)).toBe(false);
    expect(teamCue(tokens, at('Houston'), true)).toBe(true);
  });
});

describe('a place named with a possessive', () => {
  it('makes a place of a name with a possessive after "on"', () => {
    expect(typeOf('She called a friend on Hattie’s Vineyard and said yes.', 'Hattie’s Vineyard')).toBe('place');
  });
});

describe('a party written with "party" in lower case', () => {
  it('finds the party with its lower-case word', () => {
    expect(typeOf('The newspaper is the mouthpiece of the Communist party in the capital.', 'Communist party')).toBe(
      'organization',
    );
  });

  it('takes no party from "a Christmas party"', () => {
    const names = find('They met at a Christmas party in the capital.').map((e) => e.name);
    expect(names).not.toContain('Christmas party');
  });
});

describe('institutions and lists of businesses', () => {
  it('makes an organisation of a hospital read as a place', () => {
    const text = 'Dr. Owen Hale, a chest physician at Brenmoor Albyn Hospital in Aberdeen, Scotland, saw her.';
    expect(typeOf(text, 'Brenmoor Albyn Hospital')).toBe('organization');
  });

  it('makes an organisation of a name listed among businesses', () => {
    const text =
      'NASA picked Orvex, Blue Larkin, Sierra Tama Corp., Ceres Robotics and Tyvak Systems to build the landers.';
    expect(typeOf(text, 'Blue Larkin')).toBe('organization');
  });

  it('keeps a person listed among people a person', () => {
    const text = 'The board named Anna Reyes, Blue Larkin and Tom Hale to the panel on Monday.';
    expect(typeOf(text, 'Blue Larkin')).not.toBe('organization');
  });
});

describe('words only a person has', () => {
  const tokens = tokenize('Her grief over Mike Cord’s death stays. Mike Cord’s work sells.');
  const mention = (first: number, last: number): NameMention => ({
    type: 'ORG',
    first,
    last,
    titleFirst: first,
    start: 0,
    end: 0,
    words: tokens.slice(first, last).map((t) => t.text.toLowerCase()),
    nick: null,
    allCaps: false,
    capsLine: false,
    titleOnly: false,
  });
  const at = (word: string, from = 0): number => tokens.findIndex((t, i) => i >= from && t.text === word);

  it('reads "X’s death" as a person’s', () => {
    const i = at('Mike');
    expect(personalWordAfter(tokens, mention(i, i + 2))).toBe(true);
    // the given name read alone before the surname
    expect(personalWordAfter(tokens, mention(i, i + 1))).toBe(true);
  });

  it('does not read "X’s work" as a person’s only', () => {
    const i = at('Mike', at('stays'));
    expect(personalWordAfter(tokens, mention(i, i + 2))).toBe(false);
  });
});

describe('an outlet named by its kind word after the name', () => {
  it('makes an organisation of a name before "magazine"', () => {
    expect(typeOf('Rolling Stone magazine said the tour was over.', 'Rolling Stone')).toBe('organization');
  });

  it('keeps a host before "radio show" a person', () => {
    const text = 'Jane Marlowe radio show drew callers. Marlowe said the show would go on.';
    expect(typeOf(text, 'Jane Marlowe')).toBe('person');
  });
});
