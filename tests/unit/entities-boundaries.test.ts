import { describe, expect, it } from 'vitest';
import {
  joinAndNames,
  joinCompanyNames,
  joinGroupNames,
  splitAtLineBreaks,
} from '../../src/core/nlp/entities/boundaries';
import { tokenize } from '../../src/core/nlp/tokenize';

describe('splitAtLineBreaks', () => {
  it('cuts a span where a line ends', () => {
    const text = 'Talks at the Harlow Palace\nDover said on Monday it would wait.';
    const tokens = tokenize(text);
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    const out = splitAtLineBreaks(text, tokens, [{ type: 'ORG', first: at('Harlow'), last: at('Dover') + 1 }]);
    expect(out.map((s) => `${s.type}:${text.slice(tokens[s.first]!.start, tokens[s.last - 1]!.end)}`)).toEqual([
      'ORG:Harlow Palace',
      'ORG:Dover',
    ]);
  });

  it('leaves a span within one line as it is', () => {
    const text = 'Talks at the Harlow Palace in Dover.';
    const tokens = tokenize(text);
    const spans = [{ type: 'ORG', first: 3, last: 5 }];
    expect(splitAtLineBreaks(text, tokens, spans)).toBe(spans);
  });
});

describe('joinGroupNames', () => {
  /** The spans after joining, as "TYPE:text", for person spans on the given words. */
  function joined(text: string, people: string[][]): string[] {
    const tokens = tokenize(text);
    const spans = people.map((words) => {
      const first = tokens.findIndex((t, i) => words.every((w, k) => tokens[i + k]?.text === w));
      return { type: 'PER', first, last: first + words.length };
    });
    return joinGroupNames(text, tokens, spans).map(
      (s) => `${s.type}:${text.slice(tokens[s.first]!.start, tokens[s.last - 1]!.end)}`,
    );
  }

  it('takes a person read at the end of a group’s name into the whole name, an organisation', () => {
    expect(joined('Members of a new group, Nurses for Anna Berg, wrote to the mayor.', [['Anna', 'Berg']])).toEqual([
      'ORG:Nurses for Anna Berg',
    ]);
    expect(joined('The rally was staged by Veterans of Kettle Hill on Sunday.', [['Kettle', 'Hill']])).toEqual([
      'ORG:Veterans of Kettle Hill',
    ]);
  });

  it('leaves a person after a title, at a sentence’s start, or after a lowercase word', () => {
    expect(joined('The Minister for Anna Berg spoke.', [['Anna', 'Berg']])).toEqual(['PER:Anna Berg']);
    expect(joined('Thanks for Anna Berg. Votes for Anna Berg rose.', [['Anna', 'Berg']])).toEqual(['PER:Anna Berg']);
    expect(joined('He voted for Anna Berg on Monday.', [['Anna', 'Berg']])).toEqual(['PER:Anna Berg']);
  });
});

describe('joinCompanyNames', () => {
  function joined(text: string, person: string[]): string[] {
    const tokens = tokenize(text);
    const first = tokens.findIndex((t, i) => person.every((w, k) => tokens[i + k]?.text === w));
    const spans = [{ type: 'PER', first, last: first + person.length }];
    return joinCompanyNames(text, tokens, spans).map(
      (s) => `${s.type}:${text.slice(tokens[s.first]!.start, tokens[s.last - 1]!.end)}`,
    );
  }

  it('takes the company’s last word after its founder’s name', () => {
    expect(joined('He is president of the Dana F. Hollis Company, a buyer of fish.', ['Dana', 'F.', 'Hollis'])).toEqual(
      ['ORG:Dana F. Hollis Company'],
    );
    expect(joined('They sold it to Ann Lee & Sons last year.', ['Ann', 'Lee'])).toEqual(['ORG:Ann Lee & Sons']);
  });

  it('leaves a person followed by other words', () => {
    expect(joined('Ann Lee said the company grew.', ['Ann', 'Lee'])).toEqual(['PER:Ann Lee']);
    expect(joined('It was Ann Lee\nCompany news follows.', ['Ann', 'Lee'])).toEqual(['PER:Ann Lee']);
  });
});

describe('joinAndNames', () => {
  /** The spans after joining, as "TYPE:text", for spans [type, ...words]. */
  function joined(text: string, read: string[][]): string[] {
    const tokens = tokenize(text);
    const spans = read.map(([type, ...words]) => {
      const first = tokens.findIndex((t, i) => words.every((w, k) => tokens[i + k]?.text === w));
      return { type: type!, first, last: first + words.length };
    });
    return joinAndNames(text, tokens, spans).map(
      (s) => `${s.type}:${text.slice(tokens[s.first]!.start, tokens[s.last - 1]!.end)}`,
    );
  }

  it('joins a body’s name the recognizer cut at "and", whatever it read the parts as', () => {
    expect(
      joined('Agents of Harbour and Coast Protection searched the boat.', [['PER', 'Coast', 'Protection']]),
    ).toEqual(['ORG:Harbour and Coast Protection']);
    expect(
      joined('A spokesman for the Dalmar Parks and Recreation office said so.', [
        ['MISC', 'Dalmar', 'Parks'],
        ['LOC', 'Recreation'],
      ]),
    ).toEqual(['ORG:Dalmar Parks and Recreation']);
  });

  it('leaves two names, a place before "and", a word named alone elsewhere, and a sentence’s start', () => {
    expect(
      joined('Troops from Norland and Coast Protection met.', [
        ['LOC', 'Norland'],
        ['ORG', 'Coast', 'Protection'],
      ]),
    ).toEqual(['LOC:Norland', 'ORG:Coast Protection']);
    expect(
      joined('The Agency and Coast Protection met. The Agency said it had no comment.', [
        ['ORG', 'Agency'],
        ['ORG', 'Coast', 'Protection'],
        ['ORG', 'Agency'],
      ]),
    ).toEqual(['ORG:Agency', 'ORG:Coast Protection', 'ORG:Agency']);
    expect(joined('Harbour and Coast Protection met.', [['ORG', 'Coast', 'Protection']])).toEqual([
      'ORG:Coast Protection',
    ]);
    expect(joined('He met Dana and Coast Guard officers.', [['ORG', 'Coast', 'Guard']])).toEqual(['ORG:Coast Guard']);
  });
});
