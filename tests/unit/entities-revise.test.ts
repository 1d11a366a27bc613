import { describe, expect, it } from 'vitest';
import { reviseSpans } from '../../src/core/nlp/entities/revise';
import type { NerSpan } from '../../src/core/nlp/ner/recognize';
import { splitSentences, tokenize } from '../../src/core/nlp/tokenize';

const DEMONYMS = new Set(['spanish', 'mexican', 'german', 'american']);

/** reviseSpans over `text` with recognizer spans given as [first word, last word, type] (words as tokens). */
function revise(text: string, spans: [string, string, string][]): string[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentLast = new Int32Array(tokens.length);
  for (const s of sentences) for (let i = s.first; i < s.last; i++) sentLast[i] = s.last;
  const at = (w: string, from = 0): number => tokens.findIndex((t, i) => i >= from && t.text === w);
  const ner: NerSpan[] = spans.map(([a, b, type]) => {
    const first = at(a);
    return { type, first, last: at(b, first) + 1 };
  });
  return reviseSpans(tokens, sentLast, ner, (l) => DEMONYMS.has(l)).map(
    (s) => `${s.type}:${text.slice(tokens[s.first]!.start, tokens[s.last - 1]!.end)}`,
  );
}

describe('reviseSpans: numbered units and national armed forces', () => {
  it('takes an ordinal or a unit number into the unit name', () => {
    expect(revise('It moved to the 65th Air Division in 1952.', [['Air', 'Division', 'ORG']])).toEqual([
      'ORG:65th Air Division',
    ]);
    expect(
      revise('It served with the Eighth Air Force in England.', [
        ['Air', 'Force', 'ORG'],
        ['England', 'England', 'LOC'],
      ]),
    ).toEqual(['ORG:Eighth Air Force', 'LOC:England']);
    expect(revise('Redesignated 3 Air Division on 1 June.', [['Air', 'Division', 'ORG']])).toEqual([
      'ORG:3 Air Division',
    ]);
  });

  it('takes a nationality into the name of its air force or army', () => {
    expect(
      revise('It trained with Spanish Air Force units.', [
        ['Spanish', 'Spanish', 'MISC'],
        ['Air', 'Force', 'ORG'],
      ]),
    ).toEqual(['ORG:Spanish Air Force']);
    expect(revise('The Mexican Army has denied it.', [['Army', 'Army', 'ORG']])).toEqual(['ORG:Mexican Army']);
  });

  it('leaves other organisations after a number or a nationality alone', () => {
    expect(
      revise('The German Bundesbank said so.', [
        ['German', 'German', 'MISC'],
        ['Bundesbank', 'Bundesbank', 'ORG'],
      ]),
    ).toEqual(['MISC:German', 'ORG:Bundesbank']);
    expect(revise('Stranraer 1 Division three', [['Stranraer', 'Stranraer', 'ORG']])).toEqual(['ORG:Stranraer']);
    expect(revise('They paid 3 Air France pilots.', [['Air', 'France', 'ORG']])).toEqual(['ORG:Air France']);
  });
});

describe('reviseSpans: what the last word of a name says', () => {
  it('makes a name headed by an event, prize or war word, or opened by "Battle of" or "Operation", an event (other)', () => {
    expect(revise('The band won at the MTV Video Music Awards in 2007.', [['MTV', 'Awards', 'ORG']])).toEqual([
      'MISC:MTV Video Music Awards',
    ]);
    expect(
      revise('It supported troops during the Battle of the Bulge that winter.', [['Bulge', 'Bulge', 'LOC']]),
    ).toEqual(['MISC:Battle of the Bulge']);
    expect(revise('They flew in Operation Market Garden in 1944.', [['Market', 'Garden', 'PER']])).toEqual([
      'MISC:Operation Market Garden',
    ]);
    expect(
      revise('Debt has not been this high since the Great Depression of the 1930s.', [['Great', 'Depression', 'LOC']]),
    ).toEqual(['MISC:Great Depression']);
    expect(revise('Talks failed during the Cuban Missile Crisis that October.', [['Cuban', 'Crisis', 'ORG']])).toEqual([
      'MISC:Cuban Missile Crisis',
    ]);
    // a single word is not taken for an event
    expect(revise('Cup holders Arsenal lost.', [['Arsenal', 'Arsenal', 'ORG']])).toEqual(['ORG:Arsenal']);
  });

  it('makes a name headed by a word for a place a place, except a football club or a surname', () => {
    expect(revise('The line crossed Hancock Pond near the town.', [['Hancock', 'Pond', 'ORG']])).toEqual([
      'LOC:Hancock Pond',
    ]);
    expect(revise('The train left Bridgton Junction at noon.', [['Bridgton', 'Junction', 'PER']])).toEqual([
      'LOC:Bridgton Junction',
    ]);
    expect(revise('Notts County lost at home.', [['Notts', 'County', 'ORG']])).toEqual(['ORG:Notts County']);
    expect(revise('Anthony Hill beat him in three games.', [['Anthony', 'Hill', 'PER']])).toEqual(['PER:Anthony Hill']);
  });

  it('does not leave a building or a business named after someone a person', () => {
    expect(
      revise('They played at the Mark Hopkins Hotel in San Francisco.', [
        ['Mark', 'Hotel', 'PER'],
        ['San', 'Francisco', 'LOC'],
      ]),
    ).toEqual(['ORG:Mark Hopkins Hotel', 'LOC:San Francisco']);
    expect(revise('The Clarence Dock is on the river.', [['Clarence', 'Dock', 'PER']])).toEqual(['LOC:Clarence Dock']);
  });

  it('takes "Park" or "Playfield" after a person\'s name into a place named after them', () => {
    expect(revise('The area was named Cal Anderson Park after him.', [['Cal', 'Anderson', 'PER']])).toEqual([
      'LOC:Cal Anderson Park',
    ]);
    expect(revise('Cal Anderson spoke in the park.', [['Cal', 'Anderson', 'PER']])).toEqual(['PER:Cal Anderson']);
  });

  it('keeps a title word the model read into an organisation name', () => {
    expect(revise('He pitched in Major League Baseball for years.', [['Major', 'Baseball', 'MISC']])).toEqual([
      'ORG:Major League Baseball',
    ]);
    expect(revise('Admiral Cartel of the Suns', [['Cartel', 'Suns', 'MISC']])).toEqual(['ORG:Cartel of the Suns']);
  });
});

