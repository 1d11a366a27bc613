/**
 * The page-set scorer (npm run eval:pages, tests/eval/pages/): its matching rules on small
 * hand-made readings and Gloss results, no corpus. Names, texts and page names here are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Entity, Quote } from '../../src/core/analysis/contract';
import { matchEntities, roleRight, scoreAliases, scoreApart, scoreRoles, standsAlone } from '../eval/pages/entities';
import { checkSpeaker, matchQuotes, scoreQuotes, spanMatch } from '../eval/pages/quotes';
import {
  checkReading,
  halfOf,
  isHeldOut,
  looksLikeName,
  parseHeldOut,
  type ReadEntity,
  type Reading,
} from '../eval/pages/readings';
import { checkArticle, scorePage, sumPages } from '../eval/pages/score';
import { headNoun, normName, occurrences, roleTokens, tokenF1 } from '../eval/pages/text';

/** A Gloss entity whose mentions are the given strings, each at its next occurrence in `text`. */
function ent(text: string, type: Entity['type'], name: string, mentions: string[], role: string | null = null): Entity {
  let from = 0;
  const ms = mentions.map((m) => {
    const start = text.indexOf(m, from);
    if (start < 0) throw new Error(`"${m}" not in the text`);
    from = start + m.length;
    return { start, end: start + m.length, text: m };
  });
  return { id: normName(name).replace(/\W+/g, '-'), name, type, aliases: [], role, mentions: ms, notes: [] };
}

/** A Gloss quote whose one span is `marked` (with its marks), at its `nth` occurrence in `text`. */
function quote(text: string, marked: string, speaker: Quote['speaker'], nth = 0): Quote {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(marked, start + 1);
  if (start < 0) throw new Error(`"${marked}" not in the text`);
  const end = start + marked.length;
  return { text: marked.slice(1, -1), start, end, spans: [{ start, end }], kind: 'full', speaker, cue: 'said' };
}

const read = (
  name: string,
  type: ReadEntity['type'],
  aliases: string[] = [],
  role: string | null = null,
): ReadEntity => ({ name, type, aliases, role });

describe('normalising', () => {
  it('names: case, possessive, leading "the", accents, marks; an abbreviation keeps its stops', () => {
    expect(normName('The White House')).toBe('white house');
    expect(normName('Trump’s')).toBe('trump');
    expect(normName("Jones'")).toBe('jones');
    expect(normName('Nicolás  Maduro')).toBe('nicolas maduro');
    expect(normName('U.S.')).toBe('u.s.');
    expect(normName('Caracas.')).toBe('caracas');
    expect(normName('Tyvak Systems, Inc.')).toBe(normName('Tyvak Systems Inc.'));
    expect(normName('Ocasio‐Cortez')).toBe(normName('Ocasio-Cortez'));
  });

  it('occurrences are word-bounded and case-sensitive, with marks and accents unified', () => {
    const t = 'The US and USA told us. Trump’s aide met José Nicolás Maduro.';
    expect(occurrences(t, 'US')).toEqual([{ start: 4, end: 6 }]);
    expect(occurrences(t, "Trump's")).toEqual([{ start: 24, end: 31 }]);
    expect(occurrences(t, 'Nicolas Maduro').length).toBe(1);
  });

  it('role words and token F1', () => {
    expect(roleTokens('the head of Venezuela’s legislature')).toEqual(['head', 'venezuela', 'legislature']);
    expect(tokenF1(['a', 'b'], ['a', 'b', 'c', 'd'])).toBeCloseTo(2 / 3, 10);
    expect(headNoun('a spokesperson for the ministry')).toBe('spokesperson');
    expect(headNoun('senior US officials')).toBe('official');
  });
});

const TEXT =
  'President Donald Trump met Nicolás Maduro in Caracas. Trump’s aides said the U.S. would act in the eastern Pacific. ' +
  'Delcy Rodriguez and Jorge Rodriguez spoke. The White House declined. U.S. Customs and Border Protection agreed.';

const READ = [
  read('Donald Trump', 'person', ['Trump'], 'President'),
  read('Nicolas Maduro', 'person', ['Maduro']),
  read('Caracas', 'place'),
  read('Delcy Rodriguez', 'person'),
  read('Jorge Rodriguez', 'person'),
  read('White House', 'organization'),
  read('United States', 'place', ['U.S.']),
];

