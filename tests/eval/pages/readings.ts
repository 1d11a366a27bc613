/**
 * The page set's readings (tests/fixtures/readings/README.md): loading, checking each file's
 * fields with a warning that names the file and the field (a bad item is dropped, never a crash),
 * the tune / check split, and the held-out list of ../shared/notes/held-out-pages.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { normName } from './text';

export type ReadType = 'person' | 'organization' | 'place';
export const READ_TYPES: readonly string[] = ['person', 'organization', 'place'];

export interface ReadEntity {
  name: string;
  type: ReadType;
  aliases: string[];
  role: string | null;
}

export interface OptionalEntity {
  name: string;
  type: string | null;
  aliases: string[];
}

export interface ReadQuote {
  startsWith: string;
  speaker: string | null;
  kind: 'full' | 'partial' | null;
}

export interface ReadArticle {
  title: string | null;
  firstParagraphStartsWith: string | null;
  lastParagraphStartsWith: string | null;
  mustNotContain: string[];
}

export interface Reading {
  /** "aeb/<hash>.json" or "rtp/<name>.json" */
  file: string;
  corpus: 'aeb' | 'rtp';
  /** the hash or the test page's name, from the file name */
  id: string;
  article: ReadArticle;
  entities: ReadEntity[];
  optional: OptionalEntity[];
  distinctPeople: [string, string][];
  quotes: ReadQuote[];
  notQuotes: string[];
}

export type Half = 'tune' | 'check';

/** check when the first byte of SHA-256 of the file name ("aeb/<hash>.json") is below 86. */
export function halfOf(file: string): Half {
  return createHash('sha256').update(file).digest()[0]! < 86 ? 'check' : 'tune';
}

export interface HeldOut {
  rtp: string[];
  /** hash prefixes */
  aeb: string[];
}

