/**
 * Block quotations: a `blockquote` block of the article is a quotation whether or not it carries
 * quotation marks.
 *
 * - Adjacent blockquote blocks (nothing but a paragraph break between them) are one quotation: a
 *   reader may give each paragraph of one <blockquote> a block of its own, and a quotation running
 *   over several paragraphs is common. A block that ends with its own signature ("— Name", an
 *   embedded post's "— Name (@handle) March 5, 2020") ends its quotation there, so two embedded
 *   posts in a row stay two.
 * - The speaker: the signature inside the block, else the paragraph just before it when that
 *   paragraph introduces it with a colon ("…, he said:", "In a statement, X wrote:", "X:"), read
 *   with the same rules as a marked quotation in the next paragraph; else unattributed.
 * - Quotation marks inside the block: when the marked quotations cover at least half of the
 *   block's words, the block is a styled marked quotation ("“…,” she said." set as a blockquote)
 *   and the marked ones, with their own cues, are listed (taking the block's speaker when they
 *   found none). Otherwise the block is the quotation and the marked ones inside it are quotations
 *   nested in it (nested.ts): a statement quoting what someone said gives those words to them.
 * - A block whose words the article also has outside its block quotations (a pull quote
 *   repeating the body) is not listed again: the body's quotation, with its cue, is the one.
 * - Not quotations: a labelled box (a summary, tip or editor's note: box-labels.ts), and a
 *   one-line callout in the writer's own voice on a page that introduces none of its blocks
 *   (writer-voice.ts).
 */
import type { Entity, Quote, Speaker, TextSpan } from '../../analysis/contract';
import type { Paragraph } from './marks';
import type { Discourse } from './discourse';
import type { Tok } from './words';
import { colonIntro } from './attribution';
import { shownSpeaker, toSpeaker } from './speaker';
import { hasWords, wordsKey } from './word-key';
import { nestedInBlock } from './nested';
import { isLabelledBox } from './box-labels';
import { inWriterVoice } from './writer-voice';

export interface BlockRun extends TextSpan {
  /** The quotation's lines (paragraphs), its signature left out. */
  lines: TextSpan[];
  /** The name a signature line gives, if any. */
  signer: TextSpan | null;
  /** The paragraph just before the run (an index into the paragraphs), or -1. */
  intro: number;
}

/**
 * A run longer than this is no quotation one would list: a page that wraps a whole article or
 * section in a blockquote for its layout. Its marked quotations are then read as elsewhere.
 */
export const MAX_BLOCK_QUOTE_CHARS = 8000;

/** Words of the repeated passage below which a block is not called a pull quote (too common). */
const MIN_REPEATED_WORDS = 5;

