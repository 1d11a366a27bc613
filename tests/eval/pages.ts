/**
 * `npm run eval:pages`: Gloss's real analysis (analyzeFile from src/cli/run.ts, what `analyze`
 * runs) on each hand-read news page of tests/fixtures/readings (README there), scored against
 * its reading. Prints one line per page and the totals of the tune half, the check half and all:
 *
 * - article checks: title equal (whitespace, marks, case normalised); the text holds the first
 *   and last paragraph's first words and none of mustNotContain. No article found fails every
 *   check of the page, and every entity, quote and notQuote of it.
 * - entity recall / precision (person, organization, place): a Gloss entity stands for a read
 *   entity of the same type when its name or a mention's text equals one of the read names (name
 *   and aliases; case, possessive, leading "the", marks and hyphens normalised), or a mention
 *   overlaps an occurrence of one of them in the text. Precision leaves out Gloss entities that
 *   stand for an `optional` name; one that stands only for a read entity of another type is a type
 *   error (wrong). compromise's people / organizations / places on the same text are scored the
 *   same way beside it.
 * - aliases merged (aliases of found entities that occur in the text, as a mention of the matched
 *   Gloss entity), roles right (token F1 >= 0.5, small words left out; roles Gloss gives where the
 *   reading has none are counted apart), people kept apart (distinctPeople pairs on different
 *   Gloss entities).
 * - quotes found (a Gloss span, marks stripped, starts with the read words or has them within its
 *   first 40 characters; one span per read quote), speakers right (null for null; the matched
 *   entity or one of its names; for an unnamed source, the same head noun or token F1 >= 0.5),
 *   notQuotes right (no Gloss quote's text equals one).
 *
 * Flags: -v lists each page's misses; --half tune|check; --page <substring>; --json FILE writes the
 * totals; --readings DIR scores the readings of another directory (default tests/fixtures/readings). A reading with bad fields gives a warning naming the file and field; a reading of a page
 * listed in ../shared/notes/held-out-pages.md is refused (exit status 1). Skips with a message when
 * ../shared/corpora is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeFile, resources } from '../../src/cli/run';
import { CORPORA, FIXTURES, ROOT, corpusPath } from '../helpers/fixtures';
import { compromiseEntities } from './pages/baseline';
import { halfOf, isHeldOut, loadReadings, parseHeldOut, type Half, type Reading } from './pages/readings';
import { pageDetails, pageLine, totalsBlock, totalsJson, totalsTable } from './pages/report';
import { MarkdownReport, withoutMarkdownFlag } from '../helpers/markdown-report';
import { scorePage, sumPages, type GlossPage, type PageScore } from './pages/score';

const READINGS_DIR = resolve(FIXTURES, 'readings');
const HELD_OUT = resolve(ROOT, '../shared/notes/held-out-pages.md');

interface Args {
  verbose: boolean;
  half: Half | null;
  page: string | null;
  json: string | null;
  /** another readings directory (aeb/, rtp/ under it), for trying the scorer */
  readings: string;
}

function parseArgs(all: string[]): Args {
  // --markdown is read by MarkdownReport.
  const argv = withoutMarkdownFlag(all);
  const args: Args = { verbose: false, half: null, page: null, json: null, readings: READINGS_DIR };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '-v' || a === '--verbose') args.verbose = true;
    else if (a === '--half') {
      const h = value();
      if (h !== 'tune' && h !== 'check') throw new Error(`--half: "${h}" is not tune or check`);
      args.half = h;
    } else if (a === '--page') args.page = value();
    else if (a === '--json') args.json = value();
    else if (a === '--readings') args.readings = resolve(value());
    else
      throw new Error(
        `unknown argument ${a} (flags: -v, --half tune|check, --page <substring>, --json FILE, --readings DIR)`,
      );
  }
  return args;
}

function pagePath(r: Reading): string | null {
  return r.corpus === 'aeb'
    ? corpusPath(`article-extraction-benchmark/html/${r.id}.html.gz`)
    : corpusPath(`readability-test-pages/${r.id}/source.html`);
}

function runGloss(file: string, res: ReturnType<typeof resources>): { page: GlossPage; error: string | null } {
  const none: GlossPage = { article: null, entities: [], quotes: [] };
  try {
    const r = analyzeFile(file, false, res);
    if ('error' in r) return { page: none, error: r.error };
    return { page: r, error: null };
  } catch (e) {
    return { page: none, error: e instanceof Error ? e.message : String(e) };
  }
}

