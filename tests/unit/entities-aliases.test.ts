import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis/contract';
import { findEntities } from '../../src/core/nlp/entities';
import { groupMentions, type NameMention } from '../../src/core/nlp/entities/aliases';
import type { MentionType } from '../../src/core/nlp/entities/mentions';
import { looseWord, withoutArticle } from '../../src/core/nlp/entities/name-keys';
import { parseNerModel } from '../../src/core/nlp/ner/model';

const model = parseNerModel(JSON.parse(readFileSync(resolve(__dirname, '../../assets/model/ner-model.json'), 'utf8')));
/** The entity that has `name` as its name or one of its mentions. */
const holder = (es: Entity[], name: string): Entity | undefined =>
  es.find((e) => e.name === name || e.mentions.some((m) => m.text === name));

describe('name keys', () => {
  it('meets transliterations and drops a glued article', () => {
    expect(looseWord('zelenskiy')).toBe(looseWord('zelensky'));
    expect(looseWord('zelenskyy')).toBe(looseWord('zelensky'));
    expect(looseWord('kadhafi')).toBe(looseWord('qaddafi'));
    expect(looseWord('miller')).not.toBe(looseWord('muller'));
    expect(withoutArticle('al-assad')).toBe('assad');
    expect(withoutArticle('al-ahram')).toBe('ahram');
  });
});

describe('aliases: one person under several written forms', () => {
  it('joins a surname with its particle, capitalised or not, to the full name', () => {
    const es = findEntities(
      'Osama bin Laden was killed in 2011. Bin Laden had hidden in Abbottabad. Officials said bin Laden lived there for years.',
      model,
    );
    const osama = holder(es, 'Osama bin Laden')!;
    expect(holder(es, 'Bin Laden')).toBe(osama);
    expect(holder(es, 'bin Laden')).toBe(osama);
    const es2 = findEntities(
      'The philosopher Luis de Miranda weaves a history of neon. De Miranda writes that shops were rare.',
      model,
    );
    expect(holder(es2, 'De Miranda')).toBe(holder(es2, 'Luis de Miranda'));
  });

  it('joins "Mr. X" to the full name with a glued article', () => {
    const es = findEntities(
      'Syrian President Bashar al-Assad spoke on Monday. Mr. Assad said the war was over.',
      model,
    );
    const assad = holder(es, 'Bashar al-Assad')!;
    expect(assad.type).toBe('person');
    expect(assad.aliases).toContain('Mr. Assad');
    expect(es.filter((e) => e.mentions.some((m) => m.text === 'Assad'))).toEqual([assad]);
  });

  it('joins transliterations of a surname', () => {
    const es = findEntities(
      'Ukrainian President Volodymyr Zelensky met allies. Zelenskiy said Kyiv would fight on.',
      model,
    );
    expect(holder(es, 'Zelenskiy')).toBe(holder(es, 'Volodymyr Zelensky'));
  });
});