const GLOSS = [
  ent(TEXT, 'person', 'Donald Trump', ['Donald Trump', 'Trump'], 'President'),
  ent(TEXT, 'person', 'Maduro', ['Nicolás Maduro']),
  ent(TEXT, 'organization', 'Caracas', ['Caracas']),
  // one entity for both Rodriguezes: its mentions overlap both read names
  ent(TEXT, 'person', 'Rodriguez', ['Delcy Rodriguez', 'Jorge Rodriguez']),
  ent(TEXT, 'place', 'U.S', ['U.S.']),
  ent(TEXT, 'organization', 'the White House', ['White House'], 'the seat of government'),
  ent(TEXT, 'person', 'Aides', ['aides']),
  ent(TEXT, 'place', 'Pacific', ['Pacific']),
  ent(TEXT, 'other', 'Border', ['Border']),
];

describe('entities', () => {
  const m = matchEntities(TEXT, GLOSS, READ, [{ name: 'eastern Pacific', type: 'place', aliases: [] }]);

  it('recall: same type, by name, a mention text, or a mention overlapping a read name', () => {
    expect(m.recall).toEqual({ found: 6, total: 7 });
    expect(m.matched.map((g) => g?.name ?? null)).toEqual([
      'Donald Trump',
      'Maduro',
      null,
      'Rodriguez',
      'Rodriguez',
      'the White House',
      'U.S',
    ]);
  });

  it('precision: wrong type is wrong, optional names left out, "other" not counted', () => {
    expect(m.precision).toEqual({ right: 5, total: 7 });
    expect(m.typeErrors.map((t) => [t.gloss.name, t.read.name])).toEqual([['Caracas', 'Caracas']]);
    expect(m.spurious.map((g) => g.name)).toEqual(['Aides']);
    expect(m.optional.map((g) => g.name)).toEqual(['Pacific']);
  });

  it('people kept apart: both found and on different Gloss entities', () => {
    const apart = scoreApart(READ, m.matched, [
      ['Delcy Rodriguez', 'Jorge Rodriguez'],
      ['Donald Trump', 'Maduro'],
    ]);
    expect(apart.right).toBe(1);
    expect(apart.total).toBe(2);
    expect(apart.wrong[0]!.why).toBe('both are Gloss\'s "Rodriguez"');
  });

  it('aliases: counted when used on their own in the text, merged when a mention of the matched entity', () => {
    const a = scoreAliases(TEXT, READ, m.matched);
    // "Trump" (merged), "U.S." (merged); "Maduro" occurs only inside "Nicolás Maduro": not counted
    expect(a).toEqual({ merged: 2, total: 2, missed: [] });
    const cbp = [read('U.S. Customs and Border Protection', 'organization', ['Customs and Border Protection'])];
    expect(standsAlone(TEXT, 'Customs and Border Protection', ['U.S. Customs and Border Protection'])).toBe(false);
    expect(
      scoreAliases(TEXT, cbp, [ent(TEXT, 'organization', 'CBP', ['U.S. Customs and Border Protection'])]).total,
    ).toBe(0);
    const missed = scoreAliases(
      TEXT,
      [read('Donald Trump', 'person', ['Trump'])],
      [ent(TEXT, 'person', 'Donald Trump', ['Donald Trump'])],
    );
    expect(missed).toEqual({ merged: 0, total: 1, missed: [{ entity: 'Donald Trump', alias: 'Trump' }] });
  });

  it('roles: token F1 >= 0.5 against the whole or one "; " part; spurious roles apart', () => {
    expect(roleRight('Venezuelan President', 'President of Venezuela')).toBe(true); // F1 exactly 0.5
    expect(roleRight('the country director for Oxfam', 'country director')).toBe(true);
    expect(roleRight('Admiral; heads the US Special Operations Command', 'Admiral')).toBe(true);
    expect(roleRight('Steelers defensive captain', 'captain; openly lobbied for the league to suspend him')).toBe(
      false,
    );
    expect(roleRight('Rep. (R-TX); ranking member of the space subcommittee', 'Rep.')).toBe(true);
    const r = scoreRoles(READ, m.matched);
    expect(r.right).toBe(1);
    expect(r.total).toBe(1);
    expect(r.spurious).toEqual([{ entity: 'White House', got: 'the seat of government' }]);
  });
});