function main(): void {
  let args: Args;
  let md: MarkdownReport;
  try {
    md = new MarkdownReport('npm run eval:pages');
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`eval:pages: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
    return;
  }
  if (!existsSync(CORPORA)) {
    console.log(
      `eval:pages skipped: ${CORPORA} not found (the corpora live in ../shared/corpora beside the repository)`,
    );
    md.add(`Skipped: ${CORPORA} not found.`);
    md.finish();
    return;
  }
  if (!existsSync(HELD_OUT)) {
    console.error(`eval:pages refused: ${HELD_OUT} not found; without the held-out list no page is run`);
    process.exitCode = 1;
    return;
  }
  const held = parseHeldOut(readFileSync(HELD_OUT, 'utf8'));
  if (!held.rtp.length || !held.aeb.length) {
    console.error(
      `eval:pages refused: could not read the held-out pages from ${HELD_OUT} (found ${held.rtp.length} rtp, ${held.aeb.length} aeb)`,
    );
    process.exitCode = 1;
    return;
  }
  const { readings, warnings } = loadReadings(args.readings);
  const refused: string[] = [];
  const chosen = readings.filter((r) => {
    if (isHeldOut(r.corpus, r.id, held)) {
      refused.push(r.file);
      return false;
    }
    return (!args.half || halfOf(r.file) === args.half) && (!args.page || r.file.includes(args.page));
  });
  console.log(
    `page set: ${readings.length} readings in ${args.readings}, ${chosen.length} chosen${args.half ? ` (half ${args.half})` : ''}${args.page ? ` (page ~ "${args.page}")` : ''}`,
  );
  for (const f of refused)
    console.error(`REFUSED ${f}: its page is on the held-out list (${HELD_OUT}); it is never run`);
  if (warnings.length)
    console.log(
      `\n${warnings.length} warning(s) in the readings:\n${warnings.map((w) => `  WARNING ${w}`).join('\n')}`,
    );
  if (refused.length) process.exitCode = 1;

  const res = resources();
  const scores: PageScore[] = [];
  const order = [...chosen].sort((a, b) =>
    halfOf(a.file) === halfOf(b.file) ? a.file.localeCompare(b.file) : halfOf(a.file) === 'tune' ? -1 : 1,
  );
  if (order.length) console.log('');
  for (const r of order) {
    const path = pagePath(r);
    if (!path) {
      console.log(`WARNING ${r.file}: page not found in ${CORPORA}; skipped`);
      continue;
    }
    const { page, error } = runGloss(path, res);
    if (error) console.log(`ERROR ${r.file}: analyze gave "${error}" (scored as no article)`);
    const baseline = page.article ? compromiseEntities(page.article.text) : [];
    const s = scorePage(r, halfOf(r.file), page, baseline);
    scores.push(s);
    // A figures run (--markdown) prints totals only: no page's line, of the check half least of all.
    if (md.on) continue;
    console.log(pageLine(s));
    if (args.verbose) for (const l of pageDetails(s)) console.log(l);
  }

  const halves: [string, PageScore[]][] = [];
  for (const h of ['tune', 'check'] as const)
    if (!args.half || args.half === h) halves.push([h, scores.filter((s) => s.half === h)]);
  if (!args.half) halves.push(['all', scores]);
  const json: Record<string, unknown> = {};
  for (const [label, pages] of halves) {
    const t = sumPages(pages);
    console.log('');
    for (const l of totalsBlock(label, t)) console.log(l);
    json[label] = totalsJson(t);
  }
  if (md.on) {
    md.add(
      `${readings.length} hand-read pages (tests/fixtures/readings), ${scores.length} scored${args.half ? ` (half ${args.half})` : ''}${args.page ? ` (page ~ "${args.page}")` : ''}; compromise on the same article text. Totals only.`,
    );
    const { head, rows } = totalsTable(halves.map(([label, pages]) => [label, sumPages(pages)]));
    md.table(head, rows);
    if (warnings.length) md.add(`${warnings.length} warning(s) in the readings.`);
    if (refused.length) md.add(`Refused ${refused.length} reading(s) of held-out pages.`);
    md.finish();
  }
  if (warnings.length) console.log(`\n${warnings.length} warning(s) in the readings (listed at the top)`);
  if (refused.length) console.log(`\nREFUSED ${refused.length} reading(s) of held-out pages: ${refused.join(', ')}`);
  if (args.json) {
    const out = {
      readings: readings.length,
      scored: scores.length,
      warnings,
      refused,
      totals: json,
      pages: scores.map((s) => ({ file: s.file, half: s.half, articleFound: s.articleFound, ...s.counts })),
    };
    writeFileSync(args.json, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`totals written to ${args.json}`);
  }
}

main();