describe('aliases: one person’s full name written differently', () => {
  it('joins a middle initial, a middle name left out, a suffix and a short given name', () => {
    const es = findEntities(
      'Gregory Halvorsen Jr. was sentenced on Monday. Lawyers for Gregory T. Halvorsen said he would appeal. ' +
        '“Greg Halvorsen is a good man,” a neighbour said.',
      model,
    );
    const g = holder(es, 'Gregory Halvorsen Jr.')!;
    expect(holder(es, 'Gregory T. Halvorsen')).toBe(g);
    expect(holder(es, 'Greg Halvorsen')).toBe(g);
    const es2 = findEntities(
      'The novelist John T. Marsh died in 2006. John Tobias Marsh was born in Indiana. Marsh wrote nine novels.',
      model,
    );
    expect(holder(es2, 'John Tobias Marsh')).toBe(holder(es2, 'John T. Marsh'));
  });

  it('keeps a father and a son apart: two suffixes, two middle initials', () => {
    const es = findEntities(
      'Robert Kellerman Sr. founded the firm in 1970. His son, Robert Kellerman Jr., runs it today.',
      model,
    );
    expect(holder(es, 'Robert Kellerman Sr.')).not.toBe(holder(es, 'Robert Kellerman Jr.'));
    const es2 = findEntities(
      'Former President Henry P. Waldmann spoke first. His son, Henry K. Waldmann, spoke after him.',
      model,
    );
    expect(holder(es2, 'Henry P. Waldmann')).not.toBe(holder(es2, 'Henry K. Waldmann'));
  });

  it('joins the first of two surnames, or a name inside a long one, said alone', () => {
    const es = findEntities(
      'Mexican President Andrés Manuel Torres Obrador spoke on Monday. Torres said the plan would work.',
      model,
    );
    expect(holder(es, 'Torres')).toBe(holder(es, 'Andrés Manuel Torres Obrador'));
  });

  it('keeps a titled father apart from his son named in full after “bin”', () => {
    const es = findEntities(
      'The late King Farouk ruled for decades. His son, King Tarek bin Farouk, rules now. Farouk was popular.',
      model,
    );
    const son = holder(es, 'Tarek bin Farouk')!;
    expect(son.type).toBe('person');
    expect(son.mentions.map((m) => m.text)).toEqual(['Tarek bin Farouk']);
    const es2 = findEntities(
      'Sheikh Rashid Al Nadir built the port. His son, Sheikh Karim bin Rashid Al Nadir, built the towers.',
      model,
    );
    expect(holder(es2, 'Karim bin Rashid Al Nadir')).toBeDefined();
    expect(holder(es2, 'Rashid Al Nadir')).not.toBe(holder(es2, 'Karim bin Rashid Al Nadir'));
  });

  it('joins given names of two words said alone to the full name they open', () => {
    const es = findEntities(
      'Tane Hemi Rawiri Walker and his father, Hemi Walker, carved the gate. “It took a year,” says Tane Hemi.',
      model,
    );
    expect(holder(es, 'Tane Hemi')).toBe(holder(es, 'Tane Hemi Rawiri Walker'));
  });
});

describe('aliases: organisations and places', () => {
  it('reads an acronym with a leading “the” as the acronym', () => {
    const es = findEntities(
      'The World Health Organization (WHO) warned on Monday. The WHO said cases rose. World Health Organization officials met.',
      model,
    );
    expect(holder(es, 'The WHO')).toBe(holder(es, 'World Health Organization'));
  });

  it('joins the short form of a department when two long forms name it', () => {
    const es = findEntities(
      'The Department of Homeland Security said it would not comment. The agency, part of Homeland Security, ' +
        'reports to the Homeland Security Department, officials said.',
      model,
    );
    expect(holder(es, 'Homeland Security')).toBe(holder(es, 'Department of Homeland Security'));
  });

  it('joins two spellings of a place a vowel apart when nothing else is near', () => {
    const es = findEntities(
      'The satellite fell over the remote Tuva region of Russia. Officials in Tyva said no one was hurt.',
      model,
    );
    expect(holder(es, 'Tyva')).toBe(holder(es, 'Tuva'));
  });

  it('joins an acronym opening a longer name to its expansion', () => {
    const es = findEntities(
      'The United Nations General Assembly voted on Tuesday. The U.N. General Assembly has 193 members.',
      model,
    );
    expect(holder(es, 'U.N. General Assembly')).toBe(holder(es, 'United Nations General Assembly'));
  });

  it('never merges a country’s code into an organisation named after it', () => {
    const es = findEntities(
      'The US Congress passed the bill. The US has long opposed it, and US officials said so.',
      model,
    );
    const congress = holder(es, 'US Congress')!;
    expect(congress.mentions.map((m) => m.text)).toEqual(['US Congress']);
  });
});

/** Mentions in text order, as the entity stage gives them to groupMentions (one-word spacing). */
function mentions(specs: [MentionType, string, boolean?][]): NameMention[] {
  let at = 0;
  return specs.map(([type, text, givenFirst], k) => {
    const words = text.split(' ').map((w) => w.toLowerCase().replace(/\./g, ''));
    const m: NameMention = {
      type,
      first: k,
      last: k + 1,
      titleFirst: k,
      start: at,
      end: at + text.length,
      words,
      nick: null,
      allCaps: text === text.toUpperCase(),
      capsLine: false,
      titleOnly: false,
      ...(givenFirst === undefined ? {} : { givenFirst }),
    };
    at += text.length + 10;
    return m;
  });
}

