/**
 * Speakers carried by the article's structure: an interview's "Q:" and "A:" turns, and a
 * quotation the article repeats further down. Small constructed texts.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findQuotes } from '../../src/core/nlp/quotes';

function person(id: string, name: string, text: string): Entity {
  const mentions = [...text.matchAll(new RegExp(name.split(' ').pop()!, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  return { id, name, type: 'person', aliases: [], role: null, notes: [], mentions };
}

describe('interview turns', () => {
  const t =
    'Our reporter spoke with the coach Tom Reed after the final. Reed has led the club for six years.\n\nQ: “What went wrong in the second half?”\n\nA: “We lost our shape and we paid for it.”';

  it('the question is the interviewer’s, the answer the interviewee’s; "Q" is never a name', () => {
    const qs = findQuotes(t, [person('e1', 'Tom Reed', t)]);
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['the interviewer', 'Tom Reed']);
    expect(qs[1]!.speaker?.entityId).toBe('e1');
    expect(qs.map((q) => q.cue)).toEqual([':', ':']);
  });

  it('an answer with no person in the article is unattributed, not "Q"', () => {
    const qs = findQuotes(t.replace(/Tom Reed|Reed/g, 'the coach'), []);
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['the interviewer', null]);
  });
});

describe('a quotation repeated further down', () => {
  it('keeps the speaker it had the first time when nothing names one again', () => {
    const t =
      '“We lost our shape in the second half,” said Tom Reed, the coach.\n\nThe club posted a video on Monday. Fans shared it widely.\n\nStadium staff cleaned up. Nobody stayed behind.\n\n“We lost our shape in the second half.” Those words hung over the club all week.';
    const qs = findQuotes(t, []);
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Tom Reed', 'Tom Reed']);
    expect(qs[1]!.speaker?.mention).toBeNull();
  });

  it('a speaker named next to the repeat wins', () => {
    const t =
      '“We lost our shape in the second half,” said Tom Reed, the coach.\n\nThe club posted a video on Monday.\n\n“We lost our shape in the second half,” Ann Lee, the captain, said too.';
    const qs = findQuotes(t, []);
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Tom Reed', 'Ann Lee']);
  });

  it('a later full quotation that holds an earlier partial one keeps its own speaker', () => {
    const t =
      'A mother has described how her son was “burning up from within” in hospital.\n\nAnna Vale, 50, spoke to reporters on Monday. “The doctors did all they could,” she said.\n\n“He was burning up from within.”';
    const qs = findQuotes(t, []);
    expect(qs[qs.length - 1]!.speaker?.name).toBe('Anna Vale');
  });
});

describe('a run of quotations over paragraphs', () => {
  it('goes on with its speaker, and stops at a person brought in before the next one', () => {
    const t =
      'Tom Reed, the coach, spoke after the game. “We lost our shape,” Reed said.\n\n“It was a bad night for all of us.”\n\nAnn Lee, the club’s captain since 2019, watched from the bench.\n\n“We will come back stronger next week.”';
    const qs = findQuotes(t, [person('e1', 'Tom Reed', t), person('e2', 'Ann Lee', t)]);
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Tom Reed', 'Tom Reed', 'Ann Lee']);
  });
});
