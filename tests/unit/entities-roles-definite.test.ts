/**
 * Roles that are no description of the name they were given: a definite description of several
 * ("the companies"), or one whose head stands after "between these …"; a description after a
 * byline ("By Reuters"), and the story after a dateline ("VIENNA — The house …"). And a
 * description before a name set off by commas whose head is a candidate's word ("hopeful"), and
 * one before a body whose name is written after a capitalised "The".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { descriptorBefore } from '../../src/core/nlp/entities/descriptors';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { tokenize } from '../../src/core/nlp/tokenize';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const roleOf = (text: string, name: string): string | null | undefined =>
  findEntities(text, model).find((e: Entity) => e.name === name)?.role;

describe('descriptions that stand for no one name', () => {
  it('gives a plural description to no single body', () => {
    expect(
      roleOf('Acme Corp reported losses. The companies have struggled for years.', 'Acme Corp') ?? null,
    ).toBeNull();
  });

  it('ends the modifiers of a description at a function word', () => {
    expect(
      roleOf(
        'Tre Harbison rushed for 112 yards on 30 carries for Northern Illinois. The three previous games between these programs went to overtime.',
        'Northern Illinois',
      ) ?? null,
    ).toBeNull();
  });

  it('links no description to a byline', () => {
    expect(
      roleOf('By Reuters\n\nThe house will be turned into a museum, the ministry said on Tuesday.', 'Reuters') ?? null,
    ).toBeNull();
  });

  it('reads the words after a dateline as the story, not a description', () => {
    expect(
      roleOf('VIENNA — The house where the composer was born will become a museum, officials said.', 'VIENNA') ?? null,
    ).toBeNull();
  });
});

describe('a description before a name set off by commas', () => {
  it('takes a candidate described as a hopeful', () => {
    expect(
      roleOf(
        'The women were told the newest Democratic presidential hopeful, Dana Whitcombe, would stop by.',
        'Dana Whitcombe',
      ),
    ).toBe('the newest Democratic presidential hopeful');
  });
});

describe('a description before a body named with "The"', () => {
  it('reads past a capitalised article left out of the name to the description', () => {
    const text = 'It is a dispute with private equity giant The Norwood Group.';
    const tokens = tokenize(text);
    const ctx = { text, tokens, sentLast: new Int32Array(tokens.length).fill(tokens.length) };
    const nameFirst = tokens.findIndex((t) => t.text === 'Norwood');
    expect(descriptorBefore(ctx, nameFirst, nameFirst, 'org')).toBe('private equity giant');
  });
});