/** Lower-case words inside a name: particles, and the joins of an office's name ("City of Austin"). */
const PARTICLE = String.raw`(?:de|da|del|der|den|van|von|bin|ibn|al|la|le|di|du|dos|y|of|the|and|for|&)\s+`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE})*${NAME_WORD}){0,5}`;
const DASH = '[―—–-]';
/** An embedded post's last words: "— Name (@handle) March 5, 2020", on its own line or not. */
const POST_SIGNATURE = new RegExp(
  String.raw`(?:^|\s)${DASH}\s*(${NAME})\s*\(@\w{1,30}\)(?:\s+\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4})?\s*$`,
  'u',
);
/** A last line "— Name" or "- Name, Title". */
const LINE_SIGNATURE = new RegExp(String.raw`^${DASH}\s*(${NAME})(?:\s*,\s*[^\n]{1,120}?)?\s*\.?$`, 'u');

/** The block's signature: where its quotation ends, and the name. */
function signatureOf(text: string, block: TextSpan): { contentEnd: number; name: TextSpan } | null {
  let end = block.end;
  while (end > block.start && /\s/.test(text[end - 1]!)) end--;
  const lineStart = Math.max(block.start, text.lastIndexOf('\n', end - 1) + 1);
  const line = text.slice(lineStart, end);
  const m = POST_SIGNATURE.exec(line) ?? LINE_SIGNATURE.exec(line);
  if (!m) return null;
  const at = lineStart + m.index + m[0].indexOf(m[1]!);
  // ("— Bill Clinton.": the sentence's period, not an initial's)
  const raw = m[1]!.replace(/(\p{L}{3})\.$/u, '$1');
  return { contentEnd: lineStart + m.index, name: { start: at, end: at + raw.length } };
}

/** The blockquote blocks as quotations: adjacent ones joined, each with its lines and signature. */
export function blockRuns(
  text: string,
  blockquotes: readonly TextSpan[],
  paragraphs: readonly Paragraph[],
): BlockRun[] {
  const runs: BlockRun[] = [];
  let pi = 0;
  let i = 0;
  while (i < blockquotes.length) {
    const start = blockquotes[i]!.start;
    let sig = signatureOf(text, blockquotes[i]!);
    let j = i;
    while (
      !sig &&
      j + 1 < blockquotes.length &&
      text.slice(blockquotes[j]!.end, blockquotes[j + 1]!.start).trim() === ''
    ) {
      j++;
      sig = signatureOf(text, blockquotes[j]!);
    }
    const end = blockquotes[j]!.end;
    const contentEnd = sig ? sig.contentEnd : end;
    while (pi < paragraphs.length && paragraphs[pi]!.end <= start) pi++;
    const intro = pi - 1;
    const lines: TextSpan[] = [];
    for (let k = pi; k < paragraphs.length && paragraphs[k]!.start < contentEnd; k++) {
      const p = paragraphs[k]!;
      // (a block that starts or ends inside a line keeps to its own part of it)
      let s = Math.max(p.start, start);
      let e = Math.min(p.end, contentEnd);
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) lines.push({ start: s, end: e });
    }
    const chars = lines.reduce((n, l) => n + l.end - l.start, 0);
    // (a summary or note box set as a blockquote is the page's own voice: box-labels.ts)
    const labelled = lines.length > 0 && isLabelledBox(text.slice(lines[0]!.start, lines[0]!.end));
    if (
      !labelled &&
      lines.some((l) => /\p{L}{2}/u.test(text.slice(l.start, l.end))) &&
      chars <= MAX_BLOCK_QUOTE_CHARS
    ) {
      runs.push({ start, end, lines, signer: sig ? sig.name : null, intro });
    }
    i = j + 1;
  }
  return runs;
}

/** Paragraph indices the speaker search reads: each run's introducing paragraph. */
export function introParagraphs(runs: readonly BlockRun[]): number[] {
  return runs.filter((r) => !r.signer && r.intro >= 0).map((r) => r.intro);
}

/** The speaker a signature names: an entity there, a person named elsewhere, or the name as written. */
function signerSpeaker(text: string, d: Discourse, span: TextSpan): Speaker {
  const raw = text.slice(span.start, span.end);
  const ent = d.entityAt(span.start, span.end);
  if (ent && ent.entity.type !== 'place')
    return { entityId: ent.entity.id, name: ent.entity.name, mention: { ...span } };
  const words = raw.toLowerCase().split(/\s+/);
  const known = d.byLastName.get(words[words.length - 1]!);
  if (known && (words.length === 1 || known.name.toLowerCase().endsWith(words.join(' '))))
    return { entityId: known.entityId, name: known.name, mention: { ...span } };
  return { entityId: null, name: raw, mention: { ...span } };
}

/** Words a speech tag may carry after its verb before the full stop ("said in a statement on Monday"). */
const MAX_TAG_TAIL = 6;

/**
 * A paragraph that leads into the block with an ellipsis instead of a colon ("Google confirmed this
 * in a statement…"): its last sentence introduces the block only when it has a cue of its own (a
 * sentence that merely names someone does not). After a full stop the cue must close the sentence
 * ("…, she said in a statement."): "Nobody knows who wrote the note, which was found taped to the
 * door." before a block says nothing of who speaks in it.
 */
function leadInIntro(toks: readonly Tok[]): ReturnType<typeof colonIntro> {
  const last = toks[toks.length - 1]!;
  if (!/^(?:…|\.{1,3})$/.test(last.text)) return null;
  const got = colonIntro([...toks.slice(0, -1), { ...last, text: ':', lower: ':' }]);
  if (!got?.cue) return null;
  const tail = toks.slice(got.cue.end, -1);
  if (last.text === '.' && (tail.length > MAX_TAG_TAIL || tail.some((t) => t.text === ','))) return null;
  return got;
}

/** The speaker a paragraph ending with a colon introduces ("…, he said:"), with its cue. */
function introSpeaker(text: string, d: Discourse, pi: number): { speaker: Speaker | null; cue: string | null } | null {
  const toks = d.paras[pi]?.toks;
  if (!toks || toks.length === 0) return null;
  const got = colonIntro(toks) ?? leadInIntro(toks);
  if (!got) return null;
  const speaker = toSpeaker(text, d, { np: got.np, cue: got.cue, para: pi, end: toks.length, scope: 'previous' });
  const cue = got.cue ? text.slice(toks[got.cue.first]!.start, toks[got.cue.end - 1]!.end) : null;
  return { speaker, cue };
}

function overlaps(q: Quote, r: TextSpan): boolean {
  return q.spans.some((s) => s.start < r.end && s.end > r.start);
}

/**
 * The quotations of the block runs added to `quotes` (the marked quotations, in text order),
 * with the marked ones inside a block settled as the header says. Returns the list in text order.
 */
export function addBlockQuotes(
  text: string,
  runs: readonly BlockRun[],
  quotes: Quote[],
  d: Discourse,
  entities: Entity[],
): Quote[] {
  if (runs.length === 0) return quotes;
  let outside: string | null = null;
  const dropped = new Set<Quote>();
  const added: Quote[] = [];
  const founds = runs.map((run) =>
    run.signer
      ? { speaker: shownSpeaker(text, signerSpeaker(text, d, run.signer), d), cue: null }
      : run.intro >= 0
        ? introSpeaker(text, d, run.intro)
        : null,
  );
  // (a page that introduces or signs any of its blocks sets quotations as blocks: its blocks
  // without an introduction are quotations too, not the writer's callouts)
  const quotesInBlocks = founds.some((f) => f !== null);
  for (const [ri, run] of runs.entries()) {
    const inside = quotes.filter((q) => overlaps(q, run));
    const found = founds[ri]!;
    // (a callout of the writer's own sentence, no one introducing it: writer-voice.ts)
    if (!quotesInBlocks && run.lines.length === 1 && writerCallout(text, run, d)) continue;
    const chars = run.lines.reduce((n, l) => n + l.end - l.start, 0);
    let covered = 0;
    for (const q of inside)
      for (const s of q.spans) covered += Math.max(0, Math.min(s.end, run.end) - Math.max(s.start, run.start));
    if (inside.length > 0 && covered * 2 >= chars) {
      // A marked quotation set as a block: the marked ones are listed, signed by the block.
      for (const q of inside) {
        if (q.speaker === null && found) {
          q.speaker = found.speaker;
          q.cue = found.cue;
        }
      }
      continue;
    }
    const words = run.lines.map((l) => text.slice(l.start, l.end));
    const key = wordsKey(words.join(' '));
    if (hasWords(key, MIN_REPEATED_WORDS)) {
      outside ??= wordsKey(textOutside(text, runs));
      if (outside.includes(key)) continue;
    }
    for (const q of inside) dropped.add(q);
    const block: Quote = {
      text: words.join(' '),
      start: run.lines[0]!.start,
      end: run.lines[run.lines.length - 1]!.end,
      spans: run.lines.map((l) => ({ start: l.start, end: l.end })),
      kind: 'full',
      speaker: found ? found.speaker : null,
      cue: found ? found.cue : null,
    };
    added.push(block, ...nestedInBlock(text, block, inside, entities));
  }
  const out = quotes.filter((q) => !dropped.has(q)).concat(added);
  return out.sort((a, b) => a.start - b.start);
}

/** Is the run a one-line callout in the writer's voice (the paragraphs around it read as well)? */
function writerCallout(text: string, run: BlockRun, d: Discourse): boolean {
  const line = run.lines[0]!;
  const before = run.intro >= 0 ? d.paras[run.intro]! : null;
  const after = d.paras.find((p) => p.start >= run.end) ?? null;
  return inWriterVoice(text, line, before, after);
}

/** The text with the block runs left out (a paragraph break in place of each). */
function textOutside(text: string, runs: readonly BlockRun[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const r of runs) {
    parts.push(text.slice(at, r.start));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('\n\n');
}
