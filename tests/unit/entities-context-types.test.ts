/**
 * The type the words around a name give it (context-types.ts), through the whole entity stage,
 * and a sentence's first word that the article writes in lower case elsewhere (junk.ts).
 * Invented sentences.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { isJunkName } from '../../src/core/nlp/entities/junk';
import type { NameMention } from '../../src/core/nlp/entities/aliases';
import { splitSentences, tokenize } from '../../src/core/nlp/tokenize';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const find = (text: string): Entity[] => findEntities(text, model);
const typeOf = (text: string, name: string): string | undefined =>
  find(text).find((e) => e.name === name || e.aliases.includes(name))?.type;

describe('typeFromContext: works, craft and peoples are no entities', () => {
  it('drops a title set in quotation marks each time it is named', () => {
    const text =
      'The ballad that Jane Doe sings at the end of “Wild Heather” is the best. Most who wrote for “Wild Heather” were paid.';
    expect(typeOf(text, 'Wild Heather')).toBeUndefined();
    expect(typeOf(text, 'Jane Doe')).toBe('person');
  });

  it('drops a title named after a work noun', () => {
    expect(typeOf('He wrote his first novel, Glass Harbor, in a month.', 'Glass Harbor')).toBeUndefined();
    expect(typeOf('Hibernation was in films such as Nightwake for years.', 'Nightwake')).toBeUndefined();
  });

  it('drops a title an appositive calls a work', () => {
    const text = 'She sold Glass Harbor, a cyberpunk book, in 1980. Glass Harbor made her name.';
    expect(typeOf(text, 'Glass Harbor')).toBeUndefined();
  });

  it('drops a craft named before its common noun', () => {
    expect(typeOf('Engineers tested the Tarsus spacecraft on Monday.', 'Tarsus')).toBeUndefined();
  });

  it('drops a people named as one', () => {
    expect(typeOf('Elders of the Ngarrin people met in the hall on Sunday.', 'Ngarrin')).toBeUndefined();
  });

  it('keeps a full personal name before a work noun', () => {
    expect(typeOf('Steven Marlowe directed it. It was a Marlowe film through and through.', 'Steven Marlowe')).toBe(
      'person',
    );
  });
});

describe('event heads: a gathering is no entity', () => {
  it('drops a show named with its head word', () => {
    const text =
      'Carmakers showed new models at the Glenmoor Auto Show this week. The Glenmoor Auto Show opens on Friday.';
    expect(typeOf(text, 'Glenmoor Auto Show')).toBeUndefined();
  });
});

describe('typeFromContext: places and organisations', () => {
  it('makes a place of a name followed by a comma and a state or a country', () => {
    expect(typeOf('The lander was built by Ceto Robotics, Palo Verde, California.', 'Palo Verde')).toBe('place');
  });

  it('makes an organisation of a name a business noun stands beside', () => {
    expect(typeOf('Prices rose at the recreational vehicle-maker Wendago last year.', 'Wendago')).toBe('organization');
    expect(typeOf('Tom Forte works at the Q.R. Hollis brokerage in Seattle.', 'Q.R. Hollis')).toBe('organization');
  });

  it('makes an organisation of a one-word business the company list holds, read as a place', () => {
    const text =
      'Layoffs hit staff at Zalando, which the group bought for $600 million. Prices also dropped at Zalando.';
    expect(typeOf(text, 'Zalando')).toBe('organization');
  });
});

describe('isJunkName: a sentence-opening word written in lower case elsewhere', () => {
  /** isJunkName for every occurrence of the one-word name `word` in `text`. */
  function junk(text: string, word: string): boolean {
    const tokens = tokenize(text);
    const sentFirst = new Int32Array(tokens.length);
    for (const s of splitSentences(text, tokens)) sentFirst.fill(s.first, s.first, s.last);
    const list: NameMention[] = [];
    tokens.forEach((t, i) => {
      if (t.text !== word) return;
      const base = { first: i, last: i + 1, titleFirst: i, start: t.start, end: t.end, nick: null };
      list.push({
        ...base,
        type: 'PER',
        words: [word.toLowerCase()],
        allCaps: false,
        capsLine: false,
        titleOnly: false,
      });
    });
    return isJunkName(list, { text, tokens, sentFirst });
  }

  it('drops it, after an opening quotation mark too', () => {
    expect(junk('Given the findings, she left. The data were given to her.', 'Given')).toBe(true);
    expect(junk('“Given the findings, we left,” she said. It was given.', 'Given')).toBe(true);
    expect(junk('It deepened the mystery: Given the cells, they act. Cells were given names.', 'Given')).toBe(true);
  });

  it("drops a page's command verb opening a sentence", () => {
    expect(junk('Prices fell early. Skip the crowds and order online this week.', 'Skip')).toBe(true);
    expect(junk('Skip Marlow joined the team. Skip said he was glad.', 'Skip')).toBe(false);
  });

  it('drops a time zone after a time', () => {
    expect(junk('The story was updated at 5:45 p.m. ET to add details.', 'ET')).toBe(true);
    expect(junk('ET Industries said so on Monday.', 'ET')).toBe(false);
  });

  it('keeps it when it stands inside a sentence too, or the article never writes it in lower case', () => {
    expect(junk('Rose left early. Later Rose said the price rose.', 'Rose')).toBe(false);
    // ("Given the findings, …" is dropped as an opening participle: entities-not-names.test.ts)
    expect(junk('Sterling rose against the euro. Nothing more was said.', 'Sterling')).toBe(false);
  });
});
