/**
 * Which long tasks are Gloss's: `npx tsx tests/bench/long-tasks.ts [PAGE ...]` opens each page
 * (the example, or readability-test-pages by name) in Chromium with dist/chrome loaded and
 * auto-open on, records a trace and a CPU profile sampled every 0.25 ms (script-tasks.ts), and
 * prints each task that ran Gloss's script and lasted over 50 ms or ran over 10 ms of ours: its
 * length, Gloss's script in it, style/layout/paint and HTML parsing, and Gloss's functions by self
 * and inclusive time (build unminified to read the names). Profiling slows everything: compare
 * shares, not durations. A page on ../shared/notes/held-out-pages.md is refused, as is any
 * corpus page when that list is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { distDir, startServer } from '../e2e/harness';
import { corpusPath, FIXTURES } from '../helpers/fixtures';
import { HELD_OUT_FILE, loadHeldOut } from '../helpers/held-out';
import { isHeldOut } from '../eval/pages/readings';
import { ARGS, CHROMIUM, setSettings } from './browser';
import { recordScriptTasks } from './script-tasks';

const names = process.argv.slice(2).length ? process.argv.slice(2) : ['example', 'yahoo-2', 'wikia'];
const rtp = corpusPath('readability-test-pages');
const held = loadHeldOut();
const refused = names.filter((n) => n !== 'example' && (!held || isHeldOut('rtp', n, held)));
if (refused.length) {
  console.error(
    `refused: ${refused.join(', ')}: ${held ? 'on the held-out list' : 'the held-out list is missing'} (${HELD_OUT_FILE})`,
  );
  process.exit(1);
}

const server = await startServer();
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  pipe: true,
  enableExtensions: [distDir('chromium')],
  args: ARGS,
});
try {
  await setSettings(browser, { autoOpen: true });
  for (const name of names) {
    const file =
      name === 'example' ? join(FIXTURES, 'pages/us-venezuela.html') : rtp ? join(rtp, name, 'source.html') : null;
    if (!file) {
      console.log(`${name}: skipped (../shared/corpora/readability-test-pages not found)`);
      continue;
    }
    const html = readFileSync(file);
    server.route(`/lt/${name}`, (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      r.end(html);
    });
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    const recording = await recordScriptTasks(page, cdp, new URL(server.url('/')).host, 250);
    await page.goto(server.url(`/lt/${name}`), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 6000));
    const { tasks, longTasks, sampleMs } = await recording.stop();
    await page.close();
    console.log(
      `${name}: ${longTasks} tasks over 50 ms on the page's main thread; ${tasks.length} tasks ran Gloss's script (one profile sample ~${sampleMs.toFixed(2)} ms)`,
    );
    for (const task of tasks.filter((x) => x.durationMs > 50 || x.oursMs > 10)) {
      console.log(
        `  ${task.durationMs.toFixed(0).padStart(5)} ms: Gloss's script ~${task.oursMs.toFixed(1)} ms; style/layout/paint ${task.renderMs.toFixed(0)} ms; HTML parsing ${task.parseMs.toFixed(0)} ms`,
      );
      const fmt = (list: Array<[string, number]>) => list.map(([fn, ms]) => `${fn} ~${ms.toFixed(1)} ms`).join('; ');
      console.log(`           self: ${fmt(task.topSelf)}`);
      console.log(`           inclusive: ${fmt(task.topInclusive)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
