import { describe, expect, it } from 'vitest';
import { splitAtLineBreaks } from '../../src/core/nlp/entities/boundaries';
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
