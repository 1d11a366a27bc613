/**
 * Printing the page-set scores: one line per page (and with -v its misses), the totals of each
 * half, and the JSON written by --json.
 */
import type { Count, PageScore, Totals } from './score';

const pct = (c: Count): string => (c.total ? `${((100 * c.right) / c.total).toFixed(1)}%` : '-');
const frac = (c: Count): string => `${c.right}/${c.total}`;
const both = (c: Count): string => `${frac(c)} ${pct(c)}`.padEnd(16);

/** "aeb/<hash>.json" → "aeb/<first 12 of hash>", "rtp/<name>.json" → "rtp/<name>" */
export function shortName(file: string): string {
  return file.replace(/\.json$/, '').replace(/^aeb\/([0-9a-f]{12})[0-9a-f]+$/, 'aeb/$1');
}

export function pageLine(p: PageScore): string {
  const c = p.counts;
  const parts = [
    `${p.half.padEnd(5)} ${shortName(p.file).padEnd(28)}`,
    `ents ${String(p.readEntities).padStart(3)} quotes ${String(p.readQuotes).padStart(3)}`,
    `article ${frac(c.article)}${p.articleFound ? '' : ' (NO ARTICLE)'}`,
    `recall ${frac(c.recall)} prec ${frac(c.precision)} (compromise ${frac(c.baselineRecall)} ${frac(c.baselinePrecision)})`,
    `alias ${frac(c.aliases)}`,
    `role ${frac(c.roles)}${c.spuriousRoles ? ` (+${c.spuriousRoles} spurious)` : ''}`,
    `apart ${frac(c.apart)}`,
    `quotes ${frac(c.quotes)} spk ${frac(c.speakers)}`,
    `notQ ${frac(c.notQuotes)}`,
  ];
  return parts.join(' | ') + (p.unsupported ? ` | unsupported: ${p.unsupported}` : '');
}

const q = (s: string | null): string => (s === null ? 'null' : JSON.stringify(s));

/** The -v listing of one page: everything that did not agree with the reading. */
export function pageDetails(p: PageScore): string[] {
  const d = p.details;
  const out: string[] = [];
  const add = (label: string, items: string[]) => {
    if (items.length) out.push(`    ${label}:`, ...items.map((x) => `      ${x}`));
  };
  add('article checks failed', d.articleFailed);
  add(
    'missed entities',
    d.missedEntities.map(
      (e) => `${e.type} ${q(e.name)}${e.aliases.length ? ` (aliases ${e.aliases.map(q).join(', ')})` : ''}`,
    ),
  );
  add(
    'Gloss entities standing for nothing read',
    d.spuriousEntities.map(
      (e) => `${e.type} ${q(e.name)} (${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'})`,
    ),
  );
  add(
    'type errors',
    d.typeErrors.map((t) => `Gloss ${t.gloss.type} ${q(t.gloss.name)}: read ${t.read.type} ${q(t.read.name)}`),
  );
  add(
    'aliases not merged',
    d.missedAliases.map((a) => `${q(a.alias)} of ${q(a.entity)}`),
  );
  add(
    'wrong roles',
    d.wrongRoles.map((r) => `${q(r.entity)}: expected ${q(r.expected)}, got ${q(r.got)}`),
  );
  add(
    'spurious roles (reading has none)',
    d.spuriousRoles.map((r) => `${q(r.entity)}: ${q(r.got)}`),
  );
  add(
    'people not kept apart',
    d.apartWrong.map((a) => `${q(a.pair[0])} / ${q(a.pair[1])}: ${a.why}`),
  );
  add(
    'missed quotes',
    d.missedQuotes.map((x) => `${q(x)}${d.nestedQuotes.includes(x) ? ' (inside a Gloss quote: nested)' : ''}`),
  );
  add(
    'wrong speakers',
    d.wrongSpeakers.map((s) => `${q(s.startsWith)}: expected ${q(s.expected)}, got ${q(s.got)}`),
  );
  add('notQuotes taken as quotes', d.notQuoteFailures.map(q));
  add('compromise missed', d.baselineMissed.length ? [d.baselineMissed.map(q).join(', ')] : []);
  return out;
}

export function totalsBlock(label: string, t: Totals): string[] {
  const row = (name: string, c: Count, extra = '') => `  ${name.padEnd(20)} ${both(c)}${extra}`;
  return [
    `${label}: ${t.pages} pages${t.noArticle ? ` (${t.noArticle} without an article found)` : ''}, ${t.entities} read entities, ${t.quotesRead} read quotes`,
    row('article checks', t.article),
    row('entity recall', t.recall, `  compromise ${both(t.baselineRecall)}`),
    row('entity precision', t.precision, `  compromise ${both(t.baselinePrecision)}`),
    row('aliases merged', t.aliases),
    row('roles right', t.roles, `  spurious roles ${t.spuriousRoles}`),
    row('people kept apart', t.apart),
    row(
      'quotes found',
      t.quotes,
      t.nestedMissed ? `  (${t.nestedMissed} of the missed stand inside a Gloss quote: nested)` : '',
    ),
    row('speakers right', t.speakers),
    row('notQuotes right', t.notQuotes),
  ];
}

const ratio = (c: Count): number | null => (c.total ? Math.round((1e4 * c.right) / c.total) / 1e4 : null);

/** Totals with their ratios, for --json. */
export function totalsJson(t: Totals): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t)) out[k] = typeof v === 'number' ? v : { ...v, ratio: ratio(v) };
  return out;
}

const cellOf = (c: Count): string => (c.total ? `${frac(c)} (${((100 * c.right) / c.total).toFixed(1)} %)` : '-');

/** The totals of each half side by side, for the Markdown report: a header and one row per figure. */
export function totalsTable(halves: readonly [string, Totals][]): { head: string[]; rows: string[][] } {
  const row = (name: string, f: (t: Totals) => string): string[] => [name, ...halves.map(([, t]) => f(t))];
  return {
    head: ['part', ...halves.map(([label]) => label)],
    rows: [
      row(
        'pages (read entities, read quotes)',
        (t) =>
          `${t.pages}${t.noArticle ? `, ${t.noArticle} without an article found` : ''} (${t.entities}, ${t.quotesRead})`,
      ),
      row('article checks', (t) => cellOf(t.article)),
      row('entity recall', (t) => cellOf(t.recall)),
      row('entity recall, compromise', (t) => cellOf(t.baselineRecall)),
      row('entity precision', (t) => cellOf(t.precision)),
      row('entity precision, compromise', (t) => cellOf(t.baselinePrecision)),
      row('aliases merged', (t) => cellOf(t.aliases)),
      row('roles right', (t) => `${cellOf(t.roles)}, ${t.spuriousRoles} spurious`),
      row('people kept apart', (t) => cellOf(t.apart)),
      row('quotes found', (t) => `${cellOf(t.quotes)}${t.nestedMissed ? `, ${t.nestedMissed} missed are nested` : ''}`),
      row('speakers right', (t) => cellOf(t.speakers)),
      row('notQuotes right', (t) => cellOf(t.notQuotes)),
    ],
  };
}
