/**
 * PolNeAR reader (../shared/corpora/quotes-polnear/README.md): texts, the canonical annotator's
 * attribution events (rule C0), quotation-mark segments (C1) and event types (C2).
 * Reads the corpus in place; nothing of it is copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Split = 'train' | 'dev' | 'test';

/** ../shared/corpora/quotes-polnear, resolved from the repository root. */
export const POLNEAR_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../..',
  '../shared/corpora/quotes-polnear',
);

export interface Span {
  start: number;
  end: number;
}

export interface Event {
  id: string;
  type: string;
  source: Span[] | null;
  sourceText: string | null;
  cue: Span[] | null;
  /** Content and Content2 fragments together. */
  content: Span[];
  kind: 'pure' | 'mixed' | 'indirect';
}

export interface Doc {
  name: string;
  text: string;
  events: Event[];
  /** C1 quotation-mark segments, marks included. */
  segments: Span[];
}

export function polnearAvailable(): boolean {
  return existsSync(resolve(POLNEAR_DIR, 'data/metadata.tsv'));
}

/** Canonical annotator per article (C0): the first id in the metadata `annotators` column. */
function canonicalAnnotators(): Map<string, { split: string; annotator: string }> {
  const rows = readFileSync(resolve(POLNEAR_DIR, 'data/metadata.tsv'), 'utf8').split('\n');
  const header = rows[0]!.split('\t');
  const iComp = header.indexOf('compartment');
  const iName = header.indexOf('filename');
  const iAnn = header.indexOf('annotators');
  const out = new Map<string, { split: string; annotator: string }>();
  for (const row of rows.slice(1)) {
    if (!row.trim()) continue;
    const cols = row.split('\t');
    out.set(cols[iName]!, { split: cols[iComp]!, annotator: cols[iAnn]!.split('|')[0]! });
  }
  return out;
}

function parseSpans(s: string): Span[] {
  return s.split(';').map((frag) => {
    const [a, b] = frag.trim().split(' ');
    return { start: Number(a), end: Number(b) };
  });
}

interface TextBound {
  label: string;
  spans: Span[];
}

/** brat standoff: T lines (spans), E lines (events); continuation lines of a span text are skipped. */
export function parseAnn(ann: string, text: string): Omit<Event, 'kind'>[] {
  const tb = new Map<string, TextBound>();
  const evs: { id: string; type: string; roles: [string, string][] }[] = [];
  for (const line of ann.split('\n')) {
    let m = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (m) {
      tb.set(m[1]!, { label: m[2]!, spans: parseSpans(m[3]!) });
      continue;
    }
    m = /^(E\d+)\t(.*)$/.exec(line);
    if (m) {
      const parts = m[2]!
        .trim()
        .split(/\s+/)
        .map((p) => p.split(':') as [string, string]);
      evs.push({ id: m[1]!, type: parts[0]![0], roles: parts.slice(1) });
    }
  }
  return evs.map((e) => {
    let source: Span[] | null = null;
    let cue: Span[] | null = null;
    const content: Span[] = [];
    for (const [role, tid] of e.roles) {
      const t = tb.get(tid);
      if (!t) continue;
      if (role === 'Source') source = t.spans;
      else if (role === 'Cue') cue = t.spans;
      else if (role.startsWith('Content')) content.push(...t.spans);
    }
    const sourceText = source ? source.map((s) => text.slice(s.start, s.end)).join(' ') : null;
    return { id: e.id, type: e.type, source, sourceText, cue, content };
  });
}

/** C1: quotation-mark segments, line by line; curly and straight marks independently. */
export function quoteSegments(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let open = -1;
    const straight: number[] = [];
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text[i];
      if (c === '“') {
        if (open < 0) open = i;
      } else if (c === '”') {
        if (open >= 0) {
          out.push({ start: open, end: i + 1 });
          open = -1;
        }
      } else if (c === '"') straight.push(i);
    }
    if (open >= 0) out.push({ start: open, end: lineEnd });
    for (let k = 0; k < straight.length; k += 2) {
      const a = straight[k]!;
      const b = straight[k + 1];
      out.push({ start: a, end: b === undefined ? lineEnd : b + 1 });
    }
    lineStart = lineEnd + 1;
  }
  return out.filter((s) => s.end - s.start >= 3).sort((a, b) => a.start - b.start);
}

// prettier-ignore
const DROPPED = new Set([' ', '\t', '\n', '\r', '.', ',', ';', ':', '—', '–', '-']);

/** C2: pure direct (frac >= 0.95), mixed, or indirect, from how much content lies in segments. */
export function eventKind(text: string, content: Span[], segments: Span[]): Event['kind'] {
  const inSegment = new Uint8Array(text.length + 1);
  for (const s of segments) inSegment.fill(1, s.start, s.end);
  let total = 0;
  let inside = 0;
  const seen = new Set<number>();
  for (const f of content) {
    for (let i = f.start; i < f.end; i++) {
      if (seen.has(i)) continue;
      seen.add(i);
      const ch = text[i]!;
      if (DROPPED.has(ch) || /\s/.test(ch)) continue;
      total++;
      if (inSegment[i]) inside++;
    }
  }
  const frac = total === 0 ? 0 : inside / total;
  return frac >= 0.95 ? 'pure' : frac > 0 ? 'mixed' : 'indirect';
}

export function loadSplit(split: Split): Doc[] {
  const annotators = canonicalAnnotators();
  const docs: Doc[] = [];
  for (const [name, meta] of annotators) {
    if (meta.split !== split) continue;
    const txtPath = resolve(POLNEAR_DIR, 'data', split, 'text', `${name}.txt`);
    const annPath = resolve(POLNEAR_DIR, 'data', split, 'attributions', `${name}_${meta.annotator}.ann`);
    if (!existsSync(txtPath) || !existsSync(annPath)) continue;
    const text = readFileSync(txtPath, 'utf8');
    const segments = quoteSegments(text);
    const events = parseAnn(readFileSync(annPath, 'utf8'), text).map((e) => ({
      ...e,
      kind: eventKind(text, e.content, segments),
    }));
    docs.push({ name, text, events, segments });
  }
  docs.sort((a, b) => (a.name < b.name ? -1 : 1));
  return docs;
}
