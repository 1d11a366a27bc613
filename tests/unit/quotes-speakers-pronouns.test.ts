/**
 * No pronoun, determiner or common word is ever shown as a speaker's name: a pronoun is resolved
 * (to a named person, the byline's author for "I", a described person), else the quotation is
 * unattributed with its cue kept.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analysis/analyze';
import type { ArticleBlock } from '../../src/core/analysis/contract';
import { loadNerModelFile } from '../../src/cli/model-file';
import { findQuotes } from '../../src/core/nlp/quotes';
import { firstNameGender } from '../../src/core/nlp/quotes/lexicon';
import { articleWords, badSpeakerName } from '../eval/speaker-names';

const res = { ner: loadNerModelFile() };

describe('a pronoun is never a name', () => {
  it('"I’d" with no byline: the author, described as such', () => {
    const t = 'I kept a diary that year. “It was the worst winter,” I’d say to anyone who asked.';
    const [q] = findQuotes(t, []);
    expect(q!.speaker?.name).toBe('the author');
  });

  it('"I" in the article’s own voice: the author its byline names', () => {
    const parts = [
      'By Jane Doe',
      'I met the mayor on Tuesday.',
      '“The roads will be fixed,” I wrote then, and I was wrong.',
    ];
    const text = parts.join('\n\n');
    let at = 0;
    const blocks: ArticleBlock[] = parts.map((p, i) => {
      const b: ArticleBlock = { start: at, end: at + p.length, kind: i === 0 ? 'byline' : 'paragraph' };
      at += p.length + 2;
      return b;
    });
    const [q] = analyzeText(text, res, { declaredLang: 'en', blocks }).quotes;
    expect(q!.speaker?.name).toBe('Jane Doe');
    expect(text.slice(q!.speaker!.mention!.start, q!.speaker!.mention!.end)).toBe('I');
  });

  it('"they" with nothing to stand for: unattributed, the cue kept', () => {
    const t = 'Nothing was settled that night.\n\n“We will be back next year,” they said.';
    const [q] = findQuotes(t, []);
    expect(q!.speaker).toBeNull();
    expect(q!.cue).toBe('said');
  });

  it('"she" for a person the article describes but does not name', () => {
    const t = 'The woman stood at the corner for an hour.\n\n“Don’t shoot him,” she says.';
    const [q] = findQuotes(t, []);
    expect(q!.speaker?.name).toBe('the woman');
  });

  it('"she" continues the turn of the quotation before, whatever the first name suggests', () => {
    const t = '“They are wrong,” said widow Terry Strada.\n\nShe continued, “All we are asking for is a hearing.”';
    const qs = findQuotes(t, []);
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Terry Strada', 'Terry Strada']);
  });
});

describe('a common word is never a name', () => {
  it('a capitalised word the article writes in lower case elsewhere', () => {
    const t = 'A review of the case is due.\n\n“It is over,” Review said.';
    const [q] = findQuotes(t, []);
    expect(q!.speaker).toBeNull();
  });

  it('the sweep’s check: pronouns and common words, not names or descriptions', () => {
    const w = articleWords('a review and some officers', [{ name: 'Ann Lee', aliases: ['Lee'] }]);
    // prettier-ignore
    expect(['I', 'I’d', 'They', 'you', 'Another', 'Review', 'officers'].map((n) => badSpeakerName(n, w))).toEqual([
      'pronoun', 'pronoun', 'pronoun', 'pronoun', 'pronoun', 'common word', 'common word',
    ]);
    expect(
      ['Ann Lee', 'Lee', 'the author', 'a senior political source', 'Terry Strada'].map((n) => badSpeakerName(n, w)),
    ).toEqual([null, null, null, null, null]);
  });
});

describe('he or she for the right person', () => {
  it('"Pat", short for Patrick or Patricia, tells no gender (a man so named is no antecedent of "she")', () => {
    expect([firstNameGender('Pat'), firstNameGender('Patricia'), firstNameGender('Patrick')]).toEqual(['u', 'f', 'm']);
  });

  it('"one mother" introduced after a name that was last a subject: "she" is the mother', () => {
    const t =
      'Instagram says teenagers use business accounts.\n\nWIRED spoke to one mother, who knew her teenage daughter was posing as a shop on Instagram. “I am so ahead of every other parent,” she said.';
    const ents = [
      {
        id: 'ig',
        name: 'Instagram',
        type: 'person' as const,
        aliases: [],
        role: null,
        notes: [],
        mentions: [...t.matchAll(/Instagram/g)].map((m) => ({ start: m.index!, end: m.index! + 9, text: 'Instagram' })),
      },
    ];
    const [q] = findQuotes(t, ents);
    expect(q?.speaker).toMatchObject({ entityId: null, name: 'one mother' });
  });
});
