/**
 * One page's score against its reading, and the sums over pages. Pure: takes Gloss's result (and
 * the baseline's entities) as values; pages.ts runs the analysis.
 */
import type { ArticleMeta, Entity, Quote } from '../../../src/core/analysis/contract';
import { matchEntities, scoreAliases, scoreApart, scoreRoles, type ScoredEntity } from './entities';
import { scoreQuotes } from './quotes';
import type { Half, ReadArticle, ReadEntity, Reading } from './readings';
import { normLower, normSpace } from './text';

export interface Count {
  right: number;
  total: number;
}

export interface ArticleCheck extends Count {
  failed: string[];
}

/**
 * Title equal, first and last paragraph's words present, no page furniture. No article fails them
 * all. A failed title or paragraph check says what Gloss has instead.
 */
export function checkArticle(a: ReadArticle, article: Pick<ArticleMeta, 'title' | 'text'> | null): ArticleCheck {
  const text = article ? normSpace(article.text) : '';
  // containment ignores whitespace altogether: a page's elements may meet with no space between
  // them in the text ("(CNN)President") where the reader sees one
  const bare = text.replace(/ /g, '');
  const has = (w: string) => bare.includes(normSpace(w).replace(/ /g, ''));
  const title = article?.title ?? '';
  const checks: [string, () => boolean, () => string][] = [];
  if (a.title !== null) {
    const t = a.title;
    checks.push([`title "${t}"`, () => normLower(title) === normLower(t), () => ` (Gloss: "${normSpace(title)}")`]);
  }
  for (const [k, w] of [
    ['first paragraph', a.firstParagraphStartsWith],
    ['last paragraph', a.lastParagraphStartsWith],
  ] as const) {
    if (w !== null) checks.push([`${k} "${w}"`, () => has(w), () => nearest(text, normSpace(w))]);
  }
  for (const s of a.mustNotContain) checks.push([`mustNotContain "${s}"`, () => !has(s), () => '']);
  const out: ArticleCheck = { right: 0, total: checks.length, failed: [] };
  for (const [label, ok, why] of checks) {
    if (!article) out.failed.push(`${label} (no article)`);
    else if (ok()) out.right++;
    else out.failed.push(label + why());
  }
  return out;
}

/** Where Gloss's text has the first three of the words, what it has there. */
function nearest(text: string, words: string): string {
  const head = words.split(' ').slice(0, 3).join(' ');
  const at = text.indexOf(head);
  if (at < 0) return ` (not in Gloss's text; nor "${head}")`;
  return ` (Gloss's text there: "${text.slice(at, at + words.length + 20)}")`;
}

export interface PageDetails {
  articleFailed: string[];
  missedEntities: ReadEntity[];
  spuriousEntities: ScoredEntity[];
  typeErrors: { gloss: ScoredEntity; read: ReadEntity }[];
  missedAliases: { entity: string; alias: string }[];
  wrongRoles: { entity: string; expected: string; got: string | null }[];
  spuriousRoles: { entity: string; got: string }[];
  apartWrong: { pair: [string, string]; why: string }[];
  missedQuotes: string[];
  /** missed quotes whose words stand inside a Gloss quote (nested quotations) */
  nestedQuotes: string[];
  wrongSpeakers: { startsWith: string; expected: string | null; got: string | null }[];
  notQuoteFailures: string[];
  baselineMissed: string[];
}

export interface PageCounts {
  article: Count;
  recall: Count;
  precision: Count;
  aliases: Count;
  roles: Count;
  spuriousRoles: number;
  apart: Count;
  /** missed read quotes whose words stand inside a Gloss quote (nested quotations) */
  nestedMissed: number;
  quotes: Count;
  speakers: Count;
  notQuotes: Count;
  baselineRecall: Count;
  baselinePrecision: Count;
}

export interface PageScore {
  file: string;
  half: Half;
  articleFound: boolean;
  /** set when Gloss declined the text (e.g. not English) */
  unsupported: string | null;
  readEntities: number;
  readQuotes: number;
  counts: PageCounts;
  details: PageDetails;
}

