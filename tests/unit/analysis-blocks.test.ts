/**
 * The analysis reads the article's blocks (ArticleMeta.blocks): no entity from bylines, datelines
 * and credits; a blockquote is a quotation without marks; a headline's quotation is not listed;
 * captions are read for names. Each text is built by hand with its blocks, and each rule is also
 * shown to differ from the reading of the same text without blocks (so these tests fail when the
 * blocks are ignored).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analysis/analyze';
import { checkBlocks } from '../../src/core/analysis/blocks';
import type { Analysis, ArticleBlock, BlockKind, Quote } from '../../src/core/analysis/contract';
import { loadNerModelFile } from '../../src/cli/model-file';
import { exampleText } from './notes-helpers';

const ner = loadNerModelFile();
const res = { ner };

/** The text of `parts` joined with paragraph breaks, and its blocks. */
function article(parts: Array<[BlockKind, string]>): { text: string; blocks: ArticleBlock[] } {
  let text = '';
  const blocks: ArticleBlock[] = [];
  for (const [kind, s] of parts) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + s.length, kind });
    text += s;
  }
  return { text, blocks };
}

const withBlocks = (a: { text: string; blocks: ArticleBlock[] }): Analysis =>
  analyzeText(a.text, res, { declaredLang: 'en', blocks: a.blocks });
const plain = (a: { text: string }): Analysis => analyzeText(a.text, res, { declaredLang: 'en' });
const names = (r: Analysis): string[] => r.entities.map((e) => e.name);
const quoteLine = (q: Quote) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null, cue: q.cue });

