/**
 * `analyze [--text] FILE...`: prints the analysis contract (design.md), one JSON line per file.
 * HTML by default (gzip accepted); with --text each file's content is the article text exactly.
 * Works offline: no Wikipedia notes. A file that cannot be read or parsed gives an error line,
 * the others still run, and the exit status is 1.
 */
import { analyzeFile, resources } from './run';

const USAGE = 'usage: analyze [--text] FILE...\n  HTML pages (or .html.gz) by default; --text reads plain text files.';

function main(argv: string[]): number {
  const asText = argv.includes('--text');
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--text');
  if (unknown.length) {
    process.stderr.write(`analyze: unknown option ${unknown.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const files = argv.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let res;
  try {
    res = resources();
  } catch (e) {
    process.stderr.write(`analyze: cannot load the entity model: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  let failed = false;
  for (const file of files) {
    const line = analyzeFile(file, asText, res);
    if ('error' in line) failed = true;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