describe('groupMentions', () => {
  it('gives a company’s core word to its full name before a unit named after it', () => {
    const g = groupMentions(
      mentions([
        ['ORG', 'Walt Hollister Co.', true],
        ['ORG', 'Hollister'],
        ['ORG', 'Hollister Channel', false],
        ['ORG', 'Hollister'],
      ]),
    );
    expect(g[1]).toBe(g[0]);
    expect(g[3]).toBe(g[0]);
    expect(g[2]).not.toBe(g[0]);
  });

  it('joins a state’s postal code to the state the article names, read as a place only', () => {
    const g = groupMentions(
      mentions([
        ['LOC', 'Tennessee'],
        ['LOC', 'TN'],
        ['ORG', 'OR'],
        ['LOC', 'Oregon'],
      ]),
    );
    expect(g[1]).toBe(g[0]);
    expect(g[2]).not.toBe(g[3]);
  });

  it('keeps one-vowel variants apart when a third name is near', () => {
    const g = groupMentions(
      mentions([
        ['LOC', 'Tuva'],
        ['ORG', 'Tyva'],
        ['LOC', 'Tava'],
      ]),
    );
    expect(new Set(g).size).toBe(3);
    const g2 = groupMentions(
      mentions([
        ['LOC', 'Tuva'],
        ['ORG', 'Tyva'],
      ]),
    );
    expect(g2[1]).toBe(g2[0]);
  });
});

/** Mentions found in `text` in order, at their real offsets (for the names the article ties). */
function mentionsIn(text: string, specs: [MentionType, string][]): NameMention[] {
  let from = 0;
  return specs.map(([type, surface], k) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { ...mentions([[type, surface]])[0]!, first: k, last: k + 1, titleFirst: k, start, end: from };
  });
}

describe('aliases: other names the article gives a person', () => {
  it('joins a pen name given right after the name', () => {
    for (const text of [
      'Among them was Harold Pimm (better known as Lionel Crane), who died in 2007.',
      'Her husband, the late Harold Pimm, who wrote as Lionel Crane, hired him.',
      'The novelist Harold Pimm, also known as Lionel Crane, hired him.',
    ]) {
      const g = groupMentions(
        mentionsIn(text, [
          ['PER', 'Harold Pimm'],
          ['PER', 'Lionel Crane'],
        ]),
        text,
      );
      expect(g[1], text).toBe(g[0]);
    }
  });

  it('keeps two people apart when nothing but a comma stands between them', () => {
    const text = 'The panel heard Harold Pimm, Lionel Crane and others.';
    const g = groupMentions(
      mentionsIn(text, [
        ['PER', 'Harold Pimm'],
        ['PER', 'Lionel Crane'],
      ]),
      text,
    );
    expect(g[1]).not.toBe(g[0]);
  });

  it('joins the name a person was called by, alone and with the surname', () => {
    const text =
      'Jonathan R. Hollis was born in Ohio in 1957. Everyone called him Rafe. “A Rafe Hollis book is a puzzle,” ' +
      'his editor said. Rafe never owned a car. His cousin Dana Hollis wrote to him.';
    const g = groupMentions(
      mentionsIn(text, [
        ['PER', 'Jonathan R. Hollis'],
        ['LOC', 'Ohio'],
        ['PER', 'Rafe'],
        ['ORG', 'Rafe Hollis'],
        ['PER', 'Rafe'],
        ['PER', 'Dana Hollis'],
      ]),
      text,
    );
    expect(g[2]).toBe(g[0]);
    expect(g[3]).toBe(g[0]);
    expect(g[4]).toBe(g[0]);
    expect(g[5]).not.toBe(g[0]);
  });

  it('takes a spelling variant of a person’s surname for the person', () => {
    const es = findEntities(
      'Lena Pruitt worked in the lab of Carol Sullivan. Sullivan said so. Pruitt and Sulivan’s work suggested a role.',
      model,
    );
    expect(holder(es, 'Sulivan')).toBe(holder(es, 'Carol Sullivan'));
  });
});

describe('aliases: a middle initial that sets a son apart', () => {
  it('keeps a name given first without the initial apart from the name with it', () => {
    const es = findEntities(
      'Harold Wexley was governor from 1989 to 1993. His son Harold T. Wexley served two terms.',
      model,
    );
    expect(holder(es, 'Harold Wexley')).toBeDefined();
    expect(holder(es, 'Harold Wexley')).not.toBe(holder(es, 'Harold T. Wexley'));
  });

  it('still joins the name without the initial said after the name with it', () => {
    const es = findEntities('Harold T. Wexley was arrested on Monday. Later Harold Wexley said nothing.', model);
    expect(holder(es, 'Harold Wexley')).toBe(holder(es, 'Harold T. Wexley'));
  });
});

