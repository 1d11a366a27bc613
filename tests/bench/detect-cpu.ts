/**
 * Detection (extractArticle) per corpus page in CPU time as well as wall-clock time, for comparing
 * two commits on a shared machine: wall-clock time there grows with the other sessions' load,
 * the process's CPU time much less. Runs the detection code of the tree given (another worktree,
 * say of an older commit, with its own node_modules) on this tree's page list, held-out pages
 * left out (tests/helpers/held-out.ts); without the held-out list no page is run.
 *
 *   cd TREE && node --import tsx/esm /path/to/this/tests/bench/detect-cpu.ts TREE OUT.json [every]
 *   node --import tsx/esm tests/bench/detect-cpu.ts --compare BEFORE.json AFTER.json
 *
 * `every`: only every n-th page (default 1). Each page is parsed (untimed), detected once (timed,
 * as `npm run bench` does), its window closed. The CPU time is the whole process's (user + system:
 * garbage collection counts, as it does in a tab).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpuUsage } from 'node:process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { HELD_OUT_FILE, loadHeldOut } from '../helpers/held-out';
import { corpusFiles } from './pages';
import { median, pct } from './stats';

interface Row {
  name: string;
  cpuMs: number;
  wallMs: number;
  article: boolean;
}

type Extract = (doc: Document) => unknown;

async function measure(tree: string, every: number): Promise<Row[]> {
  const held = loadHeldOut();
  if (!held) throw new Error(`${HELD_OUT_FILE} not found or unreadable; without the held-out list no page is run`);
  const run = (await import(resolve(tree, 'src/cli/run.ts'))) as {
    parseHtml(html: string): Document;
    readInput(file: string): string;
  };
  // Older commits kept the article code in src/article.
  const articleDir = ['src/core/article/index.ts', 'src/article/index.ts'].find((p) => existsSync(resolve(tree, p)));
  if (!articleDir) throw new Error(`${tree}: no article code found`);
  const { extractArticle } = (await import(resolve(tree, articleDir))) as { extractArticle: Extract };
  const files = corpusFiles(held)
    .flatMap((c) => c.files)
    .filter((_, i) => i % every === 0);
  // Warm-up, untimed.
  for (const f of files.slice(0, 5)) extractArticle(run.parseHtml(run.readInput(f.path)));
  const rows: Row[] = [];
  for (const f of files) {
    const doc = run.parseHtml(run.readInput(f.path));
    const wall = performance.now();
    const cpu = cpuUsage();
    const article = extractArticle(doc);
    const used = cpuUsage(cpu);
    rows.push({
      name: f.name,
      cpuMs: (used.user + used.system) / 1000,
      wallMs: performance.now() - wall,
      article: !!article,
    });
    doc.defaultView?.close();
    process.stderr.write(`\r  ${rows.length}/${files.length}`);
  }
  process.stderr.write('\n');
  return rows;
}

function figures(rows: Row[], key: 'cpuMs' | 'wallMs') {
  const xs = rows.map((r) => r[key]);
  const total = rows.filter((r) => r.article).reduce((n, r) => n + r[key], 0);
  return { median: median(xs), p95: pct(xs, 95), total };
}

function compare(before: Row[], after: Row[]): void {
  const byName = new Map(before.map((r) => [r.name, r]));
  const pairs = after.filter((r) => byName.has(r.name));
  const b = pairs.map((r) => byName.get(r.name)!);
  console.log(`${pairs.length} pages in both runs; after / before:`);
  for (const key of ['cpuMs', 'wallMs'] as const) {
    const x = figures(b, key);
    const y = figures(pairs, key);
    const perPage = median(pairs.map((r) => r[key] / byName.get(r.name)![key]));
    console.log(
      `  ${key === 'cpuMs' ? 'CPU ' : 'wall'}: median ${x.median.toFixed(1)} -> ${y.median.toFixed(1)} ms (${(y.median / x.median).toFixed(2)}), ` +
        `p95 ${x.p95.toFixed(0)} -> ${y.p95.toFixed(0)} ms (${(y.p95 / x.p95).toFixed(2)}), ` +
        `total over articles ${(x.total / 1000).toFixed(2)} -> ${(y.total / 1000).toFixed(2)} s (${(y.total / x.total).toFixed(2)}), ` +
        `median of per-page ratios ${perPage.toFixed(2)}`,
    );
  }
}

const args = process.argv.slice(2);
if (args[0] === '--compare') {
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Row[];
  compare(read(args[1]!), read(args[2]!));
} else {
  const [tree, out, every] = args;
  if (!tree || !out) {
    console.error('usage: detect-cpu.ts TREE OUT.json [every] | --compare BEFORE.json AFTER.json');
    process.exit(2);
  }
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  console.log(`${tree}: load average at start ${load()}`);
  const rows = await measure(resolve(tree), Number(every ?? 1));
  writeFileSync(out, JSON.stringify(rows));
  const c = figures(rows, 'cpuMs');
  const w = figures(rows, 'wallMs');
  console.log(
    `${tree}: ${rows.length} pages; CPU median ${c.median.toFixed(1)} ms, p95 ${c.p95.toFixed(0)} ms, total over articles ${(c.total / 1000).toFixed(2)} s; ` +
      `wall median ${w.median.toFixed(1)} ms, p95 ${w.p95.toFixed(0)} ms; load average at end ${load()}`,
  );
}
