import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/core/nlp/language';

const EN =
  'Tensions between the United States and Venezuela have risen sharply after the president suggested that forces could soon strike targets inside the country. His comments follow a series of deadly strikes on boats that were used by traffickers, officials said.';
const ES =
  'Las tensiones entre Estados Unidos y Venezuela han aumentado después de que el presidente sugiriera que las fuerzas podrían atacar objetivos dentro del país. Sus comentarios siguen a una serie de ataques contra barcos que, según el gobierno, eran usados por narcotraficantes.';
const DE =
  'Die Spannungen zwischen den Vereinigten Staaten und Venezuela haben sich verschärft, nachdem der Präsident angedeutet hatte, dass die Streitkräfte bald Ziele im Land angreifen könnten. Seine Äußerungen folgen auf eine Reihe von Angriffen auf Boote.';
const RU =
  'Напряжённость между США и Венесуэлой резко возросла после того, как президент заявил, что американские силы могут вскоре нанести удары по целям внутри страны.';
const ZH = '美国总统表示，美国军队可能很快会打击委内瑞拉境内的目标，两国之间的紧张局势急剧加剧。';

describe('detectLanguage', () => {
  it('reads English as English, whatever the page declares', () => {
    expect(detectLanguage(EN, null)).toBe('en');
    expect(detectLanguage(EN, 'en-GB')).toBe('en');
    expect(detectLanguage(EN, 'es')).toBe('en');
  });

  it('reports other languages, by function words or by script', () => {
    expect(detectLanguage(ES, null)).toBe('es');
    expect(detectLanguage(ES, 'en')).toBe('es');
    expect(detectLanguage(DE, null)).toBe('de');
    expect(detectLanguage(RU, null)).toBe('ru');
    expect(detectLanguage(ZH, 'en')).toBe('zh');
  });

  it('counts short or undecidable text as English unless the page declares otherwise', () => {
    expect(detectLanguage('', null)).toBe('en');
    expect(detectLanguage('Hola', null)).toBe('en');
    expect(detectLanguage('Hola', 'es')).toBe('es');
    const table =
      'NEW YORK 45 32 .584 - BOSTON 40 37 .519 5 DETROIT 36 41 .468 9 CHICAGO 33 44 .429 12 MIAMI 31 46 .403 14 '.repeat(
        3,
      );
    expect(detectLanguage(table, null)).toBe('en');
  });

  // No timed assertion (shared, noisy machines); a quadratic scan of a megabyte would hit the time-out.
  it('handles a megabyte of text', () => {
    const big = EN.repeat(4000);
    expect(detectLanguage(big, null)).toBe('en');
  });
});