describe('entities are not taken from credits, bylines and datelines', () => {
  it('a name only in a photo credit is no entity', () => {
    const a = article([
      [
        'paragraph',
        'Officials met in Geneva on Monday to discuss the ceasefire plan, which diplomats said could be signed within weeks.',
      ],
      ['credit', 'Jonathan Blakeley/Reuters'],
    ]);
    expect(names(plain(a))).toEqual(expect.arrayContaining(['Jonathan Blakeley', 'Reuters']));
    expect(names(withBlocks(a))).toEqual(['Geneva']);
  });

  it("a byline's author named in the body is an entity with only the body's mentions", () => {
    const a = article([
      ['byline', 'By Maria Gonzalez'],
      ['paragraph', 'The city council voted on Tuesday to expand the bus network, a plan backed by Mayor Tom Hardy.'],
      ['paragraph', 'Maria Gonzalez, a council member who is no relation to this reporter, voted against it.'],
    ]);
    const body = a.text.lastIndexOf('Maria Gonzalez');
    expect(
      plain(a)
        .entities.find((e) => e.name === 'Maria Gonzalez')!
        .mentions.map((m) => m.start),
    ).toEqual([3, body]);
    const maria = withBlocks(a).entities.find((e) => e.name === 'Maria Gonzalez')!;
    expect(maria.mentions.map((m) => m.start)).toEqual([body]);
    expect(maria.type).toBe('person');
  });

  it('a byline name the body never gives is no entity', () => {
    const a = article([
      ['byline', 'By Priya Raman and Owen Castle'],
      ['paragraph', 'The storm closed schools across the county on Thursday, officials in Dublin said.'],
    ]);
    expect(names(plain(a))).toEqual(expect.arrayContaining(['Priya Raman', 'Owen Castle']));
    expect(names(withBlocks(a))).toEqual(['Dublin']);
  });

  it('names known only from a byline are not taken up in the body ("the Haddad-Salem bakery")', () => {
    const a = article([
      ['byline', 'By Dalia Haddad and Omar Salem'],
      [
        'paragraph',
        'Crowds gathered in Beirut on Friday. Shops closed early, and the Haddad-Salem bakery shut its doors.',
      ],
    ]);
    expect(names(plain(a))).toEqual(['Dalia Haddad', 'Omar Salem', 'Beirut']);
    expect(names(withBlocks(a))).toEqual(['Beirut']);
  });

  it('the places and agency of a dateline block are not entities from it', () => {
    const a = article([
      ['dateline', 'KYIV, Ukraine (AP) —'],
      [
        'paragraph',
        'Russian forces struck an energy plant overnight, officials said on Sunday, leaving thousands of homes without power.',
      ],
    ]);
    expect(names(plain(a))).toEqual(expect.arrayContaining(['KYIV', 'Ukraine', 'AP']));
    expect(withBlocks(a).entities).toEqual([]);
  });

  it('a dateline place the body names again is an entity from the body alone', () => {
    const a = article([
      ['dateline', 'KYIV, Ukraine (AP) —'],
      ['paragraph', 'Russian forces struck an energy plant near Kyiv overnight, officials in Ukraine said on Sunday.'],
    ]);
    const ukraine = withBlocks(a).entities.find((e) => e.name === 'Ukraine')!;
    expect(ukraine.mentions.map((m) => m.start)).toEqual([a.text.lastIndexOf('Ukraine')]);
  });

  it('no demonym is linked inside a credit', () => {
    const a = article([
      ['paragraph', 'Soldiers rebuilt the bridge in two days.'],
      ['credit', 'Photo courtesy of the Ukrainian army press service'],
    ]);
    expect(plain(a).demonyms!.map((d) => d.text)).toEqual(['Ukrainian']);
    expect(withBlocks(a).demonyms).toEqual([]);
  });

  it('captions are read for names (entities yes), headings too; the credit after a caption is not', () => {
    const a = article([
      ['heading', 'Flooding in Porto Alegre leaves thousands homeless'],
      ['paragraph', 'Rescuers searched the flooded streets through the night.'],
      ['caption', 'Rescue worker Ahmed Saleh carries a child to a boat on Friday.'],
      ['credit', 'Jonathan Blakeley/Reuters'],
    ]);
    expect(names(plain(a))).toEqual(['Porto Alegre', 'Ahmed Saleh', 'Jonathan Blakeley', 'Reuters']);
    expect(names(withBlocks(a))).toEqual(['Porto Alegre', 'Ahmed Saleh']);
  });

  it('a quotation in a caption is listed as before', () => {
    const a = article([
      ['paragraph', 'Rescuers searched the rubble through the night.'],
      ['caption', 'Rescue worker Ahmed Saleh carries a child in Gaziantep. “We found her alive,” he said.'],
      ['credit', '(AP Photo/Emrah Gurel)'],
    ]);
    expect(withBlocks(a).quotes).toEqual(plain(a).quotes);
    expect(withBlocks(a).quotes.map(quoteLine)).toEqual([
      { text: 'We found her alive,', kind: 'full', speaker: 'Ahmed Saleh', cue: 'said' },
    ]);
  });
});

describe('quotations and bylines', () => {
  it("a byline's name is no speaker: a pronoun after it is not resolved to the reporter", () => {
    const a = article([
      ['byline', 'By Jane Doe'],
      ['paragraph', '“We will win the vote on Tuesday and then we will fix the roads,” she said.'],
    ]);
    expect(plain(a).quotes[0]!.speaker?.name).toBe('Jane Doe');
    const [q] = withBlocks(a).quotes;
    // "she" stands for no one the article names: unattributed, never "she" shown as a name.
    expect(q!.speaker).toBeNull();
    expect(q!.cue).toBe('said');
  });
});

