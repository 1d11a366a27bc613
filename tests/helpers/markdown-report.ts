/**
 * The Markdown the eval and bench scripts write with `--markdown`: one dated section with the
 * machine it ran on, then the figures the script printed, ready for docs/measurements.md.
 *
 *   --markdown          print the section after the usual output
 *   --markdown=append   append it to docs/measurements.md instead
 *
 * `npm run eval` runs several scripts (tests/eval/all.ts); it sets GLOSS_MARKDOWN_PARTS to a
 * file where each script appends its part, and writes one section around all of them.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { cpus, loadavg, release, type as osType } from 'node:os';
import { resolve } from 'node:path';
import { ROOT } from './fixtures';

export const MEASUREMENTS = resolve(ROOT, 'docs/measurements.md');
/** The file a runner of several scripts collects their parts in (see tests/eval/all.ts). */
export const PARTS_ENV = 'GLOSS_MARKDOWN_PARTS';

export interface Machine {
  cpu: string;
  cores: number;
  os: string;
  node: string;
  /** 1, 5 and 15 minute load averages */
  load: number[];
}

export function machine(): Machine {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown CPU',
    cores: c.length,
    os: `${osType()} ${release()}`,
    node: process.version,
    load: loadavg(),
  };
}

const loadText = (load: readonly number[]): string => load.map((x) => x.toFixed(2)).join(' ');

/** "Machine: AMD EPYC 7B13, 2 cores; Linux 6.1.0; node v20.20.2; load average 1.52 1.40 1.33 at start, … at end". */
export function machineLine(m: Machine, loadAtEnd?: readonly number[]): string {
  const end = loadAtEnd ? `, ${loadText(loadAtEnd)} at end` : '';
  return `Machine: ${m.cpu}, ${m.cores} cores; ${m.os}; node ${m.node}; load average ${loadText(m.load)}${loadAtEnd ? ' at start' : ''}${end}.`;
}

/** "2026-12-07 13:40 UTC" */
export function utcStamp(d: Date): string {
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

const cell = (v: string | number): string =>
  String(v)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');

/** A Markdown table, one line per row; `|` in a cell is escaped, line breaks become spaces. */
export function mdTable(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** The commit the figures are of, "abc1234" or "abc1234-dirty"; null outside a git checkout. */
export function commitOf(root = ROOT): string | null {
  try {
    return (
      execFileSync('git', ['describe', '--always', '--dirty'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || null
    );
  } catch {
    return null;
  }
}

export interface Section {
  /** what ran, e.g. "npm run eval:ner" */
  title: string;
  date: Date;
  machine: Machine;
  loadAtEnd?: readonly number[];
  commit: string | null;
  /** the figures, Markdown lines */
  body: readonly string[];
}

export function renderSection(s: Section): string {
  const at = s.commit ? `, at ${s.commit}` : '';
  return (
    [`## ${s.title} (${utcStamp(s.date)}${at})`, '', machineLine(s.machine, s.loadAtEnd), '', ...s.body]
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

/** A script's part inside a runner's section. */
export function renderPart(title: string, body: readonly string[]): string {
  return (
    [`### ${title}`, '', ...body]
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

export type MarkdownMode = 'print' | 'append';

/** `--markdown` → print, `--markdown=append` → append; null without the flag. Throws on another value. */
export function markdownMode(argv: readonly string[]): MarkdownMode | null {
  let mode: MarkdownMode | null = null;
  for (const a of argv) {
    if (a === '--markdown') mode = 'print';
    else if (a.startsWith('--markdown=')) {
      const v = a.slice('--markdown='.length);
      if (v !== 'append' && v !== 'print')
        throw new Error(`--markdown=${v}: use --markdown (print) or --markdown=append`);
      mode = v;
    }
  }
  return mode;
}

/** The arguments without the --markdown flag, for scripts that parse their own. */
export function withoutMarkdownFlag(argv: readonly string[]): string[] {
  return argv.filter((a) => a !== '--markdown' && !a.startsWith('--markdown='));
}

/** Prints the section, or appends it to docs/measurements.md. */
export function writeSection(mode: MarkdownMode, text: string, file = MEASUREMENTS): void {
  if (mode === 'append') {
    appendFileSync(file, `\n${text}`);
    console.log(`\nMarkdown section appended to ${file}`);
  } else console.log(`\n<!-- Markdown for docs/measurements.md -->\n\n${text}`);
}

/**
 * A script's report: started when the script starts (the date and the load at start), written at
 * its end if `--markdown` was given or a runner collects parts; otherwise nothing happens.
 */
export class MarkdownReport {
  readonly date = new Date();
  readonly machine = machine();
  private readonly body: string[] = [];
  private readonly mode: MarkdownMode | null;
  private readonly partsFile: string | null;

  constructor(
    readonly title: string,
    argv: readonly string[] = process.argv.slice(2),
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.partsFile = env[PARTS_ENV] || null;
    this.mode = markdownMode(argv);
  }

  get on(): boolean {
    return this.mode !== null || this.partsFile !== null;
  }

  /** Adds Markdown lines (a paragraph, a table); a blank line follows each call. */
  add(...lines: string[]): void {
    this.body.push(...lines, '');
  }

  table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
    this.add(...mdTable(head, rows));
  }

  /** Writes the section (or the part, under a runner). Call once, at the end. */
  finish(): void {
    if (this.partsFile) appendFileSync(this.partsFile, `\n${renderPart(this.title, this.body)}`);
    else if (this.mode)
      writeSection(
        this.mode,
        renderSection({
          title: this.title,
          date: this.date,
          machine: this.machine,
          loadAtEnd: loadavg(),
          commit: commitOf(),
          body: this.body,
        }),
      );
  }
}
