import { describe, expect, it } from 'vitest';
import { isJunkName } from '../../src/core/nlp/entities/junk';
import { withoutGluedVerb } from '../../src/core/nlp/entities/glued';
import type { NameMention } from '../../src/core/nlp/entities/aliases';
import { splitSentences, tokenize } from '../../src/core/nlp/tokenize';

function mentionAt(text: string, tokens: ReturnType<typeof tokenize>, first: number, n: number): NameMention {
  const words = tokens.slice(first, first + n).map((t) => t.text.toLowerCase());
  return {
    type: 'ORG',
    first,
    last: first + n,
    titleFirst: first,
    start: tokens[first]!.start,
    end: tokens[first + n - 1]!.end,
    words,
    nick: null,
    allCaps: false,
    capsLine: false,
    titleOnly: false,
  };
}

/**
 * isJunkName for one entity named `name` (one or more words, or several forms, the longest
 * taken first), every occurrence in `text` a mention.
 */
function junk(text: string, name: string | string[]): boolean {
  const tokens = tokenize(text);
  const forms = (Array.isArray(name) ? name : [name]).map((n) => tokenize(n).map((t) => t.text));
  forms.sort((a, b) => b.length - a.length);
  const list: NameMention[] = [];
  const taken = new Uint8Array(tokens.length);
  for (const want of forms)
    for (let i = 0; i < tokens.length; i++)
      if (!taken[i] && want.every((w, k) => tokens[i + k]?.text === w)) {
        list.push(mentionAt(text, tokens, i, want.length));
        taken.fill(1, i, i + want.length);
      }
  if (!list.length) throw new Error(`"${String(name)}" not in the text`);
  list.sort((a, b) => a.first - b.first);
  const sentFirst = new Int32Array(tokens.length);
  for (const s of splitSentences(text, tokens)) sentFirst.fill(s.first, s.first, s.last);
  return isJunkName(list, { text, tokens, sentFirst });
}

describe('isJunkName: titles of works described by their kind', () => {
  it('drops a title followed by an appositive naming a kind of work', () => {
    expect(junk('Then came Dark Harbor Lights, an eerie thriller about smugglers.', 'Dark Harbor Lights')).toBe(true);
    expect(junk('She wrote Falling Upward, a story of two sisters, in 1990.', 'Falling Upward')).toBe(true);
    expect(
      junk('Only Cold Iron Road, the story collection Salt Hours, and two others survive.', 'Cold Iron Road'),
    ).toBe(true);
  });

  it('keeps a name whose appositive is a body or a person', () => {
    expect(junk('He joined Harbor Lights, a film studio in Ohio.', 'Harbor Lights')).toBe(false);
    expect(junk('They met Ann Riley, a novelist from Leeds.', 'Ann Riley')).toBe(false);
    expect(junk('They met Ann Riley, the story editor.', 'Ann Riley')).toBe(false);
  });
});

describe('isJunkName: scientific names', () => {
  it('drops a genus before its species, and the genus’s initial', () => {
    expect(junk('Bacteria such as Klebsiella pneumoniae carry it.', 'Klebsiella')).toBe(true);
    expect(junk('The parasite Giardia lamblia spreads. Later G. lamblia was found.', 'G.')).toBe(true);
    expect(junk('Tests found Listeria monocytogenes in the milk.', 'Listeria')).toBe(true);
  });

  it('keeps a name before an English word, or before a capitalised surname', () => {
    expect(junk('The Kenya data were late, and the data were poor.', 'Kenya')).toBe(false);
    expect(junk('Officials in Russia said so; Maria also said so.', 'Maria')).toBe(false);
    expect(junk('The author J. Smith wrote it.', 'J.')).toBe(false);
  });
});