describe('aliases: a person called by initials', () => {
  it('joins the initials of a full name of three words to the person', () => {
    const g = groupMentions(
      mentions([
        ['PER', 'Harold T. Wexley'],
        ['ORG', 'HTW'],
        ['ORG', 'Federal Bureau of Investigation'],
        ['ORG', 'FBI'],
      ]),
    );
    expect(g[1]).toBe(g[0]);
    expect(g[3]).toBe(g[2]);
  });

  it('leaves initials two people share on their own', () => {
    const g = groupMentions(
      mentions([
        ['PER', 'Harold T. Wexley'],
        ['PER', 'Helen T. Wade'],
        ['ORG', 'HTW'],
      ]),
    );
    expect(g[2]).not.toBe(g[0]);
    expect(g[2]).not.toBe(g[1]);
  });
});

describe('aliases: a surname’s particle the recognizer left out', () => {
  it('takes the particle into the surname said alone when a full name holds it', () => {
    for (const [text, full, short] of [
      [
        'Researchers worked with Jakob von Moltke on the cells. Locksley and von Moltke used a tag.',
        'Jakob von Moltke',
        'von Moltke',
      ],
      [
        'The Dutch midfielder Rafael van der Vaart scored twice on Sunday. The coach praised van der Vaart after the match.',
        'Rafael van der Vaart',
        'van der Vaart',
      ],
      [
        'Maria de la Cruz won the race in Madrid. Fans cheered as de la Cruz crossed the line.',
        'Maria de la Cruz',
        'de la Cruz',
      ],
    ] as const) {
      const es = findEntities(text, model);
      expect(holder(es, short), text).toBeDefined();
      expect(holder(es, short), text).toBe(holder(es, full));
    }
  });

  it('leaves a lowercase word before a name alone when no full name has it as a particle', () => {
    const mentionsOf = (es: Entity[]) => es.flatMap((e) => e.mentions.map((m) => m.text));
    const es = findEntities('Jakob Moltke arrived in Berlin. The hall of la Moltke was full.', model);
    expect(mentionsOf(es)).not.toContain('la Moltke');
  });
});

describe('aliases: the end of a longer name after a given name', () => {
  it('joins a surname of two words that opens with a given name', () => {
    // (the first word of each name is a known given name: findEntities marks it so)
    for (const [text, full, place, short] of [
      [
        'Andrew Lloyd Webber opened a show in London. Lloyd Webber said it was his best.',
        'Andrew Lloyd Webber',
        'London',
        'Lloyd Webber',
      ],
      [
        'Officials met Maria Grace Kelly in Boston on Friday. Later, Grace Kelly thanked them.',
        'Maria Grace Kelly',
        'Boston',
        'Grace Kelly',
      ],
    ] as const) {
      const ms = mentionsIn(text, [
        ['PER', full],
        ['LOC', place],
        ['PER', short],
      ]).map((m) => (m.type === 'PER' ? { ...m, givenFirst: true } : m));
      expect(groupMentions(ms, text)[2], text).toBe(0);
    }
  });

  it('keeps it apart when the longer name opens with more than one word before it', () => {
    const text = 'Te Kaurinui Robert Parata carved the design. Robert Parata watched.';
    const ms = mentionsIn(text, [
      ['PER', 'Te Kaurinui Robert Parata'],
      ['PER', 'Robert Parata'],
    ]).map((m, i) => ({ ...m, givenFirst: i === 1 }));
    const g = groupMentions(ms, text);
    expect(g[1]).not.toBe(g[0]);
  });
});

