import { describe, expect, it } from 'vitest';
import { addArticleNotes } from '../../src/core/notes';
import { clipAround, sentenceAt, sentenceEnds } from '../../src/core/notes/sentences';
import { entity, exampleText, quote } from './notes-helpers';

describe('sentences', () => {
  it('does not end a sentence at abbreviations, initials or inside closing quotes', () => {
    const t =
      'Sen. John Smith met Frank M. Bradley in the U.S. capital. "It went well." He left at 5 p.m. Then he flew home.';
    const ends = sentenceEnds(t);
    const sentences = ends.map((e, i) => t.slice(i === 0 ? 0 : ends[i - 1], e).trim());
    expect(sentences).toEqual([
      'Sen. John Smith met Frank M. Bradley in the U.S. capital.',
      '"It went well."',
      'He left at 5 p.m. Then he flew home.',
    ]);
  });

  it('finds the sentence around an offset and clips long ones around the focus', () => {
    const t = 'First one here. The second sentence names Maduro twice: Maduro.\n\nNext paragraph.';
    expect(sentenceAt(t, t.indexOf('Maduro')).text).toBe('The second sentence names Maduro twice: Maduro.');
    const long = `${'word '.repeat(100)}FOCUS ${'tail '.repeat(100)}`;
    const clipped = clipAround(long, long.indexOf('FOCUS'), long.indexOf('FOCUS') + 5, 80);
    expect(clipped.length).toBeLessThanOrEqual(82);
    expect(clipped).toContain('FOCUS');
    expect(clipped.startsWith('\u2026')).toBe(true);
    expect(clipped.endsWith('\u2026')).toBe(true);
  });
});

describe('addArticleNotes on the example article', () => {
  const text = exampleText();
  const trump = entity(text, 'trump', 'Donald Trump', 'person', 'President', [
    'President Donald Trump',
    'Donald Trump',
    'Trump',
  ]);
  const maduro = entity(text, 'maduro', 'Nicolas Maduro', 'person', 'Venezuelan President', [
    'Venezuelan President Nicolas Maduro',
    'Maduro',
  ]);
  const hegseth = entity(text, 'hegseth', 'Pete Hegseth', 'person', 'War Secretary', [
    'War Secretary Pete Hegseth',
    'Hegseth',
  ]);
  const opec = entity(text, 'opec', 'OPEC', 'organization');
  const quotes = [
    quote(text, "We're going to start doing those strikes on land too", 'trump'),
    quote(text, "I didn't know about the second strike", 'trump'),
    quote(text, 'was satisfied', 'trump', 'partial'),
    quote(text, "It's called the fog of war", 'hegseth'),
    quote(text, 'is trying to seize Venezuela', 'maduro'),
  ];
  addArticleNotes(text, [trump, maduro, hegseth, opec], quotes);

  it('puts the role first, then the introducing sentence, the mention count and the quote count', () => {
    expect(maduro.notes.map((n) => n.source)).toEqual(['article', 'article', 'article', 'article']);
    expect(maduro.notes[0]!.text).toBe('Role in the article: Venezuelan President');
    expect(maduro.notes[1]!.text).toBe(
      'First mentioned: Trump also confirmed he had a recent phone call with Venezuelan President Nicolas Maduro, even as both sides traded fresh accusations.',
    );
    expect(maduro.notes[2]!.text).toBe(`Mentioned ${maduro.mentions.length} times in the article.`);
    expect(maduro.notes[3]!.text).toBe('Quoted once (1 in full).');
  });

  it('counts quotes by speaker entity, full and partial', () => {
    expect(trump.notes.find((n) => n.text.startsWith('Quoted'))?.text).toBe('Quoted 3 times (2 in full, 1 in part).');
    expect(hegseth.notes.find((n) => n.text.startsWith('Quoted'))?.text).toBe('Quoted once (1 in full).');
  });

  it('introduces Trump with the article\u2019s first sentence and OPEC without a role or quote note', () => {
    expect(trump.notes[1]!.text).toContain('First mentioned: Tensions between the United States and Venezuela');
    expect(opec.notes.map((n) => n.text)).toEqual([
      expect.stringMatching(/^First mentioned: In a letter to OPEC, read by Vice President/),
      'Mentioned twice in the article.',
    ]);
  });

  it('says so when a person is not quoted', () => {
    const mullin = entity(text, 'mullin', 'Markwayne Mullin', 'person', 'Republican Senator', [
      'Republican Senator Markwayne Mullin',
    ]);
    addArticleNotes(text, [mullin], quotes);
    expect(mullin.notes.map((n) => n.text)).toContain('Not quoted in the article.');
    expect(mullin.notes.map((n) => n.text)).toContain('Mentioned once in the article.');
  });
});

describe('the introducing sentence and the headline', () => {
  const text =
    'Ferry plan splits Springfield council\n\nThe council of Springfield voted on Monday to study a new ferry terminal.\n\nHarbour Views in brief\n\nThe Harbour Trust will comment next week.';
  const headings = [
    { start: 0, end: text.indexOf('\n\n') },
    { start: text.indexOf('Harbour Views'), end: text.indexOf('Harbour Views') + 'Harbour Views in brief'.length },
  ];
  const firstNote = (e: ReturnType<typeof entity>) => e.notes.find((n) => n.text.startsWith('First mentioned'))?.text;

  it('is the first sentence of the body that names the entity, not the headline', () => {
    const springfield = entity(text, 'springfield', 'Springfield', 'place');
    addArticleNotes(text, [springfield], [], headings);
    expect(firstNote(springfield)).toBe(
      'First mentioned: The council of Springfield voted on Monday to study a new ferry terminal.',
    );
  });

  it('is the heading when only a heading names it', () => {
    const views = entity(text, 'views', 'Harbour Views', 'organization');
    addArticleNotes(text, [views], [], headings);
    expect(firstNote(views)).toBe('First mentioned: Harbour Views in brief');
  });
});
