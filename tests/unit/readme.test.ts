/**
 * The README stays a short read for newcomers (the dated figures and design notes live in docs/),
 * and the documents it points to exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures';

/** The relative link targets of a Markdown text, without their #fragment. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!.split('#')[0]!)
    .filter((t) => t !== '' && !/^[a-z]+:/i.test(t));
}

describe('README', () => {
  it('is under 10 KB', () => {
    expect(readFileSync(join(ROOT, 'README.md')).length).toBeLessThan(10_000);
  });

  it('and the docs link only to files that exist', () => {
    const files = [
      'README.md',
      ...readdirSync(join(ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    const missing = files.flatMap((f) =>
      relativeLinks(readFileSync(join(ROOT, f), 'utf8'))
        .filter((t) => !existsSync(resolve(dirname(join(ROOT, f)), t)))
        .map((t) => `${f} -> ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('finds relative links and leaves web addresses alone', () => {
    expect(relativeLinks('[a](docs/x.md) [b](https://e.org/y) [c](x.md#part) [d](#top)')).toEqual([
      'docs/x.md',
      'x.md',
    ]);
  });
});