describe('aliases: other names the article gives a place or an organisation', () => {
  it('joins a former name in brackets or after a comma', () => {
    for (const [text, a, b] of [
      [
        'The concert is at the Ameris Bank Amphitheatre (formerly Verizon Amphitheatre) in Alpharetta.',
        'Ameris Bank Amphitheatre',
        'Verizon Amphitheatre',
      ],
      [
        'Meta Platforms, formerly known as Facebook Inc., reported earnings on Wednesday.',
        'Meta Platforms',
        'Facebook Inc.',
      ],
      ['The Harlow Arena, renamed Vexco Center, sold out.', 'Harlow Arena', 'Vexco Center'],
    ] as const) {
      const g = groupMentions(
        mentionsIn(text, [
          ['LOC', a],
          ['LOC', b],
        ]),
        text,
      );
      expect(g[1], text).toBe(g[0]);
    }
  });

  it('keeps a name the other one owns apart, and a person from a former employer', () => {
    const text = 'Waymo, formerly Google’s car project, grew. Jane Holt, formerly Acme, spoke.';
    const g = groupMentions(
      mentionsIn(text, [
        ['ORG', 'Waymo'],
        ['ORG', 'Google'],
        ['PER', 'Jane Holt'],
        ['ORG', 'Acme'],
      ]),
      text,
    );
    expect(g[1]).not.toBe(g[0]);
    expect(g[3]).not.toBe(g[2]);
  });

  it('joins “X – or Y as it is called”, whatever type the recognizer gave Y', () => {
    for (const text of [
      'Experts regard New Zealand – or Aotearoa as it is called by Māori – as the capital of strandings.',
      'Visitors love New Zealand, or Aotearoa as it is known to many, for its coast.',
    ]) {
      const g = groupMentions(
        mentionsIn(text, [
          ['LOC', 'New Zealand'],
          ['PER', 'Aotearoa'],
        ]),
        text,
      );
      expect(g[1], text).toBe(g[0]);
    }
    const apart = 'Voters chose New Zealand or Australia as their favourite.';
    const g = groupMentions(
      mentionsIn(apart, [
        ['LOC', 'New Zealand'],
        ['LOC', 'Australia'],
      ]),
      apart,
    );
    expect(g[1]).not.toBe(g[0]);
  });

  it('joins a short given name to the full given names in brackets before the surname', () => {
    const text = 'Kauri (Te Kaurinui Robert) Parata carves a design. Kauri is a member of the group.';
    const g = groupMentions(
      mentionsIn(text, [
        ['PER', 'Kauri'],
        ['PER', 'Te Kaurinui Robert'],
        ['ORG', 'Parata'],
        ['PER', 'Kauri'],
      ]),
      text,
    );
    expect(g[1]).toBe(g[0]);
    expect(g[3]).toBe(g[0]);
    const list = 'The panel heard Kauri (Hori Parata) and Tane.';
    const g2 = groupMentions(
      mentionsIn(list, [
        ['PER', 'Kauri'],
        ['PER', 'Hori Parata'],
      ]),
      list,
    );
    expect(g2[1]).not.toBe(g2[0]);
  });
});

describe('aliases: a country’s other names', () => {
  it('joins the names of one country the article gives', () => {
    const text =
      'The United States imposed tariffs. “America is no longer for sale,” he said. Britain and the United Kingdom agreed.';
    const g = groupMentions(
      mentionsIn(text, [
        ['LOC', 'United States'],
        ['LOC', 'America'],
        ['LOC', 'Britain'],
        ['LOC', 'United Kingdom'],
      ]),
      text,
    );
    expect(g[1]).toBe(g[0]);
    expect(g[3]).toBe(g[2]);
    expect(g[2]).not.toBe(g[0]);
  });

  it('never joins an organisation, nor a region a country’s name ends with', () => {
    const text = 'America First held a rally in the United States. North Macedonia and Macedonia in Greece differ.';
    const g = groupMentions(
      mentionsIn(text, [
        ['ORG', 'America First'],
        ['LOC', 'United States'],
        ['LOC', 'North Macedonia'],
        ['LOC', 'Macedonia'],
      ]),
      text,
    );
    expect(g[1]).not.toBe(g[0]);
    expect(g[3]).not.toBe(g[2]);
  });
});

describe('aliases: one company under other designators', () => {
  it('joins two names of a company that differ only in their designators', () => {
    const text = 'Big Machine Records was sold. The owner of Big Machine Label Group spoke. Big Machine declined.';
    const g = groupMentions(
      mentionsIn(text, [
        ['ORG', 'Big Machine Records'],
        ['ORG', 'Big Machine Label Group'],
        ['ORG', 'Big Machine'],
      ]),
      text,
    );
    expect(g[1]).toBe(g[0]);
    expect(g[2]).toBe(g[0]);
  });

  it('keeps a one-word core and public bodies apart', () => {
    const text = 'Acme Holdings rose. Acme Group fell. The Justice Department and the Justice Ministry met.';
    const g = groupMentions(
      mentionsIn(text, [
        ['ORG', 'Acme Holdings'],
        ['ORG', 'Acme Group'],
        ['ORG', 'Justice Department'],
        ['ORG', 'Justice Ministry'],
      ]),
      text,
    );
    expect(g[1]).not.toBe(g[0]);
    expect(g[3]).not.toBe(g[2]);
  });
});

