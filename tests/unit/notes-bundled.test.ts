import { describe, expect, it } from 'vitest';
import { addBundledNotes, bundledWikiTitle, findDemonyms } from '../../src/core/notes';
import { formatPopulation } from '../../src/core/notes/bundled/data';
import { entity, exampleText } from './notes-helpers';

const text = exampleText();

describe('addBundledNotes on the example article', () => {
  const venezuela = entity(text, 've', 'Venezuela', 'place');
  const us = entity(text, 'us', 'United States', 'place', null, ['United States', 'US']);
  const russia = entity(text, 'ru', 'Russia', 'place');
  const opec = entity(text, 'opec', 'OPEC', 'organization');
  const caracas = entity(text, 'caracas', 'Caracas', 'place');
  const washington = entity(text, 'wash', 'Washington', 'place');
  const caribbean = entity(text, 'car', 'Caribbean', 'place');
  const whiteHouse = entity(text, 'wh', 'White House', 'organization');
  const maduro = entity(text, 'maduro', 'Nicolas Maduro', 'person', 'Venezuelan President', [
    'Nicolas Maduro',
    'Maduro',
  ]);
  const all = [venezuela, us, russia, opec, caracas, washington, caribbean, whiteHouse, maduro];
  addBundledNotes(text, all);
  const note = (e: typeof venezuela) => e.notes.filter((n) => n.source === 'bundled').map((n) => n.text);

  it('gives countries capital, region, population with its year, languages, currency and flag', () => {
    expect(note(venezuela)).toEqual([
      '\u{1F1FB}\u{1F1EA} Venezuela: a country in South America. Capital: Caracas. Population: 28.9 million (2018). Language: Spanish. Currency: Venezuelan Bolívar.',
    ]);
    expect(note(russia)[0]).toMatch(
      /^\u{1F1F7}\u{1F1FA} Russia: a country in Eastern Europe\. Capital: Moscow\. Population: 144 million \(2018\)\. Language: Russian\. Currency: Russian Ruble\.$/u,
    );
    expect(note(us)[0]).toMatch(
      /^\u{1F1FA}\u{1F1F8} United States: a country in North America\. Capital: Washington D\.C\. Population: 327 million \(2018\)\./u,
    );
  });

  it('describes OPEC, the White House, Caracas, the Caribbean and Washington in a line each', () => {
    expect(note(opec)[0]).toMatch(
      /^OPEC \(Organization of the Petroleum Exporting Countries\): .*Venezuela is a founding member\.$/,
    );
    expect(note(whiteHouse)[0]).toMatch(/^White House: the official residence and office of the US president/);
    expect(note(caracas)).toEqual(['Caracas: the capital of Venezuela \u{1F1FB}\u{1F1EA}.']);
    expect(note(caribbean)[0]).toMatch(/^Caribbean: /);
    expect(note(washington)[0]).toMatch(/^Washington, D\.C\.: the capital of the United States/);
  });

  it('never gives a person a bundled note', () => {
    expect(note(maduro)).toEqual([]);
    const jordan = entity('Jordan scored 40 points.', 'j', 'Jordan', 'person');
    addBundledNotes('Jordan scored 40 points.', [jordan]);
    expect(jordan.notes).toEqual([]);
  });
});