/** The held-out pages from held-out-pages.md: backquoted names after each corpus's heading line. */
export function parseHeldOut(md: string): HeldOut {
  const out: HeldOut = { rtp: [], aeb: [] };
  let corpus: keyof HeldOut | null = null;
  for (const line of md.split('\n')) {
    if (/readability-test-pages/.test(line)) corpus = 'rtp';
    else if (/article-extraction-benchmark/.test(line)) corpus = 'aeb';
    if (!corpus) continue;
    const body = line.replace(/^.*?(readability-test-pages|article-extraction-benchmark)[^:]*:/, '');
    for (const m of body.matchAll(/`([^`]+)`/g)) {
      const name = m[1]!.trim();
      if (corpus === 'aeb' ? /^[0-9a-f]{6,64}$/i.test(name) : /^[\w.-]+$/.test(name))
        out[corpus].push(name.toLowerCase());
    }
  }
  return out;
}

export function isHeldOut(corpus: 'aeb' | 'rtp', id: string, held: HeldOut): boolean {
  const x = id.toLowerCase();
  return corpus === 'rtp' ? held.rtp.includes(x) : held.aeb.some((p) => x.startsWith(p));
}

export interface Checked {
  reading: Reading | null;
  warnings: string[];
}

const isStr = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads the id from the file name: "aeb/<64 hex>.json" or "rtp/<name>.json". */
export function parseFileName(file: string): { corpus: 'aeb' | 'rtp'; id: string } | null {
  const m = /^(aeb|rtp)\/([^/]+)\.json$/.exec(file);
  if (!m) return null;
  if (m[1] === 'aeb' && !/^[0-9a-f]{64}$/.test(m[2]!)) return null;
  return { corpus: m[1] as 'aeb' | 'rtp', id: m[2]! };
}

function strings(x: unknown, where: string, warn: (m: string) => void): string[] {
  if (x === undefined) return [];
  if (!Array.isArray(x)) {
    warn(`${where}: not an array, ignored`);
    return [];
  }
  return x.filter((s, i) => (isStr(s) ? true : (warn(`${where}[${i}]: not a non-empty string, ignored`), false)));
}

/** Checks one reading's JSON; every problem becomes a warning "<file>: <field>: <what>". */
export function checkReading(file: string, json: unknown): Checked {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(`${file}: ${m}`);
  const name = parseFileName(file);
  if (!name)
    return {
      reading: null,
      warnings: [`${file}: file name is not aeb/<64-digit hash>.json or rtp/<name>.json; skipped`],
    };
  if (!isObj(json)) return { reading: null, warnings: [`${file}: not a JSON object; skipped`] };
  const page = json.page;
  if (isObj(page)) {
    if (page.corpus !== undefined && page.corpus !== name.corpus)
      warn(`page.corpus: "${String(page.corpus)}" but the file is under ${name.corpus}/`);
    if (page.id !== undefined && page.id !== name.id)
      warn(`page.id: "${String(page.id)}" differs from the file name's "${name.id}" (the file name counts)`);
  } else warn('page: missing or not an object');

  const a = json.article;
  if (!isObj(a))
    return { reading: null, warnings: [...warnings, `${file}: article: missing or not an object; skipped`] };
  const field = (k: string): string | null =>
    isStr(a[k])
      ? (a[k] as string)
      : (warn(`article.${k}: missing or not a non-empty string (check not counted)`), null);
  const article: ReadArticle = {
    title: field('title'),
    firstParagraphStartsWith: field('firstParagraphStartsWith'),
    lastParagraphStartsWith: field('lastParagraphStartsWith'),
    mustNotContain: strings(a.mustNotContain, 'article.mustNotContain', warn),
  };

  const entities: ReadEntity[] = [];
  const optional: OptionalEntity[] = [];
  const ents = Array.isArray(json.entities) ? json.entities : (warn('entities: missing or not an array'), []);
  ents.forEach((e: unknown, i: number) => {
    const at = `entities[${i}]`;
    if (!isObj(e) || !isStr(e.name)) return warn(`${at}: no name, ignored`);
    const aliases = strings(e.aliases, `${at}.aliases`, warn);
    if (e.aliases === undefined) warn(`${at} (${e.name}): aliases missing (taken as [])`);
    if (typeof e.type !== 'string' || !READ_TYPES.includes(e.type)) {
      warn(`${at} (${e.name}): type "${String(e.type)}" is not person/organization/place; treated as optional`);
      optional.push({ name: e.name, type: typeof e.type === 'string' ? e.type : null, aliases });
      return;
    }
    for (const al of aliases) {
      const before = normName(al).slice(0, -normName(e.name).length - 1);
      if (
        al !== e.name &&
        normName(al).endsWith(` ${normName(e.name)}`) &&
        !/\b(of|de|da|di|van|von|al|el|bin|la|le)$/.test(before)
      )
        warn(`${at}.aliases: "${al}" looks like the name with a title in front (README: not an alias)`);
    }
    let role: string | null = null;
    if (isStr(e.role)) role = e.role;
    else if (e.role !== undefined && e.role !== null && e.role !== '')
      warn(`${at} (${e.name}).role: not a string, ignored`);
    entities.push({ name: e.name, type: e.type as ReadType, aliases, role });
  });
  const opts =
    json.optional === undefined
      ? []
      : Array.isArray(json.optional)
        ? json.optional
        : (warn('optional: not an array, ignored'), []);
  opts.forEach((e: unknown, i: number) => {
    if (isStr(e)) optional.push({ name: e, type: null, aliases: [] });
    else if (isObj(e) && isStr(e.name))
      optional.push({
        name: e.name,
        type: typeof e.type === 'string' ? e.type : null,
        aliases: strings(e.aliases, `optional[${i}].aliases`, warn),
      });
    else warn(`optional[${i}]: no name, ignored`);
  });

  const known = new Map<string, ReadEntity>();
  for (const e of entities)
    for (const n of [e.name, ...e.aliases]) if (!known.has(normName(n))) known.set(normName(n), e);
  const optionalNames = new Set(optional.flatMap((o) => [o.name, ...o.aliases].map(normName)));

  const distinctPeople: [string, string][] = [];
  const pairs =
    json.distinctPeople === undefined
      ? []
      : Array.isArray(json.distinctPeople)
        ? json.distinctPeople
        : (warn('distinctPeople: not an array, ignored'), []);
  pairs.forEach((p: unknown, i: number) => {
    if (!Array.isArray(p) || p.length !== 2 || !isStr(p[0]) || !isStr(p[1]))
      return warn(`distinctPeople[${i}]: not a pair of names, ignored`);
    const missing = p.filter((n) => !known.has(normName(n)));
    if (missing.length)
      return warn(
        `distinctPeople[${i}]: ${missing.map((n) => `"${n}"`).join(', ')} not an entity's name or alias, ignored`,
      );
    distinctPeople.push([p[0], p[1]]);
  });

  const quotes: ReadQuote[] = [];
  const qs = Array.isArray(json.quotes) ? json.quotes : (warn('quotes: missing or not an array'), []);
  qs.forEach((q: unknown, i: number) => {
    const at = `quotes[${i}]`;
    if (!isObj(q) || !isStr(q.startsWith)) return warn(`${at}: no startsWith, ignored`);
    let speaker: string | null = null;
    if (isStr(q.speaker)) {
      speaker = q.speaker;
      const n = normName(speaker);
      if (!known.has(n) && !optionalNames.has(n) && looksLikeName(speaker)) {
        warn(
          `${at}.speaker: "${speaker}" is neither an entity's name or alias nor a description (scored as a description)`,
        );
      }
    } else if (q.speaker !== null)
      warn(`${at}.speaker: ${q.speaker === undefined ? 'missing' : 'not a string or null'} (taken as null)`);
    const kind =
      q.kind === 'full' || q.kind === 'partial'
        ? q.kind
        : (warn(`${at}.kind: "${String(q.kind)}" is not full or partial`), null);
    quotes.push({ startsWith: q.startsWith, speaker, kind });
  });

  const notQuotes = strings(json.notQuotes, 'notQuotes', warn);
  return {
    reading: { file, corpus: name.corpus, id: name.id, article, entities, optional, distinctPeople, quotes, notQuotes },
    warnings,
  };
}

