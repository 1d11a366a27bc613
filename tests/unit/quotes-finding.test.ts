/**
 * Finding quotations: mark pairing (straight, curly, mismatched), multi-sentence and
 * multi-paragraph quotations, single quotes vs apostrophes, nesting, a quotation broken by its
 * attribution, and what is not speech (titles, nicknames, terms, scare quotes); kind.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';
import type { Quote } from '../../src/core/analysis/contract';

const q = (text: string) => findQuotes(text, []);
const texts = (text: string) => q(text).map((x) => x.text);
const spanTexts = (text: string, x: Quote) => x.spans.map((s) => text.slice(s.start, s.end));

describe('quotation marks', () => {
  it('straight and curly double quotes', () => {
    expect(texts('"We will win," she said.')).toEqual(['We will win,']);
    expect(texts('“We will win,” she said.')).toEqual(['We will win,']);
  });

  it('a curly opening closed by a straight mark, and the reverse', () => {
    const t = 'He warned that it would begin “very soon". She said "it is over” and left.';
    expect(texts(t)).toEqual(['very soon', 'it is over']);
  });

  it('several sentences in one quotation', () => {
    const t = '"I didn\'t know. I wasn\'t involved. They had a strike," he said.';
    expect(q(t)).toHaveLength(1);
    expect(q(t)[0]!.text).toBe("I didn't know. I wasn't involved. They had a strike,");
  });

  it('multi-paragraph: opening mark on each paragraph, closing only at the end', () => {
    const t = 'Smith said:\n\n“The first part of what I said is here.\n\n“And the second part is here.”\n\nThe end.';
    const out = q(t);
    expect(out).toHaveLength(1);
    expect(out[0]!.spans).toHaveLength(2);
    expect(spanTexts(t, out[0]!)).toEqual([
      '“The first part of what I said is here.',
      '“And the second part is here.”',
    ]);
    expect(out[0]!.speaker?.name).toBe('Smith');
    expect(t.slice(out[0]!.start, out[0]!.end)).toContain('\n\n');
  });

  it('an unclosed partial quotation does not swallow the next paragraph', () => {
    const t = 'Grayson said the plan is “really a mess.\n\n“What we do here is legislate,” Grayson said.';
    const out = q(t);
    expect(out.map((x) => x.spans.length)).toEqual([1, 1]);
  });

  it('single quotes in headlines and British style; apostrophes are not quotes', () => {
    expect(texts("Trump vows 'strikes on land' in Venezuela")).toEqual(['strikes on land']);
    expect(texts("Hillary Clinton: 'We are stronger together'")).toEqual(['We are stronger together']);
    expect(texts('‘We will not back down,’ the minister said.')).toEqual(['We will not back down,']);
    const apostrophes =
      "Don't say Venezuela's oil isn't rock ’n’ roll; it was the ’90s, the players’ union said it's 'em.";
    expect(q(apostrophes)).toEqual([]);
  });

  it('nested quotes stay inside the outer quotation, and are listed after it', () => {
    const t = '“He told me ‘never again’ and I believed him,” she said.';
    expect(texts(t)).toEqual(['He told me ‘never again’ and I believed him,', 'never again']);
    const b = '‘He called it “a disaster” on Monday,’ the aide said.';
    expect(texts(b)).toEqual(['He called it “a disaster” on Monday,', 'a disaster']);
  });

  it('an opening single mark after a word closes its quotation (a mark typed the wrong way round)', () => {
    const t = '“He told me ‘stop the car‘ and I did,” she said.';
    expect(texts(t)).toEqual(['He told me ‘stop the car‘ and I did,', 'stop the car']);
  });

  it('a quotation broken by its attribution is one quotation with two spans', () => {
    const t = '“We are ready,” he said, “and we will go.” Then he left.';
    const out = q(t);
    expect(out).toHaveLength(1);
    expect(spanTexts(t, out[0]!)).toEqual(['“We are ready,”', '“and we will go.”']);
    expect(out[0]!.text).toBe('We are ready, and we will go.');
    expect(out[0]!.start).toBe(0);
    expect(out[0]!.end).toBe(t.indexOf(' Then'));
  });

  it('a quotation broken by a whole attribution sentence reads as two sentences', () => {
    const t = '“We were never shown the plan,” Marsh said at a meeting. “Nobody here is against it.”';
    const out = q(t);
    expect(out).toHaveLength(1);
    expect(out[0]!.spans).toHaveLength(2);
    expect(out[0]!.text).toBe('We were never shown the plan. Nobody here is against it.');
    // A second part in lower case goes on the first one's sentence: the comma stays.
    const c = '“We were never shown the plan,” Marsh said at a meeting. “and nobody asked us.”';
    expect(q(c).map((x) => x.text)).not.toContain('We were never shown the plan. and nobody asked us.');
  });
});

describe('speech or not', () => {
  it('titles, nicknames, terms and scare quotes are not quotations', () => {
    expect(q('Washington accuses Maduro of running the “Cartel of the Suns”, an alleged ring.')).toEqual([]);
    expect(q('The order came from Admiral Frank M “Mitch” Bradley, who heads the command.')).toEqual([]);
    expect(q('She said on “Meet the Press” that she would run.')).toEqual([]);
    expect(q('It was a so-called “deportation force” plan.')).toEqual([]);
    expect(q('Critics called the building a “supermax” prison.')).toEqual([]);
    expect(q('<tweet author="carlquintanilla" id="7782579435779194">')).toEqual([]);
  });

  it('short fragments are quotations when someone is said to have said them', () => {
    const out = q('Trump has warned that operations "by land" would begin soon.');
    expect(out.map((x) => [x.text, x.kind, x.speaker?.name])).toEqual([['by land', 'partial', 'Trump']]);
  });

  it('kind: full for a clause or more, partial for a fragment in the writer’s sentence', () => {
    const t =
      '“It is called the fog of war,” he said. She said it was “moved on to my next meeting” and left. He wrote that the US "is trying to seize the vast oil reserves of the country by force".';
    expect(q(t).map((x) => x.kind)).toEqual(['full', 'partial', 'full']);
  });
});

describe('a title with its subtitle is no quotation', () => {
  it('"Financial Freedom: A Proven Path to All the Money You Will Ever Need", "… Communities that Arise in Disaster"', () => {
    const t =
      'Ramsey wrote “Financial Freedom: A Proven Path to All the Money You Will Ever Need” in 2019. Solnit, author of “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,” agreed. “We will win,” Smith said.';
    expect(findQuotes(t, []).map((q) => q.text)).toEqual(['We will win,']);
  });
});