describe('names that mean several things', () => {
  const one = (t: string, name: string, type: 'place' | 'organization' = 'place') => {
    const e = entity(t, 'x', name, type);
    addBundledNotes(t, [e]);
    return e.notes[0]?.text ?? null;
  };

  it('Washington: the capital, the state in an article about the state, the government as an organisation', () => {
    expect(one('Washington imposed sanctions.', 'Washington')).toMatch(/^Washington, D\.C\./);
    expect(one('Fires burned across Washington; Seattle and Spokane were covered in smoke.', 'Washington')).toBe(
      'Washington: a US state in the West; capital Olympia.',
    );
    expect(one('Beijing accused Washington of bullying.', 'Washington', 'organization')).toMatch(
      /^Washington: here the US federal government/,
    );
  });

  it('Georgia: the country or the state by the article\u2019s cues, and says so when it cannot tell', () => {
    expect(one('Protests filled Tbilisi as Georgia suspended EU talks.', 'Georgia')).toMatch(
      /^\u{1F1EC}\u{1F1EA} Georgia: a country in the South Caucasus\. Capital: Tbilisi\./u,
    );
    expect(one('Early voting in Georgia broke records in Atlanta, Governor Brian Kemp said.', 'Georgia')).toBe(
      'Georgia: a US state in the South; capital Atlanta.',
    );
    const unclear = one('Georgia reopened its border crossings after the snow.', 'Georgia');
    expect(unclear).toMatch(
      /^The article does not make clear which is meant\. .*Georgia: a country.* Or: Georgia: a US state/u,
    );
  });

  it('a capital needs its country in the article: Paris, Texas gets no note about France', () => {
    expect(one('President Macron spoke in Paris after the French cabinet met.', 'Paris')).toMatch(
      /^Paris: the capital of France/,
    );
    expect(one('A tornado hit Paris, in north-east Texas, the sheriff said.', 'Paris')).toBeNull();
  });

  it('acronyms keep their case: WHO the organisation, never the word "Who"', () => {
    expect(one('The WHO declared an emergency.', 'WHO', 'organization')).toMatch(/^World Health Organization \(WHO\)/);
    expect(one('Who knows.', 'Who', 'organization')).toBeNull();
    expect(one('The U.S. said so.', 'U.S.')).toMatch(/United States: a country/);
  });

  it('names the Wikipedia page of what it matched, for ranking lookups', () => {
    expect(bundledWikiTitle({ name: 'Georgia', type: 'place', aliases: [] }, 'Tbilisi protests in Georgia.')).toBe(
      'Georgia (country)',
    );
    expect(bundledWikiTitle({ name: 'Georgia', type: 'place', aliases: [] }, 'Georgia reopened.')).toBeNull();
    expect(bundledWikiTitle({ name: 'OPEC', type: 'organization', aliases: [] }, '')).toBe('OPEC');
  });

  it('formats populations for reading', () => {
    expect(formatPopulation(1_392_730_000)).toBe('1.39 billion');
    expect(formatPopulation(28_870_195)).toBe('28.9 million');
    expect(formatPopulation(326_687_501)).toBe('327 million');
    expect(formatPopulation(77_006)).toBe('77,006');
  });
});

describe('findDemonyms', () => {
  it('links the example\u2019s demonyms to their countries without making entities', () => {
    const venezuela = entity(text, 've', 'Venezuela', 'place');
    const us = entity(text, 'us', 'United States', 'place', null, ['United States', 'US']);
    const maduro = entity(text, 'maduro', 'Nicolas Maduro', 'person', 'Venezuelan President', [
      'Venezuelan President Nicolas Maduro',
      'Maduro',
    ]);
    const links = findDemonyms(text, [venezuela, us, maduro]);
    const words = links.map((l) => `${l.text}:${l.country}:${l.entityId}`);
    expect(words).toContain('Venezuelan:VE:ve');
    expect(words).toContain('Venezuelans:VE:ve');
    expect(words).toContain('American:US:us');
    for (const l of links) expect(text.slice(l.start, l.end)).toBe(l.text);
    // "Venezuelan" inside the mention "Venezuelan President Nicolas Maduro" is the entity's, not a link.
    const inMention = text.indexOf('Venezuelan President Nicolas Maduro');
    expect(links.some((l) => l.start === inMention)).toBe(false);
    expect(links.find((l) => l.country === 'VE')?.note).toMatch(/^\u{1F1FB}\u{1F1EA} Venezuela: a country/u);
  });

  it('skips compounds that are not about the country and links countries the article does not name', () => {
    const t = 'Latin American leaders met Indian Ocean states. Chinese and British officials, and Russians, attended.';
    const links = findDemonyms(t, []);
    expect(links.map((l) => [l.text, l.country, l.entityId])).toEqual([
      ['Chinese', 'CN', null],
      ['British', 'GB', null],
      ['Russians', 'RU', null],
    ]);
  });
});

describe('long pages', () => {
  // No timed assertion (these machines are shared and noisy; timings live in `npm run bench`):
  // the test's own time-out is the guard. A quadratic overlap check took ~9.5 s here, linear ~0.3 s.
  it(
    'notes and demonyms finish on 200,000 characters with 60,000 mentions (no quadratic scans)',
    { timeout: 30_000 },
    () => {
      const para =
        'Venezuelan officials in Caracas said OPEC should act. American jets flew near Venezuela. Chinese diplomats met British envoys.\n\n';
      const long = para.repeat(Math.ceil(200_000 / para.length));
      const ents = Array.from({ length: 300 }, (_, i) => {
        const e = entity('', `e${i}`, i % 2 ? 'Venezuela' : 'Caracas', 'place');
        const surface = e.name;
        for (let at = long.indexOf(surface), n = 0; at !== -1 && n < 200; at = long.indexOf(surface, at + 1), n++)
          e.mentions.push({ start: at, end: at + surface.length, text: surface });
        return e;
      });
      addBundledNotes(long, ents);
      const links = findDemonyms(long, ents);
      expect(links.length).toBeGreaterThan(1000);
      expect(ents.every((e) => e.notes.some((n) => n.source === 'bundled'))).toBe(true);
    },
  );
});
