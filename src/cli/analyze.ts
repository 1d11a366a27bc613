/**
 * `analyze [--text] FILE...`: prints the analysis contract (design.md), one JSON line per file,
 * and nothing else on stdout (`npm run -s analyze -- page.html | jq .`); messages go to stderr.
 * HTML by default (gzip accepted); with --text each file's content is the article text exactly.
 * Works offline: no Wikipedia notes. A file that cannot be read, is empty, or is plain text given
 * without --text gives an error line (and a message on stderr), the others still run, and the
 * exit status is 1.
 */
import { existsSync } from 'node:fs';
import type { AnalysisResult } from '../core/analysis/contract';
import { analyzeHtml, analyzePlainText, readInput, resources, type ErrorLine } from './run';
import type { AnalyzerResources } from '../core/analysis/analyze';

const USAGE = 'usage: analyze [--text] FILE...\n  HTML pages (or .html.gz) by default; --text reads plain text files.';

/** Any tag, comment or doctype: what tells an HTML page from plain text. */
const MARKUP = /<(?:[a-z][\w-]*[\s/>]|!|\/[a-z])/i;

/** Why `content` cannot be analysed as asked, in the reader's terms, or null. */
export function inputProblem(content: string, asText: boolean): string | null {
  if (!content.trim()) return 'empty file';
  if (!asText && !MARKUP.test(content)) return 'plain text, not HTML: give --text to analyse it as article text';
  return null;
}

/** Why a missing `file` is missing: an argument with spaces or line breaks is text, not a name. */
function missingFileProblem(file: string): string {
  return /\s/.test(file.trim())
    ? 'file not found (analyze reads files: save the text to a file and give --text FILE)'
    : 'file not found';
}

/** The content of `file` if it can be analysed as asked, else its error line. */
function readChecked(file: string, asText: boolean): { content: string } | ErrorLine {
  let content: string;
  try {
    content = readInput(file);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { file, error: message === 'file not found' && !existsSync(file) ? missingFileProblem(file) : message };
  }
  const problem = inputProblem(content, asText);
  return problem ? { file, error: problem } : { content };
}

function analyzeContent(
  file: string,
  content: string,
  asText: boolean,
  res: AnalyzerResources,
): AnalysisResult | ErrorLine {
  try {
    return asText ? analyzePlainText(file, content, res) : analyzeHtml(file, content, res);
  } catch (e) {
    return { file, error: e instanceof Error ? e.message : String(e) };
  }
}

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
  // Loaded for the first file that can be analysed: a run of bad files answers at once.
  let res: AnalyzerResources | undefined;
  let failed = false;
  for (const file of files) {
    const input = readChecked(file, asText);
    if (!res && !('error' in input)) {
      try {
        res = resources();
      } catch (e) {
        process.stderr.write(`analyze: cannot load the entity model: ${e instanceof Error ? e.message : String(e)}\n`);
        return 1;
      }
    }
    const line = 'error' in input ? input : analyzeContent(file, input.content, asText, res!);
    if ('error' in line) {
      failed = true;
      process.stderr.write(`analyze: ${file}: ${line.error}\n`);
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
