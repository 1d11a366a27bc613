/**
 * A speaker the article describes rather than names: an unnamed source stays as described, not
 * the organisation or person named inside the description; a document speaks for whoever issued
 * it, not for the organisation mentioned last.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { analyzeText } from '../../src/core/analysis/analyze';
import { findQuotes } from '../../src/core/nlp/quotes';
import { parseNerModel } from '../../src/core/nlp/ner/model';
import { shownAsName } from '../../src/core/nlp/quotes/shown';

const ner = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
const analyze = (text: string) => analyzeText(text, { ner }, { declaredLang: 'en' });

function org(id: string, name: string, text: string, type: Entity['type'] = 'organization'): Entity {
  const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
    start: m.index!,
    end: m.index! + name.length,
    text: name,
  }));
  return { id, name, type, aliases: [], role: null, notes: [], mentions };
}

describe('an unnamed source as the article describes it', () => {
  it('"a senior Labour source said": the source, not the party', () => {
    const t =
      'Boris Johnson met the Labour Party leaders in London on Monday. “This will not last the winter,” a senior Labour source said.';
    const [q] = analyze(t).quotes;
    expect(q?.speaker).toMatchObject({ entityId: null, name: 'a senior Labour source' });
  });

  it('"an Apple spokeswoman said": the spokeswoman, not the company', () => {
    const t = 'Apple released a new phone on Tuesday.\n\n“We are proud of it,” an Apple spokeswoman said.';
    const [q] = findQuotes(t, [org('apple', 'Apple', t)]);
    expect(q?.speaker).toMatchObject({ entityId: null, name: 'an Apple spokeswoman' });
  });

  it('"Swift’s rep told": the rep, not the singer the rep speaks for', () => {
    const t =
      'Taylor Swift performed on Sunday. Swift’s rep told Fox News that this was not true. “Big Machine is trying to deflect.”';
    const [q] = findQuotes(t, [org('taylor-swift', 'Taylor Swift', t, 'person'), org('fox', 'Fox News', t)]);
    expect(q?.speaker).toMatchObject({ entityId: null, name: 'Swift’s rep' });
  });
});

describe('a document speaks for whoever issued it', () => {
  it('"the statement continued" after an organisation spoke: that organisation', () => {
    const t =
      'Big Machine Records issued a statement on Monday. “We agreed,” Big Machine Records said. Netflix later bought the film.\n\n“It should be noted that artists do not need permission,” the statement continued.';
    const qs = findQuotes(t, [org('bmr', 'Big Machine Records', t), org('netflix', 'Netflix', t)]);
    expect(qs.map((q) => q.speaker?.entityId)).toEqual(['bmr', 'bmr']);
  });

  it('"the company" does not refer back to a name that only modifies a noun ("a Netflix documentary")', () => {
    const t = 'Swift accused Big Machine of blocking a Netflix documentary.\n\n“That is false,” the company said.';
    const qs = findQuotes(t, [org('bm', 'Big Machine', t), org('netflix', 'Netflix', t)]);
    expect(qs[0]?.speaker?.entityId).toBe('bm');
  });
});

describe('a clause subject that names no one', () => {
  it('"That could be …: “…”" gives way to the speaker the paragraph names', () => {
    const t =
      'Andrew Vaughan studies tuft cells.\n\n“You may not always want to overreact,” he said. That could be part of what goes wrong in asthma: There could be dangers “if you have too many of these cells.”';
    const qs = findQuotes(t, [org('vaughan', 'Andrew Vaughan', t, 'person')]);
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Andrew Vaughan', 'Andrew Vaughan']);
  });

  it('a demonstrative never opens a speaker shown as a description', () => {
    expect(['That could', 'That opener', 'This', 'a senior Labour source'].map((n) => shownAsName('', n))).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });
});

describe('the organisation or person a pronoun or body stands for, not the nearest name', () => {
  it('"it said" after "The Food Standards Agency warned … DNP": the agency that was the subject', () => {
    const t =
      'The Food Standards Agency warned people to stay away from slimming products that contained DNP.\n\n“We advise the public not to take any tablets,” it said in a statement.';
    const [q] = findQuotes(t, [org('fsa', 'Food Standards Agency', t), org('dnp', 'DNP', t)]);
    expect(q?.speaker?.entityId).toBe('fsa');
  });

  it('"the Obama administration" gives no antecedent for "he": the subject before it does', () => {
    const t =
      'Democrats have adjusted their position, too.\n\nMr. Warner, the Virginia Democrat, called last year’s tax bill “the worst piece of legislation we have passed.” In 2009, however, when Congress passed an $800 billion stimulus bill backed by the Obama administration, he called it “a responsible mix of tax cuts.”';
    const qs = findQuotes(t, [
      org('warner', 'Warner', t, 'person'),
      org('congress', 'Congress', t),
      org('obama', 'Obama', t, 'person'),
    ]);
    expect(qs.map((q) => q.speaker?.entityId)).toEqual(['warner', 'warner']);
  });

  it('"the company claims" is an organisation, not a person whose role names a company', () => {
    const t =
      'Tyler Besecker, owner of a seafood company, spoke to us. Whole Foods Market cut prices on Monday.\n\nAt the same time, the company claims its deals have saved customers “hundreds of millions of dollars” since then.';
    const ents = [
      { ...org('tb', 'Tyler Besecker', t, 'person'), role: 'owner of a seafood company' },
      org('wf', 'Whole Foods Market', t),
    ];
    const [q] = findQuotes(t, ents);
    expect(q?.speaker?.entityId).toBe('wf');
  });
});