describe('reviseSpans: titles in quotation marks', () => {
  it('makes names inside a quoted title words of the title', () => {
    expect(revise('A song called “Anarchy in Tokyo” was recorded there.', [['Tokyo', 'Tokyo', 'LOC']])).toEqual([
      'MISC:Anarchy in Tokyo',
    ]);
    expect(
      revise('He is best known for "Ice Cold in Alex" and other films.', [
        ['Ice', 'Cold', 'ORG'],
        ['Alex', 'Alex', 'LOC'],
      ]),
    ).toEqual(['MISC:Ice Cold in Alex']);
  });

  it('leaves a name that fills the quote, a nickname, an organisation, and speech alone', () => {
    expect(revise('They fought the so-called “Islamic State” there.', [['Islamic', 'State', 'ORG']])).toEqual([
      'ORG:Islamic State',
    ]);
    expect(revise('Admiral Frank M “Mitch” Bradley spoke.', [['Frank', 'Bradley', 'PER']])).toEqual([
      'PER:Frank M “Mitch” Bradley',
    ]);
    expect(
      revise('It named the “Cartel of the Suns in Caracas” a group.', [
        ['Cartel', 'Suns', 'ORG'],
        ['Caracas', 'Caracas', 'LOC'],
      ]),
    ).toEqual(['ORG:Cartel of the Suns', 'LOC:Caracas']);
    expect(revise('“We will go to Caracas soon,” he said.', [['Caracas', 'Caracas', 'LOC']])).toEqual(['LOC:Caracas']);
  });
});

describe('reviseSpans: businesses, venues, planets and "City, ST"', () => {
  it('makes a business of a person read with a business word', () => {
    expect(revise('Films by Harlow Studios sold well.', [['Harlow', 'Studios', 'PER']])).toEqual([
      'ORG:Harlow Studios',
    ]);
    expect(revise('A deal with Dana Pike Productions fell through.', [['Dana', 'Pike', 'PER']])).toEqual([
      'ORG:Dana Pike Productions',
    ]);
    // a headline in capitals: "BRANDS" is a verb there
    expect(revise('PIKE BRANDS RIVAL A CHEAT', [['PIKE', 'PIKE', 'PER']])).toEqual(['PER:PIKE']);
  });

  it('makes a place of a venue', () => {
    expect(revise('They play the Harlow Arena on Friday.', [['Harlow', 'Arena', 'ORG']])).toEqual(['LOC:Harlow Arena']);
    expect(revise('They play Dana Pike Amphitheatre next.', [['Dana', 'Amphitheatre', 'PER']])).toEqual([
      'LOC:Dana Pike Amphitheatre',
    ]);
  });

  it('makes places of the planets and the Moon', () => {
    expect(revise('Missions to the Moon and Mars are planned.', [['Moon', 'Mars', 'ORG']])).toEqual([
      'LOC:Moon',
      'LOC:Mars',
    ]);
  });

  it('makes a place of a name before a US state code', () => {
    expect(
      revise('June 10 -- Harlow Arena, Tampa, FL', [
        ['Harlow', 'Arena', 'ORG'],
        ['Tampa', 'Tampa', 'PER'],
        ['FL', 'FL', 'ORG'],
      ]),
    ).toEqual(['LOC:Harlow Arena', 'LOC:Tampa', 'LOC:FL']);
    expect(
      revise('Dana Pike, Harlow Inc, CA', [
        ['Dana', 'Pike', 'PER'],
        ['Harlow', 'Inc', 'ORG'],
      ]),
    ).toEqual(['PER:Dana Pike', 'ORG:Harlow Inc']);
  });
});

