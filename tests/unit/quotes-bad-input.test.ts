/**
 * Bad input: unbalanced marks, a page that is one long quotation, ten thousand quotation marks,
 * code with string literals. No exception, no quotation spanning half the article, and time
 * that grows about linearly with the input.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/nlp/quotes';
import { MAX_QUOTE_PARAGRAPHS } from '../../src/core/nlp/quotes/marks';
import type { Quote } from '../../src/core/analysis/contract';

const para = 'The council met on Tuesday to discuss the budget and the new school buildings in the north of the city.';

function sane(text: string, quotes: Quote[]): void {
  for (const q of quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.end - q.start).toBeLessThan(Math.max(text.length / 2, 4000));
    for (const s of q.spans) expect(s.end).toBeGreaterThan(s.start);
    if (q.speaker?.mention) expect(q.speaker.mention.end).toBeLessThanOrEqual(text.length);
  }
}

/** CPU milliseconds of one run (wall time on a shared machine mostly measures other jobs). */
/** Runs the scanner and checks its output; durations are the benchmark's business, not the tests'. */
function scan(text: string): Quote[] {
  const quotes = findQuotes(text, []);
  sane(text, quotes);
  return quotes;
}

describe('bad input', () => {
  it('unbalanced marks', () => {
    // prettier-ignore
    for (const t of ['He said "yes and " then " more', '““““ ”', '” stray closer', 'a ‘ b ’ c ‘', '"', '“', "'", '', '\n\n\n', '"""" ""', '“A,” he said, “']) {
      expect(() => sane(t, findQuotes(t, []))).not.toThrow();
    }
  });

  it('a page that is one long quotation (every paragraph opens with a mark, none closes)', () => {
    const text = Array.from({ length: 200 }, () => '“' + para).join('\n\n');
    const quotes = findQuotes(text, []);
    sane(text, quotes);
    for (const q of quotes) expect(q.spans.length).toBeLessThanOrEqual(MAX_QUOTE_PARAGRAPHS);
  });

  it('one huge closed quotation is not taken for speech', () => {
    const text = 'He said: "' + (para + ' ').repeat(400) + '"';
    sane(text, findQuotes(text, []));
    expect(findQuotes(text, [])).toEqual([]);
  });

  // A super-linear scan over ten thousand marks would hit the time-out.
  it('ten thousand quotation marks', () => {
    for (const unit of ['"', "'x' ", '"a" ', '“"‘’ ']) scan(unit.repeat(10_000));
  });

  it('quotes inside code blocks are not speech', () => {
    const code =
      'const greeting = "hello";\nprintf("%d items\\n", n);\nif (name === "admin") { return "ok"; }\nconsole.log("Hello, world");';
    expect(findQuotes(code, [])).toEqual([]);
  });

  it('finds the same quotes in every copy of a repeated article', () => {
    const unit =
      Array.from(
        { length: 10 },
        (_, i) =>
          `“Point number ${i} is simple,” said Jane Smith.\n\n${para} “We ${i} will see” he added. O’Brien’s ‘view’ is ’90s.`,
      ).join('\n\n') + '\n\n';
    const one = scan(unit).length;
    expect(one).toBeGreaterThan(0);
    expect(scan(unit.repeat(20)).length).toBe(one * 20);
  });
});