describe('isJunkName: headings, openers, codes', () => {
  it('drops a heading’s words read as one name', () => {
    expect(junk('Why Small Rovers Will Reach the Moon First\nThe agency said.', 'Small Rovers Will Reach')).toBe(true);
    expect(junk('Here’s How Local Banks Are Changing\nBanks said.', 'Here’s How Local Banks Are Changing')).toBe(true);
  });

  it('keeps a name that opens with such a word', () => {
    expect(junk('Will Parker said the banks are changing.', 'Will Parker')).toBe(false);
  });

  it('drops an adverb or participle opening a sentence or clause', () => {
    expect(junk('Given the weather, the match was delayed.', 'Given')).toBe(true);
    expect(junk('It was odd: Often the office was empty.', 'Often')).toBe(true);
    expect(junk('Long considered the best, the team lost.', 'Long')).toBe(true);
  });

  it('keeps such a word inside a sentence or before a capitalised word', () => {
    expect(junk('The coach, Mark Long, said Long considered it.', 'Long')).toBe(false);
    expect(junk('Long Beach voted.', 'Long')).toBe(false);
  });

  it('drops a market index named with its number, a party code, a screen label', () => {
    expect(junk('The Nikkei 225 index fell.', 'Nikkei')).toBe(true);
    expect(junk('The Nikkei 225 .N225 fell.', 'Nikkei')).toBe(true);
    expect(junk('said Rep. Jane Hart (D-OR), who chairs it.', 'D-OR')).toBe(true);
    expect(junk('On the toolbar, click Settings. Then tap Display.', 'Settings')).toBe(true);
    expect(junk('Shares of the firm (NYSE: KTB) rose.', 'KTB')).toBe(true);
    expect(junk('It trades under the symbol KTB on the exchange.', 'KTB')).toBe(true);
  });

  it('keeps a name before a model number or a plain verb, and a body named elsewhere', () => {
    expect(junk('Boeing 737 jets were grounded.', 'Boeing')).toBe(false);
    expect(junk('The deal: KTB will buy the plant.', 'KTB')).toBe(false);
    expect(junk('The Nikkei 225 index fell, Nikkei said.', 'Nikkei')).toBe(false);
  });
});

describe('withoutGluedVerb', () => {
  it('cuts a reporting verb glued to a name’s last word', () => {
    const text = 'As Dana Wolfereports, the city lost.';
    const tokens = tokenize(text);
    const m = withoutGluedVerb(text, mentionAt(text, tokens, 1, 2));
    expect(text.slice(m.start, m.end)).toBe('Dana Wolfe');
    expect(m.words).toEqual(['dana', 'wolfe']);
  });

  it('leaves a name that ends like a word', () => {
    const text = 'As Dana Wolfe reports, Rob Saidnotes lost.';
    const tokens = tokenize(text);
    const m = withoutGluedVerb(text, mentionAt(text, tokens, 1, 2));
    expect(m.end).toBe(tokens[2]!.end);
    const alone = withoutGluedVerb('Reports came.', mentionAt('Reports came.', tokenize('Reports came.'), 0, 1));
    expect(alone.end).toBe(7);
  });
});

describe('isJunkName: what stays', () => {
  it('keeps a surname opening a list, and a place before an English word in -um', () => {
    expect(junk('The team is as follows: Given, Breen, Staunton.', 'Given')).toBe(false);
    expect(junk('He spent the night at the Barvikha sanatorium outside Moscow.', 'Barvikha')).toBe(false);
  });
});

describe('isJunkName: storms, craft codes, interjections', () => {
  it('drops a storm, a craft named with its code, an interjection or an indefinite pronoun', () => {
    expect(junk('Damage from Hurricane Delia was worse.', 'Hurricane Delia')).toBe(true);
    expect(junk('Damage from Hurricane Delia was worse.', 'Delia')).toBe(true);
    expect(junk('The cargo ship Cosmos KX-12 burned up.', 'Cosmos KX-12')).toBe(true);
    expect(junk('The ship Cosmos KX-12 burned up. A Cosmos ship fell.', ['Cosmos KX-12', 'Cosmos'])).toBe(true);
    expect(junk('“Yeah, we won,” she said.', 'Yeah')).toBe(true);
    expect(junk('Everybody knows it.', 'Everybody')).toBe(true);
    expect(junk('Guy keeps rushing me, he said.', 'Guy')).toBe(true);
  });

  it('keeps a person named after a storm word, a first name used with a surname, a body named before a craft', () => {
    expect(junk('Cosmos said the KX-12 flew. Cosmos KX-12 burned up.', ['Cosmos KX-12', 'Cosmos'])).toBe(false);
    expect(junk('Delia Storm said the damage was worse.', 'Delia Storm')).toBe(false);
    expect(junk('The director, Guy Hart, spoke. Guy Hart left.', 'Guy Hart')).toBe(false);
  });
});

describe('isJunkName: fragments of titles, web addresses', () => {
  it('drops the end of a title that opens with a capitalised article, and a site where tickets are sold', () => {
    expect(junk('It should have sold like The House of the Moth did.', 'Moth')).toBe(true);
    expect(junk('He read A Season of Ashes twice.', 'Ashes')).toBe(true);
    expect(junk('Tickets go on sale Friday at TicketRoom.com.', 'TicketRoom.com')).toBe(true);
  });

  it('keeps a body named with a lower-case article, and a site named as a company', () => {
    expect(junk('He spoke at the Bank of England on Monday.', 'England')).toBe(false);
    expect(junk('The Bank of England said so.', 'England')).toBe(false);
    expect(junk('TicketRoom.com said sales rose.', 'TicketRoom.com')).toBe(false);
  });
});
