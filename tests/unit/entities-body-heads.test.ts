import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/core/nlp/entities';
import { joinBodyHeads } from '../../src/core/nlp/entities/body-heads';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { tokenize } from '../../src/core/nlp/tokenize';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));

/** The spans after joining, as "TYPE:words", for spans given by their words. */
function joined(text: string, spans: [string, ...string[]][]): string[] {
  const tokens = tokenize(text);
  const given = spans.map(([type, ...words]) => {
    const first = tokens.findIndex((t, i) => words.every((w, k) => tokens[i + k]?.text === w));
    return { type, first, last: first + words.length };
  });
  return joinBodyHeads(text, tokens, given).map(
    (s) => `${s.type}:${text.slice(tokens[s.first]!.start, tokens[s.last - 1]!.end)}`,
  );
}

describe('joinBodyHeads', () => {
  it('takes in the body head before "for" or "of"', () => {
    expect(
      joined('The Northern Center for Soil Control and Testing said so.', [
        ['ORG', 'Soil', 'Control', 'and', 'Testing'],
      ]),
    ).toEqual(['ORG:Northern Center for Soil Control and Testing']);
    expect(joined('She runs the Ministry of Rural Roads in the north.', [['ORG', 'Rural', 'Roads']])).toEqual([
      'ORG:Ministry of Rural Roads',
    ]);
    // a word read alone inside the head gives way
    expect(
      joined('The Danish Institute for Marsh Studies said so.', [
        ['MISC', 'Danish'],
        ['ORG', 'Marsh', 'Studies'],
      ]),
    ).toEqual(['ORG:Danish Institute for Marsh Studies']);
  });

  it('leaves a name after other words or a title as it is', () => {
    expect(joined('A grant for Marsh Studies was made.', [['ORG', 'Marsh', 'Studies']])).toEqual(['ORG:Marsh Studies']);
    expect(joined('He is Minister of State for Marsh Studies now.', [['ORG', 'Marsh', 'Studies']])).toEqual([
      'ORG:Marsh Studies',
    ]);
  });

  it('reads the whole name of a centre in an article', () => {
    const es = findEntities(
      'The Chinese Center for Disease Control and Prevention said it had conducted investigations on Monday.',
      model,
    );
    expect(es.map((e) => e.name)).toContain('Chinese Center for Disease Control and Prevention');
  });
});