describe('aliases: a person’s name inside a company’s name', () => {
  it('gives a surname said alone to the person, not to the name of the company', () => {
    for (const company of ['Company', 'Co.', '& Sons']) {
      const text = `Said Tyler Besecker, president of Dana F. Besecker ${company}, the largest buyer. Besecker said prices fell.`;
      const g = groupMentions(
        mentionsIn(text, [
          ['PER', 'Tyler Besecker'],
          ['PER', 'Dana F. Besecker'],
          ['PER', 'Besecker'],
        ]),
        text,
      );
      expect(g[2], company).toBe(g[0]);
    }
  });

  it('still lets the surname go to the nearest person when both are people', () => {
    const text = 'Tyler Besecker met Dana F. Besecker on Monday. Besecker said prices fell.';
    const g = groupMentions(
      mentionsIn(text, [
        ['PER', 'Tyler Besecker'],
        ['PER', 'Dana F. Besecker'],
        ['PER', 'Besecker'],
      ]),
      text,
    );
    expect(g[2]).toBe(g[1]);
  });
});

describe('aliases: an acronym the article gives in brackets', () => {
  it('joins an acronym of some of the name’s initials given right after it', () => {
    for (const [text, long, acro] of [
      [
        'The Centers for Disease Control and Prevention (CDC) warned on Friday. The CDC said cases rose.',
        'Centers for Disease Control and Prevention',
        'CDC',
      ],
      [
        'Agents of U.S. Immigration and Customs Enforcement (ICE) came. ICE said he was deported.',
        'U.S. Immigration and Customs Enforcement',
        'ICE',
      ],
      [
        'Doctors for Camp Closure (D4CC) wrote a letter. D4CC said the camps were unsafe.',
        'Doctors for Camp Closure',
        'D4CC',
      ],
    ] as const) {
      const g = groupMentions(
        mentionsIn(text, [
          ['ORG', long],
          ['ORG', acro],
          ['ORG', acro],
        ]),
        text,
      );
      expect(g[1], text).toBe(g[0]);
      expect(g[2], text).toBe(g[0]);
    }
  });

  it('keeps a bracketed acronym of other letters, or one not closing the brackets, apart', () => {
    for (const [text, long, acro] of [
      ['The Harlow Transit Board (NATO) met.', 'Harlow Transit Board', 'NATO'],
      ['The Harlow Rail Transit Board (HTB and others) met.', 'Harlow Rail Transit Board', 'HTB'],
    ] as const) {
      const g = groupMentions(
        mentionsIn(text, [
          ['ORG', long],
          ['ORG', acro],
        ]),
        text,
      );
      expect(g[1], text).not.toBe(g[0]);
    }
  });
});

describe('aliases: one name written with other marks', () => {
  it('meets apostrophes written either way', () => {
    const text = "Conan O’Brien hosted the show. O'Brien said he was tired.";
    const g = groupMentions(
      mentionsIn(text, [
        ['PER', 'Conan O’Brien'],
        ['PER', "O'Brien"],
      ]),
      text,
    );
    expect(g[1]).toBe(g[0]);
  });

  it('meets a hyphen, a space or nothing between the parts of a name', () => {
    for (const [text, a, b] of [
      ['Al Qaeda claimed the attack. Experts say al-Qaeda is weaker.', 'Al Qaeda', 'al-Qaeda'],
      ['Coca-Cola reported sales. Coca Cola shares rose.', 'Coca-Cola', 'Coca Cola'],
      ['Hezbollah fired rockets. Hez-bollah denied it.', 'Hezbollah', 'Hez-bollah'],
    ] as const) {
      const g = groupMentions(
        mentionsIn(text, [
          ['ORG', a],
          ['ORG', b],
        ]),
        text,
      );
      expect(g[1], text).toBe(g[0]);
    }
  });
});
