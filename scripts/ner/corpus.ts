/**
 * Readers for the NER corpora in ../shared/corpora (never copied into the repo).
 *  - conll2003/{train,dev,test}.txt: "word POS chunk TAG", IOB2, -DOCSTART- before each document.
 *  - wikigold/wikigold.conll.txt: "word TAG", IO tags, -DOCSTART- after each document.
 * A document becomes text the way the eval rebuilds it: tokens joined by spaces, sentences by "\n";
 * gold entities are exact character spans in that text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldSpan {
  type: string; // PER | LOC | ORG | MISC
  start: number;
  end: number;
}

export interface GoldDoc {
  text: string;
  spans: GoldSpan[];
  tokenCount: number;
  /** a token no span covers is O, or MISC when the model says MISC (readings leave MISC names out) */
  loose?: boolean;
  /** character ranges whose tokens teach nothing (the label is unknown) */
  ignore?: [number, number][];
}

/** Repo root (this file lives in scripts/ner/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPORA = resolve(REPO_ROOT, '../shared/corpora');

export function corpusPath(rel: string): string | null {
  const p = resolve(CORPORA, rel);
  return existsSync(p) ? p : null;
}

interface RawSentence {
  words: string[];
  tags: string[];
}

function docFromSentences(sents: RawSentence[]): GoldDoc {
  const lines: string[] = [];
  const spans: GoldSpan[] = [];
  let offset = 0;
  let tokenCount = 0;
  for (const s of sents) {
    let pos = offset;
    let open: GoldSpan | null = null;
    let prevType = 'O';
    s.words.forEach((w, i) => {
      const tag = s.tags[i]!;
      const type = tag === 'O' ? 'O' : tag.slice(2);
      // IOB2 and IO both: a new span starts at B-, or at I- after O / another type.
      const begins = type !== 'O' && (tag.startsWith('B-') || prevType !== type);
      if (open && (type === 'O' || begins)) {
        spans.push(open);
        open = null;
      }
      if (begins) open = { type, start: pos, end: pos + w.length };
      else if (open) open.end = pos + w.length;
      prevType = type;
      pos += w.length + 1;
    });
    if (open) spans.push(open);
    const line = s.words.join(' ');
    lines.push(line);
    offset += line.length + 1;
    tokenCount += s.words.length;
  }
  return { text: lines.join('\n'), spans, tokenCount };
}

/** Parse a CoNLL-style file; `docStartAfter` is true for wikigold (marker ends a document). */
function parseColumns(path: string, docStartAfter: boolean): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let sents: RawSentence[] = [];
  let cur: RawSentence = { words: [], tags: [] };
  const endSentence = (): void => {
    if (cur.words.length) sents.push(cur);
    cur = { words: [], tags: [] };
  };
  const endDoc = (): void => {
    endSentence();
    if (sents.length) docs.push(docFromSentences(sents));
    sents = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') {
      void docStartAfter; // the marker ends the previous document in both layouts
      endDoc();
      continue;
    }
    cur.words.push(cols[0]!);
    cur.tags.push(cols[cols.length - 1]!);
  }
  endDoc();
  return docs;
}

export function readConll(split: 'train' | 'dev' | 'test'): GoldDoc[] | null {
  const p = corpusPath(`conll2003/${split}.txt`);
  return p ? parseColumns(p, false) : null;
}

/**
 * Wikigold, split by document so that what is reported is never trained on:
 * documents with an even index (0, 2, 4, ...; 73 of 145) may be used for training ('train'),
 * documents with an odd index (72 of 145) are the held-out evaluation set ('heldout').
 */
export function readWikigold(part: 'train' | 'heldout' | 'all'): GoldDoc[] | null {
  const p = corpusPath('wikigold/wikigold.conll.txt');
  if (!p) return null;
  const docs = parseColumns(p, true);
  if (part === 'all') return docs;
  return docs.filter((_, i) => (i % 2 === 0) === (part === 'train'));
}
