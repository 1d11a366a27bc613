/**
 * src/core/nlp/entities/definitions.ts: the type a sentence that defines a name gives it ("X is a
 * shopping mall in Cary"), used by the entity stage (index.ts) and, for names the recognizer
 * missed, by reviseSpans (rule 10).
 */
import { describe, expect, it } from 'vitest';
import { definedType } from '../../src/core/nlp/entities/definitions';
import { reviseSpans } from '../../src/core/nlp/entities/revise';
import { entitiesFrom } from '../../src/core/nlp/entities';
import { recognize } from '../../src/core/nlp/ner/recognize';
import { loadNerModelFile } from '../../src/cli/model-file';
import { splitSentences, tokenize } from '../../src/core/nlp/tokenize';

function context(text: string) {
  const tokens = tokenize(text);
  const sentLast = new Int32Array(tokens.length);
  for (const s of splitSentences(text, tokens)) for (let i = s.first; i < s.last; i++) sentLast[i] = s.last;
  return { tokens, sentLast };
}

/** definedType for the name made of the first `words` tokens of the sentence that starts at `from` (a token text). */
function typeOf(text: string, name: string): string | null {
  const ctx = context(text);
  const words = tokenize(name).length;
  const first = ctx.tokens.findIndex(
    (t, i) =>
      ctx.tokens
        .slice(i, i + words)
        .map((x) => x.text)
        .join(' ') ===
      tokenize(name)
        .map((x) => x.text)
        .join(' '),
  );
  return definedType(ctx, first, first + words);
}

describe('definedType', () => {
  it('reads the head noun of "is/was a/an/the ..." after a name that opens its sentence', () => {
    expect(typeOf('Cary Towne Center is a shopping mall in Cary, North Carolina.', 'Cary Towne Center')).toBe('ORG');
    expect(typeOf('Aisby is a village in the English county of Lincolnshire.', 'Aisby')).toBe('LOC');
    expect(
      typeOf(
        'Carmen Cavallaro (May 6, 1913 - October 12, 1989) was an American pianist born in New York.',
        'Carmen Cavallaro',
      ),
    ).toBe('PER');
    expect(typeOf('883JIA FM, is a Chinese radio station of SAFRA Radio in Singapore.', '883JIA FM')).toBe('ORG');
    expect(
      typeOf('The Ayalon Cave is a large underground limestone cave located near Ramla.', 'Ayalon Cave'),
    ).toBeNull(); // "cave": not listed
    expect(typeOf('Darkness Death Doom is the sixth album by Runemagick.', 'Darkness Death Doom')).toBe('MISC');
  });

  it('needs the name at the start of the sentence, the copula right after it, and a closed noun phrase', () => {
    expect(typeOf('Officials said Aisby is a village in Lincolnshire.', 'Aisby')).toBeNull();
    expect(typeOf('Aisby, the paper said, is a village.', 'Aisby')).toBeNull();
    expect(typeOf('Trump is a Republican.', 'Trump')).toBeNull(); // no kind noun
    expect(typeOf('Trump was in Caracas.', 'Trump')).toBeNull();
  });
});

describe('definitions in the entity stage', () => {
  const model = loadNerModelFile();
  /** entitiesFrom over `text` with the recognizer's spans replaced by `spans` ([words, type]): what the entity stage makes of a misreading. */
  const entities = (text: string, spans: [string, string][]) => {
    const rec = recognize(text, model);
    const at = (phrase: string) => {
      const words = tokenize(phrase).map((t) => t.text);
      const first = rec.tokens.findIndex((_, i) => words.every((w, k) => rec.tokens[i + k]?.text === w));
      return { first, last: first + words.length };
    };
    const misread = { ...rec, spans: spans.map(([phrase, type]) => ({ type, ...at(phrase) })) };
    return entitiesFrom(text, misread, model).map((e) => `${e.type}:${e.name}`);
  };

  it('gives a defined name the kind its definition says, whatever its mentions were read as', () => {
    const text = 'Velvet Revolver is an American hard rock band from Los Angeles. Velvet Revolver toured Europe.';
    expect(
      entities(text, [
        ['Velvet Revolver', 'PER'],
        ['Los Angeles', 'LOC'],
        ['Europe', 'LOC'],
      ]),
    ).toEqual(['organization:Velvet Revolver', 'place:Los Angeles', 'place:Europe']);
  });

  it('lists no person, organisation or place for a name defined as a work or an event', () => {
    const text = 'Darkness Death Doom is the sixth album by Runemagick. It was released in 2001.';
    expect(
      entities(text, [
        ['Darkness Death Doom', 'ORG'],
        ['Runemagick', 'ORG'],
      ]),
    ).toEqual(['organization:Runemagick']);
  });

  it('finds a name the recognizer missed at the start of its definition (reviseSpans rule 10), not a pronoun', () => {
    const text = 'Brandhorst is a municipality in the district of Wittenberg. He was a soldier and a statesman.';
    const { tokens, sentLast } = context(text);
    const out = reviseSpans(tokens, sentLast, []).map(
      (s) => `${s.type}:${text.slice(tokens[s.first]!.start, tokens[s.last - 1]!.end)}`,
    );
    expect(out).toEqual(['LOC:Brandhorst']);
  });
});
