/**
 * Where analysis time goes: V8's sampling CPU profiler (node:inspector) over analyzeText on a set
 * of article texts, self time summed by source file (tokenizer, features, Viterbi decoding,
 * aliases, roles, quotes, notes, ...) and by function. Also the cold-start cost: the first
 * detection and analysis in a fresh process (what a new tab pays, since every tab starts with
 * cold code) against the warm median on the same page.
 */
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { analyzeText, type AnalyzerResources } from '../../src/core/analysis/analyze';
import { extractArticle } from '../../src/core/article';
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
  label?: string;
  /** the profiler's samples inside analyzeText */
  sampledMs: number;
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

/** Self time by file and by function of the samples taken inside `root` (a function name). */
function aggregate(
  profile: CpuProfile,
  root: string,
  passes: number,
): { byFile: ProfileRow[]; byFunction: ProfileRow[]; sampledMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const underRoot = new Map<number, boolean>();
  const isUnder = (id: number): boolean => {
    const known = underRoot.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const p = parent.get(id);
    const v = n.callFrame.functionName === root || (p !== undefined && isUnder(p));
    underRoot.set(id, v);
    return v;
  };
  const files = new Map<string, number>();
  const fns = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    if (!isUnder(id)) return;
    const us = profile.timeDeltas[i] ?? 0;
    const n = byId.get(id)!;
    const fn = n.callFrame.functionName || '(anonymous)';
    all += us;
    const file = fileLabel(n.callFrame.url);
    files.set(file, (files.get(file) ?? 0) + us);
    const key = n.callFrame.url ? `${fn} ${file}:${n.callFrame.lineNumber + 1}` : `${fn} [V8]`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  });
  const rows = (m: Map<string, number>) =>
    [...m]
      .map(([name, us]) => ({ name, selfMs: us / 1000 / passes, share: us / all }))
      .sort((a, b) => b.selfMs - a.selfMs);
  return { byFile: rows(files), byFunction: rows(fns).slice(0, 15), sampledMs: all / 1000 / passes };
}

async function profiled(fn: () => void): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  fn();
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  session.disconnect();
  return profile;
}

export async function profileAnalysis(
  texts: { text: string; lang: string | null }[],
  res: AnalyzerResources,
  passes = 1,
): Promise<StageProfile> {
  // One untimed pass first so the profile shows steady-state work, as the per-page figures do.
  for (const t of texts) analyzeText(t.text, res, { declaredLang: t.lang });
  let totalMs = 0;
  const profile = await profiled(() => {
    const t0 = performance.now();
    for (let p = 0; p < passes; p++) for (const t of texts) analyzeText(t.text, res, { declaredLang: t.lang });
    totalMs = (performance.now() - t0) / passes;
  });
  return {
    texts: texts.length,
    chars: texts.reduce((n, t) => n + t.text.length, 0),
    totalMs,
    ...aggregate(profile, 'analyzeText', passes),
  };
}

export function printProfile(p: StageProfile): void {
  console.log(
    `${p.label ?? 'where analysis time goes'}: V8 sampling profile of analyzeText over ${p.texts} article text(s) (${p.chars.toLocaleString('en-US')} chars), ${fmtMs(p.totalMs)} per pass (${fmtMs(p.sampledMs)} sampled inside analyzeText); self time by file:`,
  );
  for (const r of p.byFile.filter((r) => r.share >= 0.01))
    console.log(`  ${(r.share * 100).toFixed(1).padStart(5)}%  ${fmtMs(r.selfMs).padStart(9)}  ${r.name}`);
  console.log('  top functions by self time:');
  for (const r of p.byFunction.slice(0, 10))
    console.log(`  ${(r.share * 100).toFixed(1).padStart(5)}%  ${fmtMs(r.selfMs).padStart(9)}  ${r.name}`);
}

export interface ColdWarm {
  page: string;
  /** the profile of the first (cold) analyzeText */
  coldProfile: StageProfile;
  coldDetectMs: number;
  coldAnalyzeMs: number;
  warmDetectMs: number;
  warmAnalyzeMs: number;
  runs: number;
}

/** Call first in the process: the first detection and analysis of `html`, then the warm median. */
export async function coldWarm(page: string, html: string, res: AnalyzerResources, runs = 7): Promise<ColdWarm> {
  const doc = parseHtml(html);
  let t = performance.now();
  const article = extractArticle(doc);
  const coldDetectMs = performance.now() - t;
  if (!article) throw new Error(`${page}: no article`);
  let coldAnalyzeMs = 0;
  const profile = await profiled(() => {
    t = performance.now();
    analyzeText(article.text, res, { declaredLang: article.lang });
    coldAnalyzeMs = performance.now() - t;
  });
  const coldProfile: StageProfile = {
    label: `${page}, first (cold) analysis`,
    texts: 1,
    chars: article.text.length,
    totalMs: coldAnalyzeMs,
    ...aggregate(profile, 'analyzeText', 1),
  };
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
  return { page, coldProfile, coldDetectMs, coldAnalyzeMs, warmDetectMs: median(d), warmAnalyzeMs: median(a), runs };
}

export function printColdWarm(c: ColdWarm): void {
  console.log(
    `${c.page} in Node: first (cold) run detection ${fmtMs(c.coldDetectMs)}, analysis ${fmtMs(c.coldAnalyzeMs)} (ratio ${(c.coldAnalyzeMs / c.coldDetectMs).toFixed(2)}); ` +
      `warm median of ${c.runs}: detection ${fmtMs(c.warmDetectMs)}, analysis ${fmtMs(c.warmAnalyzeMs)} (ratio ${(c.warmAnalyzeMs / c.warmDetectMs).toFixed(2)}) ` +
      '(the cold run is what a new tab pays: each tab starts the content script with cold code; the profiler slows the cold analysis slightly)',
  );
  printProfile(c.coldProfile);
}
