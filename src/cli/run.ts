/**
 * The `analyze` command's work, importable by the eval and bench scripts: the same article
 * detection and analysis the content script runs, on a jsdom Document.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { AnalysisResult } from '../core/analysis/contract';
import { analyzeText, type AnalyzerResources } from '../core/analysis/analyze';
import { extractArticle } from '../core/article';
import { plainTextBlocks } from '../core/article/block-kinds';
import { loadNerModelFile } from './model-file';
import { lightenHtml } from './lighten-html';
import { speedUpReadabilityForJsdom } from './readability-jsdom';

export type ErrorLine = { file: string; error: string };

export function resources(): AnalyzerResources {
  return { ner: loadNerModelFile() };
}

/** Reads a file as text; `.gz` files are decompressed. Throws with a reader-facing message. */
export function readInput(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot read file (${code ?? String(e)})`,
    );
  }
  if (file.endsWith('.gz')) {
    try {
      buf = gunzipSync(buf);
    } catch {
      throw new Error('not a valid gzip file');
    }
  }
  const probe = buf.subarray(0, 4096);
  let nul = 0;
  for (const b of probe) if (b === 0) nul++;
  if (nul > 0) throw new Error('binary file, not text or HTML');
  return buf.toString('utf8');
}

/**
 * The page as a jsdom Document. Its stylesheets' text and all but the display / visibility
 * declarations of its style attributes are left out before parsing (lighten-html.ts): article
 * detection reads neither, and jsdom's CSS parsing was the larger part of the parse on
 * style-heavy pages. `lighten: false` parses the HTML as it is.
 */
export function parseHtml(
  html: string,
  url = 'https://example.invalid/article',
  opts: { lighten?: boolean } = {},
): Document {
  // Readability will read this jsdom document: its jsdom speed-ups (same results, see there).
  speedUpReadabilityForJsdom(jsdomMutationObserver());
  const source = opts.lighten === false ? html : lightenHtml(html);
  try {
    return makeDom(source, url);
  } catch {
    // jsdom's CSS parser throws on some real-world stylesheets; the article does not need them.
    try {
      return makeDom(source.replace(/<style[\s\S]*?<\/style\s*>/gi, ''), url);
    } catch {
      return makeDom(
        source.replace(/<style[\s\S]*?<\/style\s*>/gi, '').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, ''),
        url,
      );
    }
  }
}

let observerWindow: JSDOM | null = null;

/** jsdom's MutationObserver, from a window of our own (the pages' windows are closed after use). */
function jsdomMutationObserver(): typeof MutationObserver {
  observerWindow ??= new JSDOM('');
  return observerWindow.window.MutationObserver;
}

function makeDom(html: string, url: string): Document {
  // Scripts never run and the page's resources are never fetched (jsdom's defaults).
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export function analyzeHtml(file: string, html: string, res = resources()): AnalysisResult {
  return analyzeHtmlTimed(file, html, res).result;
}

/** analyzeHtml, and how long jsdom's parse took (the CLI's own cost: a browser parses natively). */
export function analyzeHtmlTimed(
  file: string,
  html: string,
  res = resources(),
): { result: AnalysisResult; parseMs: number } {
  const t0 = performance.now();
  const doc = parseHtml(html);
  const parseMs = round(performance.now() - t0);
  try {
    return { result: analyzeDocument(file, doc, res), parseMs };
  } finally {
    // Free the jsdom window: over hundreds of pages an open one each grew the process to ~3 GB.
    doc.defaultView?.close();
  }
}

function analyzeDocument(file: string, doc: Document, res: AnalyzerResources): AnalysisResult {
  const t0 = performance.now();
  // The document was parsed for this alone: Readability may work on it in place (no copy).
  const article = extractArticle(doc, { consume: true });
  const t1 = performance.now();
  if (!article) {
    return { file, article: null, entities: [], quotes: [], timings: { detectMs: round(t1 - t0), analyzeMs: 0 } };
  }
  const analysis = analyzeText(article.text, res, { declaredLang: article.lang, blocks: article.blocks });
  const t2 = performance.now();
  const { title, byline, siteName, lang, publishedTime, text, blocks, partial } = article;
  return {
    file,
    article: { title, byline, siteName, lang, publishedTime, text, blocks, ...(partial ? { partial } : {}) },
    ...analysis,
    timings: { detectMs: round(t1 - t0), analyzeMs: round(t2 - t1) },
  };
}

export function analyzePlainText(file: string, text: string, res = resources()): AnalysisResult {
  const t1 = performance.now();
  const analysis = analyzeText(text, res);
  const t2 = performance.now();
  return {
    file,
    article: {
      title: '',
      byline: null,
      siteName: null,
      lang: null,
      publishedTime: null,
      text,
      blocks: plainTextBlocks(text),
    },
    ...analysis,
    timings: { detectMs: 0, analyzeMs: round(t2 - t1) },
  };
}

export function analyzeFile(file: string, asText: boolean, res?: AnalyzerResources): AnalysisResult | ErrorLine {
  return analyzeFileTimed(file, asText, res).result;
}

/** analyzeFile, with the time spent reading the file and parsing it (0 for --text). */
export function analyzeFileTimed(
  file: string,
  asText: boolean,
  res?: AnalyzerResources,
): { result: AnalysisResult | ErrorLine; readMs: number; parseMs: number } {
  const t0 = performance.now();
  let readMs = 0;
  try {
    const content = readInput(file);
    readMs = round(performance.now() - t0);
    if (asText) return { result: analyzePlainText(file, content, res), readMs, parseMs: 0 };
    const { result, parseMs } = analyzeHtmlTimed(file, content, res);
    return { result, readMs, parseMs };
  } catch (e) {
    return { result: { file, error: e instanceof Error ? e.message : String(e) }, readMs, parseMs: 0 };
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
