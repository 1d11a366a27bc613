/**
 * Whether a value received from elsewhere (the background's reply, as parsed JSON) is an Analysis
 * of a text of a given length: every field the sidebar and the highlighter read has its type, and
 * every offset lies inside the text. Fields this check does not know are let through (the
 * contract may gain fields); anything else wrong makes the whole analysis untrusted.
 */
import type { Analysis } from './contract';
import { ENTITY_TYPES as TYPE_LIST, NOTE_SOURCES as SOURCE_LIST } from './entity-types';

type Obj = Record<string, unknown>;

const ENTITY_TYPES: ReadonlySet<unknown> = new Set(TYPE_LIST.map((t) => t.type));
const NOTE_SOURCES: ReadonlySet<unknown> = new Set(SOURCE_LIST.map((s) => s.source));

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function everyOf(v: unknown, ok: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!ok(x)) return false;
  return true;
}

export function isAnalysisOf(v: unknown, textLength: number): v is Analysis {
  const span = (s: unknown): boolean =>
    isObj(s) && isCount(s.start) && isCount(s.end) && s.start <= s.end && s.end <= textLength;
  const mention = (m: unknown): boolean => span(m) && isStr((m as Obj).text);
  const note = (n: unknown): boolean =>
    isObj(n) && NOTE_SOURCES.has(n.source) && isStr(n.text) && (n.url === undefined || isStr(n.url));
  const entity = (e: unknown): boolean =>
    isObj(e) &&
    isStr(e.id) &&
    isStr(e.name) &&
    ENTITY_TYPES.has(e.type) &&
    (e.typeUncertain === undefined || e.typeUncertain === true) &&
    everyOf(e.aliases, isStr) &&
    strOrNull(e.role) &&
    everyOf(e.mentions, mention) &&
    everyOf(e.notes, note);
  const speaker = (s: unknown): boolean =>
    s === null || (isObj(s) && strOrNull(s.entityId) && isStr(s.name) && (s.mention === null || span(s.mention)));
  const quote = (q: unknown): boolean =>
    span(q) &&
    isStr((q as Obj).text) &&
    everyOf((q as Obj).spans, span) &&
    ((q as Obj).kind === 'full' || (q as Obj).kind === 'partial') &&
    speaker((q as Obj).speaker) &&
    strOrNull((q as Obj).cue);
  const demonym = (d: unknown): boolean =>
    span(d) &&
    isStr((d as Obj).text) &&
    isStr((d as Obj).country) &&
    isStr((d as Obj).countryName) &&
    strOrNull((d as Obj).entityId) &&
    isStr((d as Obj).note);

  if (!isObj(v) || !everyOf(v.entities, entity) || !everyOf(v.quotes, quote)) return false;
  if (v.unsupported !== undefined && !(isObj(v.unsupported) && isStr(v.unsupported.reason))) return false;
  if (
    v.truncated !== undefined &&
    !(isObj(v.truncated) && isCount(v.truncated.analysedChars) && isCount(v.truncated.totalChars))
  )
    return false;
  return v.demonyms === undefined || everyOf(v.demonyms, demonym);
}
