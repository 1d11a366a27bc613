/**
 * Where analysis time goes: V8's sampling CPU profiler (node:inspector) over analyzeText on a set
 * of article texts, self time summed by source file (tokenizer, features, Viterbi decoding,
 * aliases, roles, quotes, notes, ...) and by function. Also the cold-start cost: the first
 * detection and analysis in a fresh process (what a new tab pays, since every tab starts with
 * cold code) against the warm median on the same page.
 */
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { analyzeText, type AnalyzerResources } from '../../src/analysis/analyze';
import { extractArticle } from '../../src/article';
import { parseHtml } from '../../src/cli/run';
import { ROOT } from '../helpers/fixtures';
import { fmtMs, median } from './stats';

export interface ProfileRow {
  name: string;
  selfMs: number;
  share: number;
}

export interface StageProfile {
  texts: number;
  chars: number;
  totalMs: number;
  byFile: ProfileRow[];
  byFunction: ProfileRow[];
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function fileLabel(url: string): string {
  if (!url) return '(V8 / native: GC, builtins, regexp)';
  const path = url.replace(/^file:\/\//, '');
  const rel = relative(ROOT, path);
  return rel.startsWith('..') ? path : rel;
}

export async function profileAnalysis(texts: { text: string; lang: string | null }[], res: AnalyzerResources, passes = 2): Promise<StageProfile> {
  // One untimed pass first so the profile shows steady-state work, as the per-page figures do.
  for (const t of texts) analyzeText(t.text, res, { declaredLang: t.lang });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const t of texts) analyzeText(t.text, res, { declaredLang: t.lang });
  const totalMs = (performance.now() - t0) / passes;
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  session.disconnect();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const files = new Map<string, number>();
  const fns = new Map<string, number>();
  let all = 0;
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    const fn = n.callFrame.functionName;
    if (fn === '(idle)') continue;
    all += us;
    const file = fileLabel(n.callFrame.url);
    files.set(file, (files.get(file) ?? 0) + us);
    const key = `${fn || '(anonymous)'} ${n.callFrame.url ? `${file}:${n.callFrame.lineNumber + 1}` : `[${fn}]`}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .map(([name, us]) => ({ name, selfMs: us / 1000 / passes, share: us / all }))
      .sort((a, b) => b.selfMs - a.selfMs);
  return { texts: texts.length, chars: texts.reduce((n, t) => n + t.text.length, 0), totalMs, byFile: rows(files), byFunction: rows(fns).slice(0, 15) };
}

export function printProfile(p: StageProfile): void {
  console.log(`where analysis time goes: V8 sampling profile of analyzeText over ${p.texts} article texts (${p.chars.toLocaleString('en-US')} chars), ${fmtMs(p.totalMs)} per pass; self time by file:`);
  for (const r of p.byFile.filter((r) => r.share >= 0.005)) console.log(`  ${(r.share * 100).toFixed(1).padStart(5)}%  ${fmtMs(r.selfMs).padStart(9)}  ${r.name}`);
  console.log('  top functions by self time:');
  for (const r of p.byFunction.slice(0, 10)) console.log(`  ${(r.share * 100).toFixed(1).padStart(5)}%  ${fmtMs(r.selfMs).padStart(9)}  ${r.name}`);
}

export interface ColdWarm {
  page: string;
  coldDetectMs: number;
  coldAnalyzeMs: number;
  warmDetectMs: number;
  warmAnalyzeMs: number;
  runs: number;
}

/** Call first in the process: the first detection and analysis of `html`, then the warm median. */
export function coldWarm(page: string, html: string, res: AnalyzerResources, runs = 7): ColdWarm {
  const doc = parseHtml(html);
  let t = performance.now();
  const article = extractArticle(doc);
  const coldDetectMs = performance.now() - t;
  if (!article) throw new Error(`${page}: no article`);
  t = performance.now();
  analyzeText(article.text, res, { declaredLang: article.lang });
  const coldAnalyzeMs = performance.now() - t;
  const d: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    extractArticle(doc);
    d.push(performance.now() - t);
    t = performance.now();
    analyzeText(article.text, res, { declaredLang: article.lang });
    a.push(performance.now() - t);
  }
  return { page, coldDetectMs, coldAnalyzeMs, warmDetectMs: median(d), warmAnalyzeMs: median(a), runs };
}

export function printColdWarm(c: ColdWarm): void {
  console.log(
    `${c.page} in Node: first (cold) run detection ${fmtMs(c.coldDetectMs)}, analysis ${fmtMs(c.coldAnalyzeMs)} (ratio ${(c.coldAnalyzeMs / c.coldDetectMs).toFixed(2)}); ` +
      `warm median of ${c.runs}: detection ${fmtMs(c.warmDetectMs)}, analysis ${fmtMs(c.warmAnalyzeMs)} (ratio ${(c.warmAnalyzeMs / c.warmDetectMs).toFixed(2)})`,
  );
}
