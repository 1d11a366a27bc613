/**
 * Whose work each main-thread task of a tab was: a devtools.timeline trace (task boundaries, and
 * style/layout/paint and HTML parsing inside each task) and a sampled CPU profile taken together
 * (which JavaScript ran: samples whose function comes from a chrome-extension:// URL are Gloss's).
 *
 * Long-task observers and long-animation-frame entries cannot say this: the first count every task
 * that overlaps Gloss's work (the page's own parsing, scripts and layout included), and Chromium
 * does not attribute content-script time in the second. A profiler slows what it watches a little:
 * at the 1 ms sampling used by the benchmark the overhead is small, and the figure is a count of
 * samples, so it has about a millisecond's resolution.
 */
import type { CDPSession, Page } from 'puppeteer-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}
interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** One task on the page's main thread in which Gloss's script ran. */
export interface ScriptTask {
  /** The whole task, ms. */
  durationMs: number;
  /** Gloss's script inside it (each of its samples counts the time to the next sample), ms. */
  oursMs: number;
  /** Style, layout, pre-paint and paint inside it, ms. */
  renderMs: number;
  /** HTML parsing inside it, ms. */
  parseMs: number;
  /** Gloss's functions by self time inside it, largest first: "name file:line", ms. */
  topSelf: Array<[string, number]>;
  /** Gloss's functions by inclusive time inside it, largest first. */
  topInclusive: Array<[string, number]>;
}

export interface ScriptTaskRecording {
  stop(): Promise<{ tasks: ScriptTask[]; longTasks: number; sampleMs: number }>;
}

const EXTENSION = 'chrome-extension://';

/**
 * Starts recording `page` (call before navigating). `host` names the server the page comes from:
 * its renderer is the process that parsed a document from there.
 */
export async function recordScriptTasks(
  page: Page,
  cdp: CDPSession,
  host: string,
  intervalUs = 1000,
): Promise<ScriptTaskRecording> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const raw = await page.tracing.stop();
      const events = (
        JSON.parse(Buffer.from(raw ?? new Uint8Array()).toString('utf8') || '{"traceEvents":[]}') as {
          traceEvents: TraceEvent[];
        }
      ).traceEvents;
      return tasksOf(events, profile, host);
    },
  };
}

export function tasksOf(
  events: TraceEvent[],
  profile: Profile,
  host: string,
): { tasks: ScriptTask[]; longTasks: number; sampleMs: number } {
  const pids = new Set(events.filter((e) => JSON.stringify(e.args ?? {}).includes(host)).map((e) => e.pid));
  // Recording started after the page loaded (toolbar runs): the trace's opening event lists the frames.
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    const frames =
      (e.args as { data?: { frames?: Array<{ url?: string; processId?: number }> } } | undefined)?.data?.frames ?? [];
    for (const f of frames)
      if (typeof f.processId === 'number' && String(f.url ?? '').includes(host)) pids.add(f.processId);
  }
  const threads = new Set(
    events
      .filter(
        (e) =>
          e.name === 'thread_name' &&
          (e.args as { name?: string } | undefined)?.name === 'CrRendererMain' &&
          pids.has(e.pid),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const runTasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && threads.has(`${e.pid}:${e.tid}`));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // CDP line numbers are 0-based.
  const label = (f: ProfileNode['callFrame']) =>
    `${f.functionName || '(anonymous)'} ${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.lineNumber + 1}`;
  let t = profile.startTime;
  const samples = profile.samples.map((id, i) => ({ t: (t += profile.timeDeltas[i]!), id }));
  const sampleMs = samples.length > 1 ? (samples[samples.length - 1]!.t - samples[0]!.t) / 1000 / samples.length : 0;
  // What one sample stands for: the time to the next one, but never past its task's end nor more
  // than a few mean intervals (the profiler skips beats when the thread idles or the machine is busy).
  const capUs = 4 * sampleMs * 1000;
  const weightMs = (k: number, end: number) =>
    Math.max(0, Math.min((samples[k + 1]?.t ?? end) - samples[k]!.t, end - samples[k]!.t, capUs)) / 1000;
  const ours = (id: number) => byId.get(id)!.callFrame.url.startsWith(EXTENSION);

  // Samples are in time order: walk them alongside the tasks, sorted by start.
  runTasks.sort((a, b) => a.ts - b.ts);
  const within = (task: TraceEvent, re: RegExp) =>
    events
      .filter(
        (e) =>
          e.ph === 'X' &&
          e.pid === task.pid &&
          e.tid === task.tid &&
          e.ts >= task.ts &&
          e.ts <= task.ts + task.dur! &&
          re.test(e.name),
      )
      .reduce((a, e) => a + (e.dur ?? 0), 0) / 1000;
  const tasks: ScriptTask[] = [];
  let s = 0;
  for (const task of runTasks) {
    const end = task.ts + (task.dur ?? 0);
    while (s < samples.length && samples[s]!.t < task.ts) s++;
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    let n = 0;
    let oursMs = 0;
    for (let k = s; k < samples.length && samples[k]!.t <= end; k++) {
      const id = samples[k]!.id;
      if (!ours(id)) continue;
      n++;
      const w = weightMs(k, end);
      oursMs += w;
      const leaf = label(byId.get(id)!.callFrame);
      self.set(leaf, (self.get(leaf) ?? 0) + w);
      const seen = new Set<string>();
      for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
        const f = byId.get(p)!.callFrame;
        if (f.url.startsWith(EXTENSION)) seen.add(label(f));
      }
      for (const fn of seen) incl.set(fn, (incl.get(fn) ?? 0) + w);
    }
    if (!n) continue;
    tasks.push({
      durationMs: (task.dur ?? 0) / 1000,
      oursMs,
      renderMs: within(task, /^(Layout|UpdateLayoutTree|PrePaint|Paint)$/),
      parseMs: within(task, /^ParseHTML$/),
      topSelf: [...self].sort((a, b) => b[1] - a[1]).slice(0, 5),
      topInclusive: [...incl].sort((a, b) => b[1] - a[1]).slice(0, 12),
    });
  }
  return { tasks, longTasks: runTasks.filter((e) => (e.dur ?? 0) > 50_000).length, sampleMs };
}