describe('quotes', () => {
  const T =
    '“We’re going to start doing those strikes on land too,” Trump said. He called it "a disgrace." ' +
    'The "Cartel of the Suns," he said. ‘Very soon,’ he said, and "very soon" again. Aides said: "Sources say we will win it all."';
  const trump = ent(T, 'person', 'Donald Trump', ['Trump']);
  const ents = [read('Donald Trump', 'person', ['Trump'])];

  it('a span matches from its start or within its first 40 characters, marks stripped', () => {
    expect(spanMatch('“We’re going to start doing”', "We're going to start")).toBe(2);
    expect(spanMatch('"Sources say we will win it all."', 'we will win')).toBe(1);
    expect(spanMatch(`"${'x'.repeat(41)} we will win"`, 'we will win')).toBe(0);
  });

  it('one Gloss span serves one read quote; repeated words go to separate spans', () => {
    const g = [
      quote(T, '“We’re going to start doing those strikes on land too,”', null),
      quote(T, '‘Very soon,’', null),
      quote(T, '"very soon"', null),
    ];
    const refs = matchQuotes(T, g, [
      { startsWith: "We're going to start", speaker: null, kind: 'full' },
      { startsWith: 'going to start doing', speaker: null, kind: 'full' },
      { startsWith: 'very soon', speaker: null, kind: 'partial' },
      { startsWith: 'very soon', speaker: null, kind: 'partial' },
    ]);
    expect(refs).toEqual([{ quote: 0, span: 0 }, null, { quote: 1, span: 0 }, { quote: 2, span: 0 }]);
  });

  it('speakers: the matched entity, one of its names, null for null, a description by head noun or F1', () => {
    const matched = [trump];
    const sp = (name: string, entityId: string | null = null) => ({ name, entityId, mention: null });
    expect(checkSpeaker('Donald Trump', sp('Mr Trump', trump.id), ents, matched, []).right).toBe(true);
    expect(checkSpeaker('Donald Trump', sp('Trump'), ents, matched, []).right).toBe(true);
    expect(checkSpeaker('Trump', sp('Donald Trump'), ents, matched, []).right).toBe(true);
    expect(checkSpeaker('Donald Trump', sp('Pete Hegseth', 'pete-hegseth'), ents, matched, []).right).toBe(false);
    expect(checkSpeaker('Donald Trump', null, ents, matched, []).right).toBe(false);
    expect(checkSpeaker(null, null, ents, matched, []).right).toBe(true);
    expect(checkSpeaker(null, sp('Trump'), ents, matched, []).right).toBe(false);
    expect(checkSpeaker('a senior political source', sp('a source'), ents, matched, []).right).toBe(true);
    expect(
      checkSpeaker('a spokesperson for the ministry', sp('the ministry spokesperson'), ents, matched, []).right,
    ).toBe(true);
    expect(checkSpeaker('a senior political source', sp('the minister'), ents, matched, []).right).toBe(false);
  });

  it('scoreQuotes: found, speakers, notQuotes (trailing punctuation ignored)', () => {
    const g = [
      quote(T, '“We’re going to start doing those strikes on land too,”', {
        name: 'Donald Trump',
        entityId: trump.id,
        mention: null,
      }),
      quote(T, '"a disgrace."', { name: 'Aides', entityId: null, mention: null }),
      quote(T, '"Cartel of the Suns,"', null),
    ];
    const r = scoreQuotes(
      T,
      g,
      [
        { startsWith: "We're going to start doing those strikes", speaker: 'Donald Trump', kind: 'full' },
        { startsWith: 'a disgrace', speaker: 'Donald Trump', kind: 'partial' },
        { startsWith: 'Sources say we will win', speaker: 'Aides', kind: 'full' },
      ],
      ['Cartel of the Suns', 'Mitch'],
      ents,
      [trump],
      [],
    );
    expect([r.found, r.total, r.speakers.right, r.speakers.total]).toEqual([2, 3, 1, 2]);
    expect(r.wrongSpeakers).toEqual([
      { right: false, expected: 'Donald Trump', got: 'Aides', startsWith: 'a disgrace' },
    ]);
    expect(r.notQuotes).toEqual({ right: 1, total: 2, failed: ['Cartel of the Suns'] });
    expect(r.nested).toEqual([]);
  });

  it('a missed quote nested inside a Gloss quote is noted as such', () => {
    const t = '“I told him: ‘Look, if I come over every day, will you help?’ and he did,” she said.';
    const g = [quote(t, '“I told him: ‘Look, if I come over every day, will you help?’ and he did,”', null)];
    const r = scoreQuotes(
      t,
      g,
      [
        { startsWith: 'I told him', speaker: null, kind: 'full' },
        { startsWith: 'Look, if I come over every day', speaker: null, kind: 'full' },
      ],
      [],
      [],
      [],
      [],
    );
    expect([r.found, r.total]).toEqual([1, 2]);
    expect(r.nested.map((x) => x.startsWith)).toEqual(['Look, if I come over every day']);
  });
});

