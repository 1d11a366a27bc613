/**
 * Toolbar click -> sidebar shown on the example page, for two builds of the extension in one
 * run: each build in its own Chromium (two Gloss builds in one browser would both answer every
 * page), the runs alternating between them (their order swapped every round) so that a machine
 * getting busier or quieter weighs on both alike. The run has two halves, with the browsers
 * started in opposite orders. Measured as `npm run bench` measures it (toolbarRun in browser.ts).
 *
 *   node --import tsx/esm tests/bench/compare-toolbar.ts <dist A>/chrome <dist B>/chrome [rounds]
 *
 * Each dist must be a test build (`npm run build:test`: it makes the performance marks).
 * Prints the medians for each build and B's over A's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { startServer } from '../e2e/harness';
import { FIXTURES } from '../helpers/fixtures';
import { launchChromium, setSettings, toolbarRun, waitForBackground, type ToolbarRun } from './browser';
import { fmtMs, median } from './stats';

const [distA, distB, roundsArg] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: compare-toolbar.ts <dist A>/chrome <dist B>/chrome [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 10);
const dists = [resolve(distA), resolve(distB)];
for (const d of dists)
  if (!existsSync(resolve(d, 'manifest.json')))
    throw new Error(`${d}: no manifest.json (build it with npm run build:test)`);

const server = await startServer();
server.route('/example.html', readFileSync(resolve(FIXTURES, 'pages/us-venezuela.html'), 'utf8'));
const url = server.url('/example.html');

const launch = async (dist: string): Promise<Browser> => {
  const b = await launchChromium(dist);
  await waitForBackground(b);
  await setSettings(b, { autoOpen: false });
  return b;
};

const browsers: Browser[] = [];
try {
  const runs: ToolbarRun[][] = [[], []];
  // Two halves with the browsers started in opposite orders: the browser started second was
  // measured slower with the same build in both (about 5 %), so each build takes each place once.
  for (const order of [
    [0, 1],
    [1, 0],
  ]) {
    const byDist: Browser[] = [];
    for (const i of order) byDist[i] = await launch(dists[i]!);
    browsers.push(...byDist);
    // One run each first, not counted: the first open in a fresh browser loads what later ones reuse.
    for (const b of byDist) await toolbarRun(b, url);
    const half = order[0] === 0 ? Math.ceil(rounds / 2) : Math.floor(rounds / 2);
    for (let r = 0; r < half; r++) {
      for (const i of r % 2 ? [1, 0] : [0, 1]) {
        const run = await toolbarRun(byDist[i]!, url);
        runs[i]!.push(run);
        process.stderr.write(
          `round ${runs[i]!.length} ${'AB'[i]}: in DOM ${fmtMs(run.toSidebarInDom ?? NaN)}, rendered ${fmtMs(run.toSidebarRendered ?? NaN)}, painted ${fmtMs(run.toPainted ?? NaN)}\n`,
        );
      }
    }
    for (const b of byDist) await b.close();
    browsers.length = 0;
  }
  const figure = (i: number, f: (t: ToolbarRun) => number | null) =>
    median(runs[i]!.map(f).filter((x): x is number => typeof x === 'number'));
  console.log(
    `toolbar -> sidebar on the example page, ${rounds} runs each, alternating, each build started first in one half; medians (ms after the click)`,
  );
  console.log(`  A ${dists[0]}\n  B ${dists[1]}`);
  for (const [label, f] of [
    ['sidebar in the DOM', (t: ToolbarRun) => t.toSidebarInDom],
    ['sidebar rendered (article shown)', (t: ToolbarRun) => t.toSidebarRendered],
    ['highlights painted', (t: ToolbarRun) => t.toPainted],
  ] as const) {
    const a = figure(0, f);
    const b = figure(1, f);
    console.log(
      `  ${label.padEnd(34)} A ${fmtMs(a).padStart(9)}   B ${fmtMs(b).padStart(9)}   B/A ${(b / a).toFixed(2)}`,
    );
  }
} finally {
  for (const b of browsers) await b.close();
  await server.close();
}