const SMALL = /^(of|the|and|de|del|da|di|van|von|der|den|la|le|al|el|bin|ibn|y|for|on|in|at|&)$/i;

/**
 * A string of capitalised words ("Bob Smith", "Ministry of Defence"): a name, not a description.
 * A single capitalised common noun ("Teachers", "Police", a sentence's first word) is a description.
 */
export function looksLikeName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (/^(a|an|the|one|two|three|some|several|his|her|their|its|our)$/i.test(words[0] ?? '')) return false;
  if (!words.every((w) => SMALL.test(w) || /^[\p{Lu}\p{N}"'“‘(]/u.test(w))) return false;
  if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!)) {
    const doc = nlp(words[0]!.toLowerCase());
    // a plural ("Teachers") or not a noun at all ("Police", "Staff"); an unknown singular may be a surname
    if ((doc.has('#Plural') || !doc.has('#Noun')) && !doc.has('#ProperNoun') && !doc.has('#Person')) return false;
  }
  return true;
}

/** All readings under `dir` (aeb/*.json, rtp/*.json), sorted, with their warnings. */
export function loadReadings(dir: string): { readings: Reading[]; warnings: string[] } {
  const readings: Reading[] = [];
  const warnings: string[] = [];
  for (const corpus of ['aeb', 'rtp']) {
    const sub = join(dir, corpus);
    if (!existsSync(sub)) continue;
    for (const f of readdirSync(sub).sort()) {
      if (!f.endsWith('.json')) continue;
      const file = `${corpus}/${f}`;
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(join(sub, f), 'utf8'));
      } catch (e) {
        warnings.push(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)}); skipped`);
        continue;
      }
      const c = checkReading(file, json);
      warnings.push(...c.warnings);
      if (c.reading) readings.push(c.reading);
    }
  }
  return { readings, warnings };
}
