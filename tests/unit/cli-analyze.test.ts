import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, exampleExpected } from '../helpers/fixtures';

const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
const cli = resolve(ROOT, 'src/cli/analyze.ts');

function run(args: string[]): { status: number; lines: Record<string, any>[]; stderr: string } {
  try {
    const out = execFileSync(tsx, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return {
      status: 0,
      lines: out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
      stderr: '',
    };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return {
      status: err.status,
      lines: err.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
      stderr: err.stderr,
    };
  }
}

describe('analyze command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-cli-'));
  const text = join(dir, 'plain.txt');
  writeFileSync(text, 'Angela Merkel met Emmanuel Macron in Paris on Tuesday. "We agree," Merkel said.\n');
  const binary = join(dir, 'image.bin');
  // prettier-ignore
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
  const page = resolve(ROOT, 'tests/fixtures/pages/us-venezuela.html');

  it('prints one contract line per file, an error line for a bad file, and exits 1', { timeout: 60_000 }, () => {
    const { status, lines } = run([page, join(dir, 'missing.html'), binary]);
    expect(status).toBe(1);
    expect(lines).toHaveLength(3);
    const [ok, missing, bin] = lines as [any, any, any];
    expect(ok.file).toBe(page);
    expect(ok.article.title).toBe(exampleExpected().article.title);
    // prettier-ignore
    expect(Object.keys(ok.article).sort()).toEqual(['blocks', 'byline', 'lang', 'publishedTime', 'siteName', 'text', 'title']);
    // The blocks cover the text: "\n\n" between two, the first at 0, the last at its end.
    const blocks = ok.article.blocks as { start: number; end: number; kind: string }[];
    expect(blocks[0]!.start).toBe(0);
    expect(blocks[blocks.length - 1]!.end).toBe(ok.article.text.length);
    for (let i = 1; i < blocks.length; i++)
      expect(ok.article.text.slice(blocks[i - 1]!.end, blocks[i]!.start)).toBe('\n\n');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => ok.article.text.slice(b.start, b.end))).toContain(
      'Phone call with Maduro',
    );
    expect(Array.isArray(ok.entities) && Array.isArray(ok.quotes)).toBe(true);
    expect(typeof ok.timings.detectMs).toBe('number');
    expect(typeof ok.timings.analyzeMs).toBe('number');
    expect(missing).toEqual({ file: join(dir, 'missing.html'), error: 'file not found' });
    expect(bin.error).toMatch(/binary/);
    // Offsets point into article.text, and analyze never adds Wikipedia notes.
    for (const e of ok.entities) {
      for (const m of e.mentions) expect(ok.article.text.slice(m.start, m.end)).toBe(m.text);
      expect(e.notes.every((n: any) => n.source !== 'wikipedia')).toBe(true);
    }
    for (const q of ok.quotes) expect(q.start).toBe(q.spans[0].start);
  });

  it('reads plain text exactly with --text and exits 0', { timeout: 60_000 }, () => {
    const { status, lines } = run(['--text', text]);
    expect(status).toBe(0);
    expect(lines[0]!.article.text).toBe(
      'Angela Merkel met Emmanuel Macron in Paris on Tuesday. "We agree," Merkel said.\n',
    );
    expect(lines[0]!.article.blocks).toEqual([{ start: 0, end: lines[0]!.article.text.length, kind: 'paragraph' }]);
    expect(lines[0]!.entities.map((e: any) => e.name)).toEqual(
      expect.arrayContaining(['Angela Merkel', 'Emmanuel Macron', 'Paris']),
    );
  });

  it('gives article null for a page without an article', { timeout: 60_000 }, () => {
    const empty = join(dir, 'search.html');
    writeFileSync(empty, '<html><body><form><input name=q></form><a href=/x>Home</a></body></html>');
    const { status, lines } = run([empty]);
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({ article: null, entities: [], quotes: [] });
  });

  it(
    'refuses an empty file, a missing file and plain text given without --text, each with a message',
    { timeout: 180_000 },
    () => {
      const blank = join(dir, 'blank.html');
      writeFileSync(blank, '  \n');
      const cases: [string[], RegExp][] = [
        [[blank], /empty file/],
        [['--text', blank], /empty file/],
        [[join(dir, 'nowhere.html')], /file not found/],
        [[text], /plain text, not HTML: give --text/],
        [
          ['Angela Merkel met Emmanuel Macron.'],
          /file not found \(analyze reads files: save the text to a file and give --text FILE\)/,
        ],
      ];
      for (const [args, message] of cases) {
        const { status, lines, stderr } = run(args);
        expect(status, args.join(' ')).toBe(1);
        expect(lines).toHaveLength(1);
        expect(lines[0]!.error).toMatch(message);
        expect(stderr).toMatch(message);
      }
    },
  );

  it('rejects unknown options with a usage message', { timeout: 60_000 }, () => {
    const { status, stderr } = run(['--nope', text]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage: analyze/);
  });
});
