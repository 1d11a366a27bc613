// @vitest-environment jsdom
/**
 * Property tests of the article text's invisible characters (src/core/article/invisible.ts): random
 * DOM fragments, from a seeded generator, whose text holds soft hyphens, zero-width spaces and
 * joiners, bidi marks and byte-order marks among words, whitespace runs, inline elements, <br>
 * and blocks. For every fragment:
 * - each segment copies its node verbatim: text.slice(start, end) === node.data.slice(nodeOffset, …);
 * - segments are sorted and disjoint;
 * - the text holds no invisible character, and its whitespace is collapsed around removed ones;
 * - the text is the fragment's text without its invisible characters (whitespace aside);
 * - any text range mapped back to a DOM Range reads, invisible characters removed, as that range
 *   of the text (whitespace aside).
 */
import { describe, expect, it } from 'vitest';
import { rangeFor } from '../../src/core/article';
import { hasInvisible, removeInvisible } from '../../src/core/article/invisible';
import { collectParagraphs, joinParagraphs } from '../../src/core/article/text-builder';

/** A small seeded generator (mulberry32): the same seed, the same fragments. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof random>;

// prettier-ignore
const INVISIBLES = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u202A', '\u202C', '\u2066', '\u2069', '\u061C', '\u{E0067}'];
// prettier-ignore
const WORDS = ['Vladimir', 'Putin', 'said', 'the', 'talks', 'went', 'well', 'Nicolás', 'Maduro', '“quoted,”', 'end.', '😀', 'e\u0301t\u00E9', 'x'];
const SPACES = [' ', '  ', '\n', '\t', ' \n  '];
const INLINE = ['span', 'b', 'i', 'a', 'em'];
// prettier-ignore
const BLOCK = ['p', 'div', 'blockquote', 'li', 'h2', 'section'];

/** A word with invisible characters inside, before or after it (now and then). */
function word(r: Rng): string {
  let w = r.pick(WORDS);
  const n = r.next() < 0.5 ? r.int(3) : 0;
  for (let i = 0; i < n; i++) {
    const at = r.int(w.length + 1);
    // Never inside a surrogate pair: the generator writes text a page could hold.
    const safe = at > 0 && at < w.length && /[\uDC00-\uDFFF]/.test(w[at]!) ? at - 1 : at;
    w = w.slice(0, safe) + r.pick(INVISIBLES) + w.slice(safe);
  }
  return w;
}

/** A run of text: words, whitespace runs and lone invisible characters. */
function textRun(r: Rng): string {
  let s = '';
  const n = 1 + r.int(5);
  for (let i = 0; i < n; i++) {
    const roll = r.next();
    if (roll < 0.55) s += word(r);
    else if (roll < 0.8) s += r.pick(SPACES);
    else s += r.pick(INVISIBLES) + (r.next() < 0.5 ? r.pick(SPACES) : '');
  }
  return s;
}

function fill(doc: Document, parent: Node, r: Rng, depth: number): void {
  const n = 1 + r.int(4);
  for (let i = 0; i < n; i++) {
    const roll = r.next();
    if (depth > 3 || roll < 0.5) parent.appendChild(doc.createTextNode(textRun(r)));
    else if (roll < 0.58) parent.appendChild(doc.createElement('br'));
    else {
      const el = doc.createElement(roll < 0.8 ? r.pick(INLINE) : r.pick(BLOCK));
      fill(doc, el, r, depth + 1);
      parent.appendChild(el);
    }
  }
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('invisible characters left out of the article text', () => {
  it('random fragments: verbatim segments, no invisible characters, ranges that read back right', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const r = random(seed);
      const doc = document.implementation.createHTMLDocument('t');
      fill(doc, doc.body, r, 0);
      const where = `seed ${seed}: ${doc.body.innerHTML}`;
      const { text, segments } = joinParagraphs(collectParagraphs(doc.body, (t) => t));

      expect(hasInvisible(text), where).toBe(false);
      expect(text, where).not.toMatch(/ {2}| \n|\n | $|^ /);
      expect(squash(text), where).toBe(squash(removeInvisible(doc.body.textContent ?? '')));

      let prev = 0;
      for (const s of segments) {
        expect(s.start, where).toBeGreaterThanOrEqual(prev);
        expect(s.end, where).toBeGreaterThan(s.start);
        expect(text.slice(s.start, s.end), where).toBe(
          s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start)),
        );
        prev = s.end;
      }

      for (let k = 0; k < 12 && text.length; k++) {
        const a = r.int(text.length);
        const b = a + 1 + r.int(Math.min(40, text.length - a));
        const range = rangeFor({ segments }, a, b);
        if (!range) {
          // Only a stretch with no mapped character (breaks, collapsed spaces) has no Range.
          expect(squash(text.slice(a, b)), where).toBe('');
          continue;
        }
        expect(squash(removeInvisible(range.toString())), `${where} [${a}, ${b})`).toBe(squash(text.slice(a, b)));
      }
    }
  });

  it('a soft hyphen inside a name: the text has the whole name, its Range covers the hyphen', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = '<p>President Vladi&shy;mir Pu\u200Btin said\u200B \u200Bso.</p>';
    const { text, segments } = joinParagraphs(collectParagraphs(doc.body, (t) => t));
    expect(text).toBe('President Vladimir Putin said so.');
    const at = text.indexOf('Vladimir Putin');
    const range = rangeFor({ segments }, at, at + 'Vladimir Putin'.length)!;
    expect(range.toString()).toBe('Vladi\u00ADmir Pu\u200Btin');
    const node = doc.body.querySelector('p')!.firstChild as Text;
    expect([range.startContainer, range.startOffset]).toEqual([node, node.data.indexOf('V')]);
    expect([range.endContainer, range.endOffset]).toEqual([node, node.data.indexOf('tin') + 3]);
  });
});
