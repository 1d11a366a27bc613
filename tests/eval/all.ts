/**
 * `npm run eval`: runs the eval scripts named on the command line (npm script names) one after
 * the other, stopping at the first that fails, as `a && b && c` would. With `--markdown` (or
 * `--markdown=append`) each script writes its figures as a Markdown part, and this runner prints
 * (or appends to docs/measurements.md) one dated section holding them all, with the machine.
 *
 *   node --import tsx/esm tests/eval/all.ts eval:article eval:ner … [--markdown[=append]]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixtures';
import { commitOf, machine, markdownMode, PARTS_ENV, renderSection, writeSection } from '../helpers/markdown-report';

function main(): number {
  const argv = process.argv.slice(2);
  const names = argv.filter((a) => !a.startsWith('-'));
  const flags = argv.filter((a) => a.startsWith('-'));
  const unknown = flags.filter((a) => a !== '--markdown' && !a.startsWith('--markdown='));
  if (unknown.length || !names.length) {
    console.error(
      `eval: ${unknown.length ? `unknown flag ${unknown.join(' ')}` : 'no script named'} (usage: all.ts SCRIPT... [--markdown[=append]]; run one script with npm run eval:<name> for its own flags)`,
    );
    return 2;
  }
  const mode = markdownMode(flags);
  const date = new Date();
  const m = machine();
  const dir = mode ? mkdtempSync(join(tmpdir(), 'gloss-eval-md-')) : null;
  const parts = dir ? join(dir, 'parts.md') : null;
  if (parts) writeFileSync(parts, '');
  let status = 0;
  let stoppedAt: string | null = null;
  for (const name of names) {
    const run = spawnSync('npm', ['run', name], {
      cwd: ROOT,
      stdio: 'inherit',
      env: parts ? { ...process.env, [PARTS_ENV]: parts } : process.env,
    });
    status = run.status ?? 1;
    if (status !== 0) {
      stoppedAt = name;
      break;
    }
  }
  if (mode && parts && dir) {
    const body = [`Scripts: ${names.map((n) => `\`npm run ${n}\``).join(', ')}.`, ''];
    if (stoppedAt) body.push(`Stopped after \`npm run ${stoppedAt}\`, which exited with status ${status}.`, '');
    body.push(readFileSync(parts, 'utf8'));
    writeSection(
      mode,
      renderSection({ title: 'npm run eval', date, machine: m, loadAtEnd: loadavg(), commit: commitOf(), body }),
    );
    rmSync(dir, { recursive: true, force: true });
  }
  return status;
}

process.exitCode = main();
