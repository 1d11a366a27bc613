/**
 * Which long tasks are Gloss's: `npx tsx tests/bench/long-tasks.ts [PAGE ...]` opens each page
 * (the example, or readability-test-pages by name) in Chromium with dist/chrome loaded and
 * auto-open on, records a devtools.timeline trace and a sampled CPU profile together, and prints
 * every task over 50 ms on the page's main thread with how much of it ran Gloss's script
 * (profile samples from chrome-extension:// URLs), style/layout/paint and HTML parsing. The
 * long-task figure of `npm run bench` counts every task that overlaps Gloss's work; this says
 * whose work each one was. Profiling slows everything: compare shares, not durations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { distDir, startServer } from '../e2e/harness';
import { corpusPath, FIXTURES } from '../helpers/fixtures';
import { ARGS, CHROMIUM, setSettings } from './browser';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> }
interface ProfileNode { id: number; callFrame: { url: string; functionName: string } }

const names = process.argv.slice(2).length ? process.argv.slice(2) : ['example', 'yahoo-2', 'wikia'];
const rtp = corpusPath('readability-test-pages');

const server = await startServer();
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, enableExtensions: [distDir('chromium')], args: ARGS });
try {
  await setSettings(browser, { autoOpen: true });
  for (const name of names) {
    const file = name === 'example' ? join(FIXTURES, 'pages/us-venezuela.html') : rtp ? join(rtp, name, 'source.html') : null;
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
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
    await cdp.send('Profiler.start');
    await page.goto(server.url(`/lt/${name}`), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 6000));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number } };
    const events = (JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    await page.close();

    // The page's renderer: the process that parsed our server's page.
    const host = new URL(server.url('/')).host;
    const pids = new Set(events.filter((e) => JSON.stringify(e.args ?? {}).includes(host)).map((e) => e.pid));
    const threads = new Set(events.filter((e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain' && pids.has(e.pid)).map((e) => `${e.pid}:${e.tid}`));
    const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && threads.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > 50_000);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    let t = profile.startTime;
    const samples = profile.samples.map((id, i) => ({ t: (t += profile.timeDeltas[i]!), url: byId.get(id)!.callFrame.url }));
    const perSample = samples.length > 1 ? (samples[samples.length - 1]!.t - samples[0]!.t) / 1000 / samples.length : 0;
    const within = (task: TraceEvent, re: RegExp) =>
      events.filter((e) => e.ph === 'X' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + task.dur! && re.test(e.name)).reduce((a, e) => a + (e.dur ?? 0), 0) / 1000;
    console.log(`${name}: ${tasks.length} tasks over 50 ms on the page's main thread (one profile sample ~${perSample.toFixed(2)} ms)`);
    for (const task of tasks) {
      const inTask = samples.filter((s) => s.t >= task.ts && s.t <= task.ts + task.dur!);
      const ours = inTask.filter((s) => s.url.startsWith('chrome-extension://')).length;
      console.log(
        `  ${(task.dur! / 1000).toFixed(0).padStart(5)} ms: Gloss's script ~${(ours * perSample).toFixed(1)} ms (${ours}/${inTask.length} samples); ` +
          `style/layout/paint ${within(task, /^(Layout|UpdateLayoutTree|PrePaint|Paint)$/).toFixed(0)} ms; HTML parsing ${within(task, /^ParseHTML$/).toFixed(0)} ms`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
