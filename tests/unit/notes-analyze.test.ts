/** End to end: the example article through analyzeText carries the bundled notes. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analysis/analyze';
import { loadNerModelFile } from '../../src/cli/model-file';
import { findDemonyms } from '../../src/core/notes';
import { exampleText } from './notes-helpers';

describe('analyzeText on the example article', () => {
  const text = exampleText();
  const analysis = analyzeText(text, { ner: loadNerModelFile() });
  // By name or alias: the recognizer (another helper's, still changing) may pick "US" as the name.
  const byName = (name: string) =>
    analysis.entities.find((e) => e.name === name) ?? analysis.entities.find((e) => e.aliases.includes(name));
  const bundled = (name: string) =>
    byName(name)
      ?.notes.filter((n) => n.source === 'bundled')
      .map((n) => n.text) ?? [];

  it('gives Venezuela, Russia, OPEC and the United States their bundled notes', () => {
    expect(bundled('Venezuela')).toEqual([
      expect.stringMatching(
        /^\u{1F1FB}\u{1F1EA} Venezuela: a country in South America\. Capital: Caracas\. Population: 28\.9 million \(2018\)\./u,
      ),
    ]);
    expect(bundled('Russia')).toEqual([
      expect.stringMatching(/^\u{1F1F7}\u{1F1FA} Russia: a country in Eastern Europe\. Capital: Moscow\./u),
    ]);
    expect(bundled('OPEC')).toEqual([
      expect.stringMatching(/^OPEC \(Organization of the Petroleum Exporting Countries\)/),
    ]);
    expect(bundled('United States')).toEqual([
      expect.stringMatching(/^\u{1F1FA}\u{1F1F8} United States: a country in North America\./u),
    ]);
  });

  it('orders notes article -> bundled, and gives people no bundled note', () => {
    for (const e of analysis.entities) {
      const sources = e.notes.map((n) => n.source);
      expect(sources).toEqual(
        [...sources].sort(
          (a, b) => ['article', 'bundled', 'wikipedia'].indexOf(a) - ['article', 'bundled', 'wikipedia'].indexOf(b),
        ),
      );
      if (e.type === 'person') expect(sources).not.toContain('bundled');
      expect(sources).not.toContain('wikipedia'); // analyze never adds Wikipedia notes
    }
    expect(byName('Nicolas Maduro')?.notes[0]?.text).toBe('Role in the article: Venezuelan President');
  });

  it('links "Venezuelan" and "American" to their countries\u2019 entities without new entities', () => {
    const before = analysis.entities.length;
    const links = findDemonyms(text, analysis.entities);
    expect(analysis.entities.length).toBe(before);
    const ve = byName('Venezuela')!;
    const us = byName('United States')!;
    expect(links.filter((l) => l.text.startsWith('Venezuelan')).every((l) => l.entityId === ve.id)).toBe(true);
    expect(links.some((l) => l.text === 'Venezuelans')).toBe(true);
    expect(links.find((l) => l.text === 'American')?.entityId).toBe(us.id);
  });
});
