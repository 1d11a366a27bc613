/**
 * The Markdown the eval and bench scripts write with --markdown (tests/helpers/markdown-report.ts):
 * a dated section with the machine, tables that survive any cell, the flag's forms, and where a
 * report goes (printed, appended to a file, or handed to the runner of several scripts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  machine,
  machineLine,
  markdownMode,
  MarkdownReport,
  mdTable,
  PARTS_ENV,
  renderSection,
  utcStamp,
  withoutMarkdownFlag,
  writeSection,
  type Machine,
} from '../helpers/markdown-report';

const M: Machine = { cpu: 'AMD EPYC 7B13', cores: 2, os: 'Linux 6.1.0', node: 'v20.20.2', load: [1.5, 1.404, 1.3] };

describe('machine header', () => {
  it('names the CPU, cores, OS, node version and load average', () => {
    expect(machineLine(M)).toBe(
      'Machine: AMD EPYC 7B13, 2 cores; Linux 6.1.0; node v20.20.2; load average 1.50 1.40 1.30.',
    );
  });

  it('gives the load at the end beside the load at the start when known', () => {
    expect(machineLine(M, [2, 2.5, 1])).toBe(
      'Machine: AMD EPYC 7B13, 2 cores; Linux 6.1.0; node v20.20.2; load average 1.50 1.40 1.30 at start, 2.00 2.50 1.00 at end.',
    );
  });

  it('reads this machine', () => {
    const m = machine();
    expect(m.cores).toBeGreaterThan(0);
    expect(m.node).toBe(process.version);
    expect(m.load).toHaveLength(3);
    expect(m.cpu.length).toBeGreaterThan(0);
  });
});

describe('date', () => {
  it('is the UTC day and minute', () => {
    expect(utcStamp(new Date('2026-12-07T09:05:59.900Z'))).toBe('2026-12-07 09:05 UTC');
  });
});

describe('tables', () => {
  it('have a header, a separator and one line per row', () => {
    expect(
      mdTable(
        ['type', 'F1'],
        [
          ['PER', '0.9176'],
          ['micro', 0.8848],
        ],
      ),
    ).toEqual(['| type | F1 |', '|---|---|', '| PER | 0.9176 |', '| micro | 0.8848 |']);
  });

  it('escape a bar and fold a line break inside a cell', () => {
    expect(mdTable(['a'], [['x | y\n  z']])[2]).toBe('| x \\| y z |');
  });
});

describe('a section', () => {
  it('starts with the title, date and commit, then the machine, then the figures', () => {
    const text = renderSection({
      title: 'npm run eval:ner',
      date: new Date('2026-12-07T13:40:00Z'),
      machine: M,
      commit: 'abc1234',
      body: ['Figures:', '', '', '', ...mdTable(['a'], [[1]]), ''],
    });
    // prettier-ignore
    expect(text).toBe(
      ['## npm run eval:ner (2026-12-07 13:40 UTC, at abc1234)', '', 'Machine: AMD EPYC 7B13, 2 cores; Linux 6.1.0; node v20.20.2; load average 1.50 1.40 1.30.', '', 'Figures:', '', '| a |', '|---|', '| 1 |', ''].join('\n'),
    );
  });

  it('leaves the commit out when there is none', () => {
    expect(
      renderSection({ title: 't', date: new Date('2026-01-02T03:04:00Z'), machine: M, commit: null, body: [] }).split(
        '\n',
      )[0],
    ).toBe('## t (2026-01-02 03:04 UTC)');
  });
});

describe('the --markdown flag', () => {
  it('prints, or appends to docs/measurements.md', () => {
    expect(markdownMode([])).toBeNull();
    expect(markdownMode(['-v', '--markdown'])).toBe('print');
    expect(markdownMode(['--markdown=append'])).toBe('append');
    expect(() => markdownMode(['--markdown=file.md'])).toThrow(/--markdown=append/);
  });

  it('is taken out of the arguments a script parses itself', () => {
    expect(withoutMarkdownFlag(['--half', 'tune', '--markdown', '--markdown=append', '-v'])).toEqual([
      '--half',
      'tune',
      '-v',
    ]);
  });
});

describe('where a report goes', () => {
  let dir: string | null = null;
  afterEach(() => {
    vi.restoreAllMocks();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it('nowhere without the flag', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = new MarkdownReport('npm run eval:linking', [], {});
    r.add('text');
    r.finish();
    expect(r.on).toBe(false);
    expect(log).not.toHaveBeenCalled();
  });

  it('appended to the file after what it holds', () => {
    dir = mkdtempSync(join(tmpdir(), 'gloss-md-'));
    const file = join(dir, 'measurements.md');
    writeFileSync(file, '# Measurements\n\nolder figures\n');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    writeSection('append', '## newer\n', file);
    expect(readFileSync(file, 'utf8')).toBe('# Measurements\n\nolder figures\n\n## newer\n');
  });

  it("to the runner's parts file, as a part without the machine", () => {
    dir = mkdtempSync(join(tmpdir(), 'gloss-md-'));
    const parts = join(dir, 'parts.md');
    writeFileSync(parts, '');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = new MarkdownReport('npm run eval:ner', [], { [PARTS_ENV]: parts });
    expect(r.on).toBe(true);
    r.table(['type', 'F1'], [['micro', '0.8848']]);
    r.finish();
    expect(readFileSync(parts, 'utf8')).toBe(
      '\n### npm run eval:ner\n\n| type | F1 |\n|---|---|\n| micro | 0.8848 |\n',
    );
    expect(log).not.toHaveBeenCalled();
  });
});
