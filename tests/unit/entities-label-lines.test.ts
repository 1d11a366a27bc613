import { describe, expect, it } from 'vitest';
import { isJunkName } from '../../src/core/nlp/entities/junk';
import type { NameMention } from '../../src/core/nlp/entities/aliases';
import type { MentionType } from '../../src/core/nlp/entities/mentions';
import { tokenize } from '../../src/core/nlp/tokenize';

/** isJunkName for the name `name` (one or more words) at each place it stands in `text`. */
function junk(text: string, name: string, type: MentionType = 'ORG'): boolean {
  const tokens = tokenize(text);
  const parts = tokenize(name).map((t) => t.text);
  const list: NameMention[] = [];
  for (let i = 0; i + parts.length <= tokens.length; i++) {
    if (!parts.every((p, k) => tokens[i + k]!.text === p)) continue;
    const last = i + parts.length;
    list.push({
      type,
      first: i,
      last,
      titleFirst: i,
      start: tokens[i]!.start,
      end: tokens[last - 1]!.end,
      words: parts.map((p) => p.toLowerCase()),
      nick: null,
      allCaps: false,
      capsLine: false,
      titleOnly: false,
    });
  }
  expect(list.length).toBeGreaterThan(0);
  return isJunkName(list, { text, tokens });
}

describe('isJunkName: names in label lines', () => {
  it('drops common words read as a name in a title-case headline', () => {
    const text = 'Police Find Missing Hiker Near Lake\n\nThe missing hiker was found by a lake.';
    expect(junk(text, 'Missing Hiker')).toBe(true);
  });

  it('keeps a headline name the article never writes in lower case, and a name in a sentence', () => {
    expect(junk('Police Find Missing Hiker Near Dunmore\n\nShe was found near Dunmore.', 'Dunmore', 'LOC')).toBe(false);
    expect(junk('He saw the Missing Hiker charity today.\n\nThe missing hiker was found.', 'Missing Hiker')).toBe(
      false,
    );
  });

  it('drops a name that is a paragraph of its own, and keeps a byline line inside a paragraph', () => {
    expect(junk('The tablets were sold online.\n\nInstabook\n\nPolice said the tablets were toxic.', 'Instabook')).toBe(
      true,
    );
    expect(junk('Markets rise.\nJane Marlowe\nLONDON 1996-08-30\nShares rose.', 'Jane Marlowe', 'PER')).toBe(false);
  });
});

describe('isJunkName: titles of works', () => {
  it('drops the names found inside a quoted title in title case', () => {
    const text = 'In her book “A Garden Grown in Ashes: The Quiet Towns that Rebuild After Floods,” she wrote.';
    expect(junk(text, 'Ashes', 'LOC')).toBe(true);
    expect(junk(text, 'The Quiet Towns')).toBe(true);
  });

  it('keeps a quoted speech and a name quoted alone', () => {
    expect(junk('“We met Mr. Harlan in Dover yesterday,” she said.', 'Dover', 'LOC')).toBe(false);
    expect(junk('He named the group “Citizens United” in May.', 'Citizens United')).toBe(false);
  });

  it('drops a title after a work noun and the next titles of its list', () => {
    expect(junk('Only the story collection Heat of Glass stayed in print.', 'Heat of Glass')).toBe(true);
    expect(junk('The tour plays its albums Harbor Street and The Pilot and Me.', 'The Pilot')).toBe(true);
    expect(junk('Fans watched the second season of The Harbour on television.', 'The Harbour', 'LOC')).toBe(true);
  });

  it('keeps a name after a work noun in other uses', () => {
    expect(junk('The novel sold well, and Penguin printed more.', 'Penguin')).toBe(false);
  });
});

describe('isJunkName: codes, small words and numbered things', () => {
  it('drops an instrument named before its market code, and a code glued to "="', () => {
    expect(junk('Crude fell and Brent LCOc1 was last at $60.', 'Brent LCOc1', 'PER')).toBe(true);
    expect(junk('The pound GBP= was last at $1.29.', 'GBP')).toBe(true);
    expect(junk('Ten-year notes US10YT=RR rose.', 'RR')).toBe(true);
  });

  it('drops an abbreviation the article spells out in common words, and keeps one spelled in capitals', () => {
    const text = 'Cells carry light-sensing membrane proteins (LSMPs). Each LSMP binds a molecule.';
    expect(junk(text, 'LSMP')).toBe(true);
    expect(junk('The Northern Rivers Authority (NRA) said the NRA would act.', 'NRA')).toBe(false);
  });

  it('drops a function word or an interjection read as a name', () => {
    expect(junk('You are going to be OK, an officer told her.', 'OK')).toBe(true);
    expect(junk('MOSCOW (AP) — An unmanned ship broke up.', 'An')).toBe(true);
  });

  it('keeps such a word in a list of names or after a comma', () => {
    expect(junk('The team: Given, Breen, Staunton and Irwin.', 'Given', 'PER')).toBe(false);
    expect(junk('He lives in Tulsa, OK and works there.', 'OK', 'LOC')).toBe(false);
  });

  it('drops a name standing before a small number and a common noun', () => {
    expect(junk('One rocket flies the uncrewed Vesta 1 test flight and later the Vesta 2 mission.', 'Vesta')).toBe(
      true,
    );
  });

  it('keeps a maker before a model number, a place before a distance and a scorer', () => {
    expect(junk('Boeing 737 jets were grounded.', 'Boeing')).toBe(false);
    expect(junk('He lived in the town of Moengo 56 miles east of the capital.', 'Moengo', 'LOC')).toBe(false);
    expect(junk('Scorers: Hassan Abbas 84 own goal.', 'Hassan Abbas', 'PER')).toBe(false);
  });
});

describe('isJunkName: names in a credit line', () => {
  it('drops the names of a line that opens as a photo credit', () => {
    const text = 'Spend less this year.\n\nPhotos by Mara Quell (Zeta Images), Tomas Brint, Ollie Vance.';
    expect(junk(text, 'Tomas Brint', 'PER')).toBe(true);
    expect(junk(text, 'Zeta Images')).toBe(true);
  });

  it('drops the names of a line of names between bars', () => {
    const text = 'A jet passes the crowd.\n\nMara Quell | Acme Wire | Zeta Images\n\nThe airline signed the deal.';
    expect(junk(text, 'Mara Quell', 'PER')).toBe(true);
  });

  it('keeps a name in a caption that opens with a photo label', () => {
    const text = 'The vote ended.\n\nPhoto: Mara Quell speaks to the press in Valbourg.\n\nThe count went on.';
    expect(junk(text, 'Mara Quell', 'PER')).toBe(false);
    expect(junk('The vote ended.\n\nPhoto: Mara Quell/Acme Wire\n\nThe count went on.', 'Mara Quell', 'PER')).toBe(
      true,
    );
  });

  it('keeps a name in a sentence that mentions photos', () => {
    const text = 'Photos of the fire were shared by Mara Quell on Monday.';
    expect(junk(text, 'Mara Quell', 'PER')).toBe(false);
  });
});
