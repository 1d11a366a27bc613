/**
 * Photo credits written inside a caption or a paragraph (src/core/analysis/credits.ts): the names in
 * them are no entities, the caption's own names are.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analysis/analyze';
import { creditsInsideBlocks } from '../../src/core/analysis/credits';
import type { ArticleBlock, BlockKind } from '../../src/core/analysis/contract';
import { loadNerModelFile } from '../../src/cli/model-file';

const res = { ner: loadNerModelFile() };

function article(parts: Array<[BlockKind, string]>): { text: string; blocks: ArticleBlock[] } {
  let text = '';
  const blocks: ArticleBlock[] = [];
  for (const [kind, s] of parts) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + s.length, kind });
    text += s;
  }
  return { text, blocks };
}

/** The credit stretches found in one block of `kind`. */
function credits(kind: BlockKind, s: string): string[] {
  return creditsInsideBlocks(s, [{ start: 0, end: s.length, kind }]).map((c) => s.slice(c.start, c.end));
}

describe('credits inside captions and paragraphs', () => {
  it('finds an agency/photographer credit after the caption', () => {
    expect(
      credits('caption', 'Traders work on the floor in Frankfort, Germany, March 4, 2021. WIREPIX/Odile Marchetti'),
    ).toEqual(['WIREPIX/Odile Marchetti']);
    expect(credits('caption', 'Protesters gather outside the court.Odile Marchetti/Wirepix')).toEqual([
      'Odile Marchetti/Wirepix',
    ]);
    expect(credits('caption', 'The harbour at dawn. Photograph: Wirepix via Stockhouse')).toEqual([
      'Photograph: Wirepix via Stockhouse',
    ]);
    expect(credits('caption', 'The old mill in 1975. (Odile Marchetti / Wirepix)')).toEqual([
      '(Odile Marchetti / Wirepix)',
    ]);
    expect(credits('caption', 'Crowds on the square in 1989. (WPX)')).toEqual(['(WPX)']);
    expect(credits('caption', 'A nurse prepares a vaccine. Stockhouse')).toEqual(['Stockhouse']);
    expect(credits('caption', '© Odile Marchetti Nurses prepare vaccines at a clinic in Dover.')).toEqual([
      '© Odile Marchetti Nurses',
    ]);
  });

  it('finds a "Photo by" parenthesis in a paragraph, leaving out the client it was made for', () => {
    expect(
      credits('paragraph', 'The singer poses at home in 2019. (Photo by Odile Marchetti/Wirepix for Harbour Holdings)'),
    ).toEqual(['(Photo by Odile Marchetti/Wirepix']);
  });

  it('leaves ordinary sentences and parentheses alone', () => {
    expect(credits('caption', 'The minister met the mayor in Dover. They talked about the harbour')).toEqual([]);
    expect(credits('paragraph', 'He said the deal was done. (He spoke to Wirepix.)')).toEqual([]);
    expect(credits('paragraph', 'She moved to Dover in 1990. Odile Marchetti')).toEqual([]);
  });

  it('takes no entity from the credit, and keeps the caption’s names', () => {
    const a = article([
      ['paragraph', 'The city council of Dover voted on Tuesday to rebuild the harbour wall, the mayor said.'],
      ['caption', 'Workers repair the harbour wall in Dover, England, March 4, 2021. WIREPIX/Odile Marchetti'],
    ]);
    const names = analyzeText(a.text, res, { declaredLang: 'en', blocks: a.blocks }).entities.map((e) => e.name);
    expect(names).toContain('Dover');
    expect(names.some((n) => n.includes('Marchetti'))).toBe(false);
    // without the credit rule the photographer is a person
    const plain = analyzeText(a.text, res, { declaredLang: 'en' }).entities.map((e) => e.name);
    expect(plain.some((n) => n.includes('Marchetti'))).toBe(true);
  });
});