describe('a blockquote block is a quotation', () => {
  it('without marks, spoken by the person its introducing paragraph names ("X said:")', () => {
    const a = article([
      ['paragraph', 'The senator did not back down on Tuesday. In a statement, Senator Jane Whitfield said:'],
      [
        'blockquote',
        'The people of this state deserve a budget that pays for schools, roads and hospitals. I will not vote for cuts that hurt them.',
      ],
      ['paragraph', 'Her office did not respond to further questions.'],
    ]);
    expect(plain(a).quotes).toEqual([]);
    const [q, ...more] = withBlocks(a).quotes;
    expect(more).toEqual([]);
    const bq = a.blocks[1]!;
    expect(q).toMatchObject({
      text: a.text.slice(bq.start, bq.end),
      start: bq.start,
      end: bq.end,
      spans: [{ start: bq.start, end: bq.end }],
      kind: 'full',
      cue: 'said',
    });
    const whitfield = withBlocks(a).entities.find((e) => e.name === 'Jane Whitfield')!;
    expect(q!.speaker).toEqual({
      entityId: whitfield.id,
      name: 'Jane Whitfield',
      mention: { start: a.text.indexOf('Jane Whitfield'), end: a.text.indexOf('Jane Whitfield') + 14 },
    });
  });

  it('introduced by a pronoun ("…, he said:"), and joined with the blockquote block after it', () => {
    const a = article([
      ['paragraph', 'Mark Ellison, the chief executive, spoke to staff on Friday. Asked about layoffs, he said:'],
      ['blockquote', 'Nobody will lose their job this year. We have the money to keep every team together.'],
      ['blockquote', 'What we do not have is time, and that is why we are moving the launch forward.'],
      ['paragraph', 'Shares rose after the meeting.'],
    ]);
    const qs = withBlocks(a).quotes;
    expect(qs.map(quoteLine)).toEqual([
      {
        text: `${a.text.slice(a.blocks[1]!.start, a.blocks[1]!.end)} ${a.text.slice(a.blocks[2]!.start, a.blocks[2]!.end)}`,
        kind: 'full',
        speaker: 'Mark Ellison',
        cue: 'said',
      },
    ]);
    expect(qs[0]!.spans).toEqual([a.blocks[1], a.blocks[2]].map((b) => ({ start: b!.start, end: b!.end })));
    expect(a.text.slice(qs[0]!.speaker!.mention!.start, qs[0]!.speaker!.mention!.end)).toBe('he');
  });

  it('signed on its own last line ("— Name, Title"): the signature names the speaker and is not quoted', () => {
    const a = article([
      ['paragraph', 'The union called the deal a betrayal.'],
      [
        'blockquote',
        'We were promised a fair contract and we got nothing at all.\n— Rosa Delgado, president of the local union',
      ],
    ]);
    const [q] = withBlocks(a).quotes;
    expect(quoteLine(q!)).toEqual({
      text: 'We were promised a fair contract and we got nothing at all.',
      kind: 'full',
      speaker: 'Rosa Delgado',
      cue: null,
    });
    expect(a.text.slice(q!.speaker!.mention!.start, q!.speaker!.mention!.end)).toBe('Rosa Delgado');
    expect(q!.end).toBe(a.text.indexOf('\n— Rosa'));
  });

  it('embedded posts: each signed "— Name (@handle) Month Day, Year" is its own quotation by that name', () => {
    const a = article([
      ['paragraph', 'The former president responded on social media.'],
      [
        'blockquote',
        'The election was a disaster for the country and everyone knows it! https://t.co/abc123\n\n— Donald J. Trump (@realDonaldTrump) March 5, 2020',
      ],
      [
        'blockquote',
        'Thank you to everyone who voted today, it means a great deal to all of us.\n— Joe Biden (@JoeBiden) March 5, 2020',
      ],
    ]);
    expect(withBlocks(a).quotes.map(quoteLine)).toEqual([
      {
        text: 'The election was a disaster for the country and everyone knows it! https://t.co/abc123',
        kind: 'full',
        speaker: 'Donald J. Trump',
        cue: null,
      },
      {
        text: 'Thank you to everyone who voted today, it means a great deal to all of us.',
        kind: 'full',
        speaker: 'Joe Biden',
        cue: null,
      },
    ]);
  });

  it('an embedded post signed on the same line as its words', () => {
    const a = article([
      [
        'blockquote',
        'Polls close at eight tonight, so go and vote! — City of Austin (@austintexasgov) November 3, 2020',
      ],
    ]);
    expect(withBlocks(a).quotes.map(quoteLine)).toEqual([
      { text: 'Polls close at eight tonight, so go and vote!', kind: 'full', speaker: 'City of Austin', cue: null },
    ]);
  });

  it('with neither an introduction nor a signature: unattributed', () => {
    const a = article([
      ['paragraph', 'Nobody knows who wrote the note, which was found taped to the door of the clinic.'],
      ['blockquote', 'We are closed until further notice and we apologise to our patients for the trouble.'],
    ]);
    expect(withBlocks(a).quotes.map(quoteLine)).toEqual([
      { text: a.text.slice(a.blocks[1]!.start), kind: 'full', speaker: null, cue: null },
    ]);
  });

  it('a marked quotation set as a blockquote is listed once, as the marked quotation with its own cue', () => {
    const a = article([
      ['paragraph', 'The statement was read aloud at the rally.'],
      ['blockquote', '“We will fight for every vote,” said Governor Ann Patel. “And we will win.”'],
      ['paragraph', 'Her rival answered in a statement:'],
      ['blockquote', 'Voters will judge us on what we did, not on slogans.'],
    ]);
    expect(plain(a).quotes.map(quoteLine)).toEqual([
      { text: 'We will fight for every vote. And we will win.', kind: 'full', speaker: 'Ann Patel', cue: 'said' },
    ]);
    expect(withBlocks(a).quotes.map(quoteLine)).toEqual([
      { text: 'We will fight for every vote. And we will win.', kind: 'full', speaker: 'Ann Patel', cue: 'said' },
      {
        text: 'Voters will judge us on what we did, not on slogans.',
        kind: 'full',
        speaker: 'Her rival',
        cue: 'answered',
      },
    ]);
    expect(withBlocks(a).quotes[0]).toEqual(plain(a).quotes[0]);
  });

  it('a short marked quotation inside a longer block quotation is nested in it: the words of whom it names', () => {
    const a = article([
      ['paragraph', 'Lena Ortiz described the night in a letter to the board:'],
      [
        'blockquote',
        'I arrived at nine. The manager told me that "nobody is allowed in after dark" and closed the door on us, and we waited outside in the rain for an hour before anyone came to help.',
      ],
    ]);
    expect(plain(a).quotes.map((q) => q.text)).toEqual(['nobody is allowed in after dark']);
    const qs = withBlocks(a).quotes;
    expect(qs.map(quoteLine)).toEqual([
      { text: a.text.slice(a.blocks[1]!.start), kind: 'full', speaker: 'Lena Ortiz', cue: 'described' },
      // (the manager is not named: the words are theirs, not the letter writer's)
      { text: 'nobody is allowed in after dark', kind: 'partial', speaker: null, cue: 'told' },
    ]);
    expect(qs[1]!.nestedIn).toEqual({ start: qs[0]!.start, end: qs[0]!.end });
  });

  it('a statement set as a block quotation, quoting what someone named said: their words, nested', () => {
    const a = article([
      ['paragraph', 'In a statement to the committee, the former aide Tomas Berrow wrote:'],
      [
        'blockquote',
        'I was in the room for the whole meeting and I took notes throughout. It was late in the evening.',
      ],
      [
        'blockquote',
        'Near the end, Governor Alma Reyes said, “Cut the clinic funding and do not put it in writing,” and then she left the room before anyone could answer her.',
      ],
    ]);
    const qs = withBlocks(a).quotes;
    const inner = qs.filter((q) => q.nestedIn);
    expect(inner.map((q) => [q.text, q.speaker?.name ?? null, q.kind])).toEqual([
      ['Cut the clinic funding and do not put it in writing,', 'Alma Reyes', 'full'],
    ]);
    expect(qs.find((q) => !q.nestedIn)!.speaker?.name).toBe('Tomas Berrow');
  });

  it('a pull quote repeating the body is not listed twice', () => {
    const a = article([
      [
        'paragraph',
        '“We are not going anywhere until the rent is fixed,” tenant organiser Paul Dunn said on Monday, standing outside the building.',
      ],
      ['blockquote', 'We are not going anywhere until the rent is fixed'],
      ['paragraph', 'The landlord did not comment. A sign taped to the lobby door read:'],
      ['blockquote', 'Repairs to the heating will begin in the spring.'],
    ]);
    const body = plain(a).quotes;
    expect(body).toHaveLength(1);
    expect(withBlocks(a).quotes.map((q) => q.text)).toEqual([
      body[0]!.text,
      'Repairs to the heating will begin in the spring.',
    ]);
    expect(withBlocks(a).quotes[0]).toEqual(body[0]);
  });
});