describe('article checks', () => {
  const a = {
    title: '‘We had some issues,’ exec says',
    firstParagraphStartsWith: "It's the first day",
    lastParagraphStartsWith: 'The end is near',
    mustNotContain: ['Most read', 'Sign up now'],
  };

  it('title normalised, paragraphs present, furniture absent', () => {
    const r = checkArticle(a, {
      title: "'We had  some issues,' Exec says",
      text: 'It’s the\u00a0first day.\n\nMost read\n\nThe end.',
    });
    expect([r.right, r.total]).toEqual([3, 5]);
    expect(r.failed.map((f) => f.split(' (')[0])).toEqual([
      'last paragraph "The end is near"',
      'mustNotContain "Most read"',
    ]);
  });

  it('paragraph words are found where elements meet without a space', () => {
    const r = checkArticle(
      { ...a, lastParagraphStartsWith: '(CNN) President Donald Trump met' },
      { title: a.title, text: "It's the first day.\n\n(CNN)President Donald Trump met him." },
    );
    expect(r).toMatchObject({ right: 5, total: 5 });
  });

  it('no article fails every check', () => {
    expect(checkArticle(a, null)).toMatchObject({ right: 0, total: 5 });
  });
});

describe('readings', () => {
  it('split by the first byte of SHA-256 of the file name', () => {
    // sha256("rtp/aclu.json")[0] = 0x28 (40 < 86), sha256("rtp/buzzfeed-1.json")[0] = 0xab (171)
    expect(halfOf('rtp/aclu.json')).toBe('check');
    expect(halfOf('rtp/buzzfeed-1.json')).toBe('tune');
  });

  it('held-out list: names per corpus, aeb ids by prefix', () => {
    const md =
      '# Pages\n\nNever read these.\n\nreadability-test-pages: `site-1`, `other`\n\narticle-extraction-benchmark (hash prefixes of `html/<hash>.html.gz`):\n`abc123def456`, `0f0f0f0f0f0f`\n';
    const h = parseHeldOut(md);
    expect(h).toEqual({ rtp: ['site-1', 'other'], aeb: ['abc123def456', '0f0f0f0f0f0f'] });
    expect(isHeldOut('aeb', `abc123def456${'0'.repeat(52)}`, h)).toBe(true);
    expect(isHeldOut('aeb', `abc123def457${'0'.repeat(52)}`, h)).toBe(false);
    expect(isHeldOut('rtp', 'site-1', h)).toBe(true);
    expect(isHeldOut('rtp', 'site-10', h)).toBe(false);
  });

  it('a bad field gives a warning naming the file and field, and the rest is kept', () => {
    const { reading, warnings } = checkReading('rtp/made-up.json', {
      page: { corpus: 'rtp', id: 'made-up' },
      article: { title: 'T', firstParagraphStartsWith: 'A', lastParagraphStartsWith: 7, mustNotContain: ['x', 3] },
      entities: [
        { name: 'Ann Lee', type: 'person', aliases: ['Lee'] },
        { name: 'Brexit', type: 'event', aliases: [] },
        { name: 'Bo', type: 'person' },
      ],
      quotes: [
        { startsWith: 'a', speaker: 'Bob Smith', kind: 'full' },
        { startsWith: 'b', speaker: 'Teachers', kind: 'full' },
        { startsWith: 'c', speaker: 'a senior official', kind: 'quote' },
        { startsWith: 'd', speaker: 'Lee', kind: 'partial' },
      ],
      distinctPeople: [['Ann Lee', 'Cy Lee']],
      notQuotes: [],
    });
    // prettier-ignore
    expect(warnings).toEqual([
      'rtp/made-up.json: article.lastParagraphStartsWith: missing or not a non-empty string (check not counted)',
      'rtp/made-up.json: article.mustNotContain[1]: not a non-empty string, ignored',
      'rtp/made-up.json: entities[1] (Brexit): type "event" is not person/organization/place; treated as optional',
      'rtp/made-up.json: entities[2] (Bo): aliases missing (taken as [])',
      'rtp/made-up.json: distinctPeople[0]: "Cy Lee" not an entity\'s name or alias, ignored',
      'rtp/made-up.json: quotes[0].speaker: "Bob Smith" is neither an entity\'s name or alias nor a description (scored as a description)',
      'rtp/made-up.json: quotes[2].kind: "quote" is not full or partial',
    ]);
    expect(reading!.entities.map((e) => e.name)).toEqual(['Ann Lee', 'Bo']);
    expect(reading!.optional.map((e) => e.name)).toEqual(['Brexit']);
    expect(reading!.quotes).toHaveLength(4);
    expect(checkReading('aeb/abc.json', {}).reading).toBeNull();
  });

  it('a title in front of the name is warned about as an alias; "State of X" is not', () => {
    const w = (aliases: string[]) =>
      checkReading('rtp/x.json', {
        article: {},
        entities: [{ name: 'Israel', type: 'place', aliases }],
        quotes: [],
      }).warnings.filter((x) => x.includes('aliases'));
    expect(w(['State of Israel'])).toEqual([]);
    expect(w(['President Israel'])).toHaveLength(1);
    expect(looksLikeName('Ministry of Defence')).toBe(true);
    expect(looksLikeName('Police')).toBe(false);
    expect(looksLikeName('Teachers')).toBe(false);
    expect(looksLikeName('Parata')).toBe(true);
  });
});

