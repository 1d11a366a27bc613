import { describe, expect, it } from 'vitest';
import { reviseSpans } from '../../src/nlp/entities/revise';
import type { NerSpan } from '../../src/nlp/ner/recognize';
import { splitSentences, tokenize } from '../../src/nlp/tokenize';

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
  return reviseSpans(tokens, sentLast, ner, (l) => DEMONYMS.has(l)).map((s) => `${s.type}:${text.slice(tokens[s.first]!.start, tokens[s.last - 1]!.end)}`);
}

describe('reviseSpans: numbered units and national armed forces', () => {
  it('takes an ordinal or a unit number into the unit name', () => {
    expect(revise('It moved to the 65th Air Division in 1952.', [['Air', 'Division', 'ORG']])).toEqual(['ORG:65th Air Division']);
    expect(revise('It served with the Eighth Air Force in England.', [['Air', 'Force', 'ORG'], ['England', 'England', 'LOC']])).toEqual([
      'ORG:Eighth Air Force',
      'LOC:England',
    ]);
    expect(revise('Redesignated 3 Air Division on 1 June.', [['Air', 'Division', 'ORG']])).toEqual(['ORG:3 Air Division']);
  });

  it('takes a nationality into the name of its air force or army', () => {
    expect(revise('It trained with Spanish Air Force units.', [['Spanish', 'Spanish', 'MISC'], ['Air', 'Force', 'ORG']])).toEqual(['ORG:Spanish Air Force']);
    expect(revise('The Mexican Army has denied it.', [['Army', 'Army', 'ORG']])).toEqual(['ORG:Mexican Army']);
  });

  it('leaves other organisations after a number or a nationality alone', () => {
    expect(revise('The German Bundesbank said so.', [['German', 'German', 'MISC'], ['Bundesbank', 'Bundesbank', 'ORG']])).toEqual([
      'MISC:German',
      'ORG:Bundesbank',
    ]);
    expect(revise('Stranraer 1 Division three', [['Stranraer', 'Stranraer', 'ORG']])).toEqual(['ORG:Stranraer']);
    expect(revise('They paid 3 Air France pilots.', [['Air', 'France', 'ORG']])).toEqual(['ORG:Air France']);
  });
});