describe('headings', () => {
  it("a quotation in a heading is not listed; the body's is", () => {
    const a = article([
      ['heading', 'Kerr: “We will not close the hospital”'],
      [
        'paragraph',
        'Health minister Alan Kerr said on Monday that the government would keep the hospital open. “We will not close the hospital,” Kerr told reporters in the capital.',
      ],
    ]);
    expect(plain(a).quotes.map((q) => q.start)).toEqual([a.text.indexOf('“'), a.text.lastIndexOf('“')]);
    const qs = withBlocks(a).quotes;
    expect(qs.map((q) => q.start)).toEqual([a.text.lastIndexOf('“')]);
    expect(qs[0]!.speaker?.name).toBe('Alan Kerr');
    // the heading is still read for names
    expect(withBlocks(a).entities.find((e) => e.name === 'Alan Kerr')!.mentions[0]!.start).toBe(0);
  });
});

describe('blocks checked, and the reading without them', () => {
  const a = article([
    ['byline', 'By Priya Raman'],
    ['paragraph', 'Mayor Tom Hardy said on Monday: “The buses will run all night from next month.”'],
    ['blockquote', 'We will keep the city moving, day and night.'],
  ]);

  it('paragraph blocks read exactly as no blocks (the example article)', () => {
    const text = exampleText();
    const paragraphs: ArticleBlock[] = [];
    let at = 0;
    for (const p of text.split('\n\n')) {
      paragraphs.push({ start: at, end: at + p.length, kind: 'paragraph' });
      at += p.length + 2;
    }
    expect(analyzeText(text, res, { blocks: paragraphs })).toEqual(analyzeText(text, res));
  });

  it('malformed blocks are read as plain paragraphs', () => {
    const bad: unknown[] = [
      [a.blocks[1], a.blocks[0], a.blocks[2]], // out of order
      [a.blocks[0], { ...a.blocks[1]!, start: a.blocks[0]!.end - 3 }, a.blocks[2]], // overlapping
      [a.blocks[0], a.blocks[1], { ...a.blocks[2]!, end: a.text.length + 5 }], // beyond the text
      [{ ...a.blocks[0]!, kind: 'aside' }, a.blocks[1], a.blocks[2]], // unknown kind
      [{ ...a.blocks[0]!, end: a.blocks[0]!.start }, a.blocks[1], a.blocks[2]], // empty
      [{ ...a.blocks[0]!, start: 0.5 }, a.blocks[1], a.blocks[2]], // not an offset
    ];
    const expected = plain(a);
    expect(withBlocks(a)).not.toEqual(expected);
    for (const blocks of bad) {
      expect(checkBlocks(a.text, blocks)).toBeNull();
      expect(analyzeText(a.text, res, { declaredLang: 'en', blocks: blocks as ArticleBlock[] })).toEqual(expected);
    }
    expect(checkBlocks(a.text, a.blocks)).toEqual(a.blocks);
  });

  it('blocks past the analysed part of a long text are cut to it', () => {
    const filler = article(
      Array.from({ length: 40 }, (): [BlockKind, string] => [
        'paragraph',
        'The council met again and talked about the roads for a long time without a vote.',
      ]),
    );
    const b = article([
      ...a.blocks.map((x): [BlockKind, string] => [x.kind, a.text.slice(x.start, x.end)]),
      ...filler.blocks.map((x): [BlockKind, string] => [x.kind, filler.text.slice(x.start, x.end)]),
    ]);
    const cut = b.blocks[3]!.end + 1;
    const r = analyzeText(b.text, res, { declaredLang: 'en', blocks: b.blocks, maxChars: cut + 40 });
    expect(r.truncated?.analysedChars).toBe(cut - 1);
    expect(names(r)).not.toContain('Priya Raman');
    expect(r.quotes.map((q) => q.text)).toContain('We will keep the city moving, day and night.');
  });
});