export interface GlossPage {
  article: Pick<ArticleMeta, 'title' | 'text'> | null;
  entities: Entity[];
  quotes: Quote[];
  unsupported?: { reason: string };
}

export function scorePage(reading: Reading, half: Half, gloss: GlossPage, baseline: ScoredEntity[]): PageScore {
  const found = gloss.article !== null;
  const text = gloss.article?.text ?? '';
  const entities = found ? gloss.entities : [];
  const quotes = found ? gloss.quotes : [];
  const article = checkArticle(reading.article, gloss.article);
  const em = matchEntities(text, entities, reading.entities, reading.optional);
  const aliases = scoreAliases(text, reading.entities, em.matched);
  const roles = scoreRoles(reading.entities, em.matched);
  const apart = scoreApart(reading.entities, em.matched, reading.distinctPeople);
  const q = scoreQuotes(
    text,
    quotes,
    reading.quotes,
    reading.notQuotes,
    reading.entities,
    em.matched,
    reading.optional,
  );
  if (!found) {
    q.notQuotes.right = 0;
    q.notQuotes.failed = [...reading.notQuotes];
  }
  const bm = matchEntities(text, found ? baseline : [], reading.entities, reading.optional);
  const c = (right: number, total: number): Count => ({ right, total });
  return {
    file: reading.file,
    half,
    articleFound: found,
    unsupported: gloss.unsupported?.reason ?? null,
    readEntities: reading.entities.length,
    readQuotes: reading.quotes.length,
    counts: {
      article: c(article.right, article.total),
      recall: c(em.recall.found, em.recall.total),
      precision: c(em.precision.right, em.precision.total),
      aliases: c(aliases.merged, aliases.total),
      roles: c(roles.right, roles.total),
      spuriousRoles: roles.spurious.length,
      apart: c(apart.right, apart.total),
      nestedMissed: q.nested.length,
      quotes: c(q.found, q.total),
      speakers: c(q.speakers.right, q.speakers.total),
      notQuotes: c(q.notQuotes.right, q.notQuotes.total),
      baselineRecall: c(bm.recall.found, bm.recall.total),
      baselinePrecision: c(bm.precision.right, bm.precision.total),
    },
    details: {
      articleFailed: article.failed,
      missedEntities: reading.entities.filter((_, i) => !em.matched[i]),
      spuriousEntities: em.spurious,
      typeErrors: em.typeErrors,
      missedAliases: aliases.missed,
      wrongRoles: roles.wrong,
      spuriousRoles: roles.spurious,
      apartWrong: apart.wrong,
      missedQuotes: q.missed.map((x) => x.startsWith),
      nestedQuotes: q.nested.map((x) => x.startsWith),
      wrongSpeakers: q.wrongSpeakers.map(({ startsWith, expected, got }) => ({ startsWith, expected, got })),
      notQuoteFailures: q.notQuotes.failed,
      baselineMissed: reading.entities.filter((_, i) => !bm.matched[i]).map((e) => e.name),
    },
  };
}

export interface Totals extends PageCounts {
  pages: number;
  entities: number;
  quotesRead: number;
  noArticle: number;
}

export function emptyTotals(): Totals {
  const c = (): Count => ({ right: 0, total: 0 });
  return {
    pages: 0,
    entities: 0,
    quotesRead: 0,
    noArticle: 0,
    article: c(),
    recall: c(),
    precision: c(),
    aliases: c(),
    roles: c(),
    spuriousRoles: 0,
    apart: c(),
    nestedMissed: 0,
    quotes: c(),
    speakers: c(),
    notQuotes: c(),
    baselineRecall: c(),
    baselinePrecision: c(),
  };
}

export function sumPages(pages: PageScore[]): Totals {
  const t = emptyTotals();
  for (const p of pages) {
    t.pages++;
    t.entities += p.readEntities;
    t.quotesRead += p.readQuotes;
    if (!p.articleFound) t.noArticle++;
    for (const k of Object.keys(p.counts) as (keyof PageCounts)[]) {
      const v = p.counts[k];
      if (typeof v === 'number') (t[k] as number) += v;
      else {
        (t[k] as Count).right += v.right;
        (t[k] as Count).total += v.total;
      }
    }
  }
  return t;
}
