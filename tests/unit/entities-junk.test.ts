import { describe, expect, it } from 'vitest';
import { isJunkName } from '../../src/core/nlp/entities/junk';
import type { NameMention } from '../../src/core/nlp/entities/aliases';
import { tokenize } from '../../src/core/nlp/tokenize';

/** isJunkName for the one-word names `word` standing in `text` (every occurrence a mention). */
function junk(text: string, word: string): boolean {
  const tokens = tokenize(text);
  const list: NameMention[] = [];
  tokens.forEach((t, i) => {
    if (t.text !== word) return;
    list.push({
      type: 'ORG',
      first: i,
      last: i + 1,
      titleFirst: i,
      start: t.start,
      end: t.end,
      words: [word.toLowerCase()],
      nick: null,
      allCaps: false,
      capsLine: false,
      titleOnly: false,
    });
  });
  return isJunkName(list, { text, tokens });
}

describe('isJunkName: a word that labels a number', () => {
  it('drops a common noun before a number or a code', () => {
    expect(junk('The league moved the Week 13 rematch.', 'Week')).toBe(true);
    expect(junk('He was diagnosed with Type 1 diabetes.', 'Type')).toBe(true);
    expect(junk('The rocket, in its Block 1B variant, flies later.', 'Block')).toBe(true);
    expect(junk('Mail us at 520 Third Street, Suite 350, in town.', 'Suite')).toBe(true);
    expect(junk('Lesson #1 about the company is simple.', 'Lesson')).toBe(true);
  });

  it('keeps a name before a number, and a label word standing alone somewhere', () => {
    expect(junk('Boeing 737 jets were grounded.', 'Boeing')).toBe(false);
    expect(junk('Type 1 diabetes is rare. Type said so.', 'Type')).toBe(false);
    expect(junk('Lesson I learned: be early.', 'Lesson')).toBe(false);
  });
});

describe('isJunkName: the abbreviation of a common noun', () => {
  it('drops the shorthand of parts, devices and everyday things', () => {
    expect(junk('The car could just as easily be AWD with a second motor.', 'AWD')).toBe(true);
    expect(junk('A screen in the middle deals with HVAC and music.', 'HVAC')).toBe(true);
    expect(junk('Use a VPN on public networks.', 'VPN')).toBe(true);
    expect(junk('Do not stream 4K over WiFi anyway.', 'WiFi')).toBe(true);
    expect(junk('What were his PR aides thinking?', 'PR')).toBe(true);
    expect(junk('The schematics are XML based.', 'XML')).toBe(true);
    expect(junk('Counters hooked up to LEDs blink at different rates.', 'LEDs')).toBe(true);
  });

  it('keeps a capitalised name that is no such shorthand', () => {
    expect(junk('The deal was approved by NATO on Monday.', 'NATO')).toBe(false);
    // shorthand that is also the usual name of a country or a body
    expect(junk('Fighting resumed in the DRC on Monday.', 'DRC')).toBe(false);
    expect(junk('The IMO said ships must slow down.', 'IMO')).toBe(false);
    expect(junk('RTL reported the news first.', 'RTL')).toBe(false);
  });
});

describe('isJunkName: common words in capitals and numbered items', () => {
  it('drops a common word written in capitals for stress or standing as a cry', () => {
    expect(junk('You have to upgrade BEFORE signing up for the plan.', 'BEFORE')).toBe(true);
    expect(junk('I do not know what to do. Help! The jar broke.', 'Help')).toBe(true);
  });

  it("drops a tracker's numbered item", () => {
    expect(junk('We just landed Bug 1234567, which speeds up start-up.', 'Bug')).toBe(true);
  });
});
