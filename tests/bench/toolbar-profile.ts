/**
 * Where the time of a toolbar click goes, for two builds: per-mark medians (ms after the click)
 * and sampled CPU profiles of the page's main thread and of the background's service worker,
 * self time of the extension's code summed by function, median over the runs.
 *
 *   node --import tsx/esm tests/bench/toolbar-profile.ts <dist A>/chrome <dist B>/chrome [rounds]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, CDPSession } from 'puppeteer-core';
import { startServer } from '../e2e/harness';
import { FIXTURES } from '../helpers/fixtures';
import { launchChromium, setSettings, toolbarRun, waitForBackground } from './browser';
import { median } from './stats';

interface Node {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [distA, distB, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 6);
const dists = [resolve(distA!), resolve(distB!)];
const server = await startServer();
server.route('/example.html', readFileSync(resolve(FIXTURES, 'pages/us-venezuela.html'), 'utf8'));
const url = server.url('/example.html');

function selfByFunction(p: Profile, filter: (u: string) => boolean): Map<string, number> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const n = byId.get(p.samples[i]!)!;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const f = n.callFrame;
    const file = f.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    const key = filter(f.url)
      ? `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}:${f.columnNumber}`
      : f.url
        ? `[other] ${file.slice(0, 40)}`
        : `[${f.functionName}]`;
    out.set(key, (out.get(key) ?? 0) + Math.min(dt, 5));
  }
  return out;
}

const browsers: Browser[] = [];
const workers: CDPSession[] = [];
try {
  for (const d of dists) {
    const b = await launchChromium(d);
    browsers.push(b);
    const t = await waitForBackground(b);
    await setSettings(b, { autoOpen: false });
    const s = await t.createCDPSession();
    await s.send('Profiler.enable');
    await s.send('Profiler.setSamplingInterval', { interval: 200 });
    workers.push(s);
  }
  for (const b of browsers) await toolbarRun(b, url);
  const marks: Record<string, number[]>[] = [{}, {}];
  const pageSelf: Map<string, number[]>[] = [new Map(), new Map()];
  const swSelf: Map<string, number[]>[] = [new Map(), new Map()];
  const pageTot: number[][] = [[], []];
  const swTot: number[][] = [[], []];
  const add = (m: Map<string, number[]>, k: string, v: number, r: number) => {
    const a = m.get(k) ?? [];
    while (a.length < r) a.push(0);
    a.push(v);
    m.set(k, a);
  };
  for (let r = 0; r < rounds; r++) {
    for (const i of r % 2 ? [1, 0] : [0, 1]) {
      const sw = workers[i]!;
      let profile: Profile | null = null;
      const run = await toolbarRun(browsers[i]!, url, {
        before: () => sw.send('Profiler.start').then(() => undefined),
        after: async () => {
          profile = ((await sw.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
        },
      });
      if (!profile) throw new Error('no profile');
      for (const [k, v] of Object.entries(run.since)) (marks[i]![k] ??= []).push(v);
      const s = selfByFunction(profile as Profile, (u) => u.startsWith('chrome-extension://'));
      let tot = 0;
      for (const [k, v] of s) {
        if (k.startsWith('[idle') || k.startsWith('[(idle') || k === '[(program)]') continue;
        add(swSelf[i]!, k, v, r);
        if (!k.startsWith('[(')) tot += v;
      }
      swTot[i]!.push(tot);
      const pt = run.tasks.reduce((a, t) => a + t.oursMs, 0);
      pageTot[i]!.push(pt);
      const ps = new Map<string, number>();
      for (const t of run.tasks) for (const [k, v] of t.topSelf) ps.set(k, (ps.get(k) ?? 0) + v);
      for (const [k, v] of ps) add(pageSelf[i]!, k, v, r);
      process.stderr.write(
        `round ${r + 1} ${'AB'[i]}: painted ${run.toPainted?.toFixed(0)} page ${pt.toFixed(1)} sw ${tot.toFixed(1)} ms\n`,
      );
    }
  }
  for (const i of [0, 1]) {
    console.log(`\n=== ${'AB'[i]} ${dists[i]}`);
    const names = Object.keys(marks[i]!).sort((a, b) => median(marks[i]![a]!) - median(marks[i]![b]!));
    for (const n of names) console.log(`  ${n.padEnd(28)} ${median(marks[i]![n]!).toFixed(1)}`);
    console.log(`  page: Gloss's script in all tasks (median) ${median(pageTot[i]!).toFixed(1)} ms`);
    const prow = [...pageSelf[i]!].map(([k, a]) => [k, a.reduce((x, y) => x + y, 0) / rounds] as const);
    prow.sort((a, b) => b[1] - a[1]);
    for (const [k, v] of prow.slice(0, 25)) console.log(`    ${v.toFixed(2).padStart(7)} ${k}`);
    console.log(`  service worker ext self (median) ${median(swTot[i]!).toFixed(1)} ms`);
    const rows = [...swSelf[i]!].map(([k, a]) => [k, a.reduce((x, y) => x + y, 0) / rounds] as const);
    rows.sort((a, b) => b[1] - a[1]);
    for (const [k, v] of rows.slice(0, 25)) console.log(`    ${v.toFixed(2).padStart(7)} ${k}`);
  }
} finally {
  for (const b of browsers) await b.close().catch(() => {});
  await server.close();
}