describe('a page and the totals', () => {
  const reading: Reading = {
    file: 'rtp/made-up.json',
    corpus: 'rtp',
    id: 'made-up',
    article: {
      title: 'Trump met Maduro',
      firstParagraphStartsWith: 'President Donald Trump met',
      lastParagraphStartsWith: 'U.S. Customs',
      mustNotContain: ['Most read'],
    },
    entities: READ,
    optional: [],
    distinctPeople: [['Delcy Rodriguez', 'Jorge Rodriguez']],
    quotes: [{ startsWith: 'never', speaker: null, kind: 'partial' }],
    notQuotes: ['Mitch'],
  };

  it('scores every part; no article scores nothing', () => {
    const p = scorePage(
      reading,
      'check',
      { article: { title: 'Trump met Maduro', text: TEXT }, entities: GLOSS, quotes: [] },
      [ent(TEXT, 'place', 'Caracas', ['Caracas'])],
    );
    expect(p.counts).toMatchObject({
      article: { right: 4, total: 4 },
      recall: { right: 6, total: 7 },
      precision: { right: 5, total: 8 },
      apart: { right: 0, total: 1 },
      quotes: { right: 0, total: 1 },
      notQuotes: { right: 1, total: 1 },
      baselineRecall: { right: 1, total: 7 },
      baselinePrecision: { right: 1, total: 1 },
    });
    const none = scorePage(reading, 'tune', { article: null, entities: GLOSS, quotes: [] }, []);
    expect(none.counts).toMatchObject({
      article: { right: 0, total: 4 },
      recall: { right: 0, total: 7 },
      precision: { right: 0, total: 0 },
      notQuotes: { right: 0, total: 1 },
    });
    const t = sumPages([p, none]);
    expect([t.pages, t.entities, t.quotesRead, t.noArticle]).toEqual([2, 14, 2, 1]);
    expect(t.recall).toEqual({ right: 6, total: 14 });
    expect(t.article).toEqual({ right: 4, total: 8 });
  });
});