describe('reviseSpans: laws are not organisations or places', () => {
  it('reads a name headed by "Act" or "Amendment" as other', () => {
    expect(revise('Congress passed the Harlow Clean Rivers Act last week.', [['Harlow', 'Harlow', 'LOC']])).toEqual([
      'MISC:Harlow Clean Rivers Act',
    ]);
    expect(revise('It is protected under the First Amendment today.', [['First', 'Amendment', 'ORG']])).toEqual([
      'MISC:First Amendment',
    ]);
  });
});

describe('reviseSpans: venues named with two head words, and holidays', () => {
  it('makes a place of a music or arts centre, a music theatre, a convention or space centre', () => {
    expect(revise('They play Blossom Music Center next.', [['Blossom', 'Center', 'ORG']])).toEqual([
      'LOC:Blossom Music Center',
    ]);
    expect(revise('Then Saratoga Performing Arts Center on Friday.', [['Saratoga', 'Center', 'ORG']])).toEqual([
      'LOC:Saratoga Performing Arts Center',
    ]);
    expect(revise('A show at Harlow Energy Music Theatre sold out.', [['Harlow', 'Theatre', 'ORG']])).toEqual([
      'LOC:Harlow Energy Music Theatre',
    ]);
    expect(revise('Engines are tested at Dana Space Center in the state.', [['Dana', 'Center', 'ORG']])).toEqual([
      'LOC:Dana Space Center',
    ]);
    expect(revise('They close at Harlow Stage in June.', [['Harlow', 'Stage', 'PER']])).toEqual(['LOC:Harlow Stage']);
    // a research centre is an organisation
    expect(revise('The Harlow Research Center said so.', [['Harlow', 'Center', 'ORG']])).toEqual([
      'ORG:Harlow Research Center',
    ]);
  });

  it('makes other of a holiday read as a person or an organisation', () => {
    expect(revise('He made Christmas cards for friends.', [['Christmas', 'Christmas', 'PER']])).toEqual([
      'MISC:Christmas',
    ]);
    expect(
      revise('Buyers want fish for Easter and Mother’s Day.', [
        ['Easter', 'Easter', 'ORG'],
        ['Mother', 'Day', 'ORG'],
      ]),
    ).toEqual(['MISC:Easter', 'MISC:Mother’s Day']);
    // a place named for a holiday stays a place
    expect(revise('They sailed to Christmas Island.', [['Christmas', 'Island', 'LOC']])).toEqual([
      'LOC:Christmas Island',
    ]);
  });
});

describe('reviseSpans: a state abbreviated in news style', () => {
  it('makes a place of "City, St." and of the abbreviation', () => {
    expect(
      revise('Trump spoke in Monroe, La., on Nov. 6.', [
        ['Trump', 'Trump', 'PER'],
        ['Monroe', 'Monroe', 'PER'],
        ['La', 'La', 'ORG'],
      ]),
    ).toEqual(['PER:Trump', 'LOC:Monroe', 'LOC:La']);
    expect(revise('She grew up in Eugene, Ore., then moved.', [['Eugene', 'Eugene', 'LOC']])).toEqual([
      'LOC:Eugene',
      'LOC:Ore',
    ]);
    expect(revise('She lives in Trenton, N.J., now.', [['Trenton', 'Trenton', 'LOC']])).toEqual([
      'LOC:Trenton',
      'LOC:N.J.',
    ]);
  });

  it('leaves a capitalised word after a comma that is no abbreviation alone', () => {
    expect(
      revise('He met Smith, Ore said.', [
        ['Smith', 'Smith', 'PER'],
        ['Ore', 'Ore', 'PER'],
      ]),
    ).toEqual(['PER:Smith', 'PER:Ore']);
  });
});

describe('reviseSpans: a name opened by a word for a place', () => {
  it('makes a place of "Boulevard X", "Mount X", "Lake X" read as a person', () => {
    expect(revise('A shop on the Boulevard Montmartre opened.', [['Boulevard', 'Montmartre', 'PER']])).toEqual([
      'LOC:Boulevard Montmartre',
    ]);
    expect(revise('They swam in Lake Tahoe all day.', [['Tahoe', 'Tahoe', 'PER']])).toEqual(['LOC:Lake Tahoe']);
  });

  it('leaves a one-word person named like the word alone', () => {
    expect(revise('Lake said he would run.', [['Lake', 'Lake', 'PER']])).toEqual(['PER:Lake']);
  });
});
