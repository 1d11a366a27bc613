/**
 * Moves Gloss's files into folders by where their code runs, once, and rewrites every path that
 * names a moved file. Kept in the repository only until the move is done.
 *
 *   node --import tsx/esm scripts/move-layout.mts            moves (clean git tree only), prints what moved
 *   node --import tsx/esm scripts/move-layout.mts --dry-run  prints the plan, changes nothing
 *   node --import tsx/esm scripts/move-layout.mts --crossings
 *                                                            lists the imports that would cross the
 *                                                            new folders' rules, changes nothing
 *
 * The folders (see README, "Layout"):
 *   src/core      pure TypeScript: contract, analysis, nlp, article reading, notes, corrections, settings
 *   src/protocol  the messages between background, content script, offscreen document and pages
 *   src/page      runs in the web page's tab: snapshot of the live DOM, highlights, host, page watching
 *   src/ui        Preact UI: the sidebar, the options page's UI, theme and styles
 *   src/platform  the only code that calls browser.* / chrome.*: background, content-script wiring,
 *                 offscreen document, storage stores, Wikipedia service
 *   src/cli       Node only
 *   extension/    only the entry points the build names (each a line importing src/platform)
 *
 * Files are placed by rules on their directory and name (so files added after this script was
 * written move too), with a table for the exceptions. An entry point that the build or an HTML
 * page names, and that no other module imports, stays where it is as a one-line module that
 * re-exports its moved code; an entry point that other modules import (a chunk of the background,
 * a page module the content script types against) moves, and the build's path to it is rewritten.
 *
 * What is rewritten, in every tracked file outside tests/fixtures and assets:
 * - every string literal that starts with ./ or ../ and names a tracked file from where it is
 *   written (import and export declarations, import(), `typeof import()`, vi.mock(), new URL()):
 *   resolved as the bundler does (.ts, .tsx, .mts, .d.ts, .js for .ts, index files; a ?raw or
 *   ?inline suffix kept), then written again, in the same form, from the importer's new place;
 * - import.meta.glob patterns whose folder moved as a whole;
 * - HTML src= and href= attributes;
 * - every mention of a moved file by its path from the repository root, with its extension
 *   (vite inputs, package.json scripts, the manifest, tests that run the CLI, comments, Markdown);
 * - regular expressions that name a moved file (`extension[\\/]early-listeners\.ts`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const crossingsOnly = args.has('--crossings');

// ---------------------------------------------------------------------------------------------
// Where each file goes

/** Files whose place the rules below would get wrong, with why. Checked before the rules. */
const EXCEPTIONS: Record<string, string> = {
  // The typed messages and their checks are the protocol, whichever side they were written on.
  'src/messages.ts': 'src/protocol/messages.ts',
  'extension/wikipedia/protocol.ts': 'src/protocol/wikipedia.ts',
  'extension/offscreen/protocol.ts': 'src/protocol/offscreen.ts',
  // The settings and corrections stores call storage.* : platform, not the background's folder.
  'extension/settings-store.ts': 'src/platform/storage/settings-store.ts',
  'extension/corrections-store.ts': 'src/platform/storage/corrections-store.ts',
  // The model is fetched from the extension's files by whichever context needs it.
  'extension/model-loader.ts': 'src/platform/model-loader.ts',
  // The options page's entry reads and writes storage; its form and sections are plain UI.
  'extension/options/options.tsx': 'src/platform/options/options.tsx',
};

interface Rule {
  /** Matches a path from the repository root. */
  test: RegExp;
  /** The new path. */
  to: (path: string, m: RegExpMatchArray) => string;
  why: string;
}

/** In order; the first that matches decides. */
const RULES: Rule[] = [
  // Already in the new layout (files added in the new folders meanwhile): stay.
  { test: /^src\/(core|protocol|page|ui|platform|cli)\//, to: (p) => p, why: 'already in place' },
  { test: /^src\/(analysis|nlp|notes|corrections|article|style)\/(.*)$/, to: (_p, m) => `src/core/${m[1]}/${m[2]}`, why: 'pure code' },
  { test: /^src\/sidebar\/(.*)$/, to: (_p, m) => `src/ui/sidebar/${m[1]}`, why: 'Preact UI' },
  { test: /^src\/([^/]+\.tsx?)$/, to: (_p, m) => `src/core/${m[1]}`, why: 'top-level module: pure' },
  { test: /^src\/([^/]+)\/(.*)$/, to: (_p, m) => `src/core/${m[1]}/${m[2]}`, why: 'other folder: pure by default (check it)' },
  // Pages: the HTML stays where the manifest and the build name it.
  { test: /^extension\/.*\.html$/, to: (p) => p, why: 'page the manifest names' },
  { test: /^extension\/options\/(.*)$/, to: (_p, m) => `src/ui/options/${m[1]}`, why: 'options page UI' },
  { test: /^extension\/(content|offscreen|wikipedia)\/(.*)$/, to: (_p, m) => `src/platform/${m[1]}/${m[2]}`, why: 'extension wiring' },
  { test: /^extension\/([^/]+\.tsx?)$/, to: (_p, m) => `src/platform/background/${m[1]}`, why: 'background' },
  { test: /^extension\/([^/]+)\/(.*)$/, to: (_p, m) => `src/platform/${m[1]}/${m[2]}`, why: 'extension wiring' },
];

/** The top-level folders of src/ in the new layout, which nothing inside them may be named. */
const FOLDERS = ['core', 'protocol', 'page', 'ui', 'platform', 'cli'] as const;
type Folder = (typeof FOLDERS)[number] | 'extension' | 'other';

interface Placement {
  to: string;
  why: string;
}

function placeOf(path: string): Placement {
  if (!/^(src|extension)\//.test(path)) return { to: path, why: 'outside src and extension' };
  const exception = EXCEPTIONS[path];
  if (exception) return { to: exception, why: 'exception table' };
  for (const r of RULES) {
    const m = path.match(r.test);
    if (m) return { to: r.to(path, m), why: r.why };
  }
  return { to: path, why: 'no rule' };
}

function folderOf(newPath: string): Folder {
  const m = newPath.match(/^src\/([^/]+)\//);
  if (m && (FOLDERS as readonly string[]).includes(m[1]!)) return m[1] as Folder;
  return newPath.startsWith('extension/') ? 'extension' : 'other';
}

/**
 * Which folders each folder may import (the same table as eslint.config.js). `platform` mounts the
 * page's and the UI's entry modules; eslint.config.js lists them.
 */
const MAY_IMPORT: Record<Folder, readonly Folder[]> = {
  core: ['core'],
  protocol: ['core', 'protocol'],
  page: ['core', 'protocol', 'page'],
  ui: ['core', 'protocol', 'ui'],
  platform: ['core', 'protocol', 'platform', 'page', 'ui'],
  cli: ['core', 'protocol', 'cli'],
  extension: ['core', 'protocol', 'platform', 'extension'],
  other: ['core', 'protocol', 'page', 'ui', 'platform', 'cli', 'extension', 'other'],
};

// ---------------------------------------------------------------------------------------------
// The tree

function git(...a: string[]): string {
  return execFileSync('git', a, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
}

const tracked = git('ls-files', '-z').split('\0').filter(Boolean);
const trackedSet = new Set(tracked);
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
/** Files whose paths are rewritten: never data (fixture pages, assets) or the lock file; code among the fixtures, yes. */
const editable = tracked.filter(
  (f) => (!/^(tests\/fixtures|assets)\//.test(f) || (f.startsWith('tests/fixtures/') && CODE.test(f))) && f !== 'package-lock.json' && existsSync(resolve(root, f)),
);
const TEXT = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx|json|html|md|sh|yml|yaml)$|^\.ci\//;

const moves = new Map<string, Placement>();
for (const f of tracked) moves.set(f, placeOf(f));
const newPathOf = (f: string) => moves.get(f)?.to ?? f;

// ---------------------------------------------------------------------------------------------
// Resolving what a string names

type Form = 'exact' | 'noext' | 'jsext' | 'index';

const EXTS = ['.ts', '.tsx', '.mts', '.d.ts', '.js', '.mjs', '.jsx', '.json'];

/** The tracked file `spec` names from `fromFile`, and how it was written. */
function resolveSpec(fromFile: string, spec: string): { file: string; form: Form; query: string } | null {
  const q = spec.indexOf('?');
  const query = q >= 0 ? spec.slice(q) : '';
  const bare = q >= 0 ? spec.slice(0, q) : spec;
  // Only ./x and ../x: a bare "." or ".." in code is far more often punctuation than a folder.
  if (!/^\.\.?\/./.test(bare)) return null;
  const base = posix.normalize(posix.join(posix.dirname(fromFile), bare));
  if (base.startsWith('..')) return null;
  if (trackedSet.has(base)) return { file: base, form: 'exact', query };
  for (const e of EXTS) if (trackedSet.has(base + e)) return { file: base + e, form: 'noext', query };
  const js = base.match(/^(.*)\.(m?)js$/);
  if (js) for (const e of [`.${js[2]}ts`, '.tsx']) if (trackedSet.has(js[1] + e)) return { file: js[1] + e, form: 'jsext', query };
  for (const e of EXTS) if (trackedSet.has(`${base}/index${e}`)) return { file: `${base}/index${e}`, form: 'index', query };
  return null;
}

function relSpec(fromFile: string, target: string): string {
  const r = posix.relative(posix.dirname(fromFile), target);
  return r.startsWith('.') ? r : `./${r}`;
}

function stripExt(p: string): string {
  return p.replace(/(\.d)?\.(ts|tsx|mts|js|mjs|jsx|json)$/, '');
}

/** `target` (a new path) written from `fromFile` (a new path) in the given form. */
function writeSpec(fromFile: string, target: string, form: Form, query: string): string {
  switch (form) {
    case 'exact':
      return relSpec(fromFile, target) + query;
    case 'noext':
      return relSpec(fromFile, stripExt(target)) + query;
    case 'jsext':
      return relSpec(fromFile, target.replace(/\.(m?)tsx?$/, '.$1js')) + query;
    case 'index':
      return relSpec(fromFile, posix.dirname(target)) + query;
  }
}

/** Folders every one of whose files moves to the same new folder, old -> new. */
const movedDirs = new Map<string, string>();
{
  const byDir = new Map<string, Set<string>>();
  for (const f of tracked) {
    const to = newPathOf(f);
    for (let d = posix.dirname(f), rest = posix.basename(f); d !== '.'; rest = `${posix.basename(d)}/${rest}`, d = posix.dirname(d)) {
      const suffix = `/${rest}`;
      const newDir = to.endsWith(suffix) ? to.slice(0, -suffix.length) : '\0';
      if (!byDir.has(d)) byDir.set(d, new Set());
      byDir.get(d)!.add(newDir);
    }
  }
  for (const [d, targets] of byDir) {
    const [only] = [...targets];
    if (targets.size === 1 && only !== '\0' && only !== d) movedDirs.set(d, only!);
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** Files under extension/ that the build (vite config, scripts) or an HTML page names. */
function findEntries(): Set<string> {
  const named = new Set<string>();
  const pathRe = /['"`](?:\.\/)?(extension\/[A-Za-z0-9_./-]+\.(?:ts|tsx|mts))['"`]/g;
  for (const f of editable) {
    if (/^(src|extension|tests)\//.test(f) || !CODE.test(f)) continue;
    for (const m of readFileSync(resolve(root, f), 'utf8').matchAll(pathRe)) if (trackedSet.has(m[1]!)) named.add(m[1]!);
  }
  for (const f of editable) {
    if (!f.endsWith('.html')) continue;
    for (const m of readFileSync(resolve(root, f), 'utf8').matchAll(/\s(?:src|href)="([^"]+)"/g)) {
      const r = resolveSpec(f, m[1]!.startsWith('.') ? m[1]! : `./${m[1]}`);
      if (r && r.file.startsWith('extension/')) named.add(r.file);
    }
  }
  return named;
}

interface Specifier {
  start: number;
  end: number;
  text: string;
  /** Inside import.meta.glob(...). */
  glob: boolean;
}

/** Every string literal (and template without substitutions) in a code file, with its place. */
function stringsOf(file: string, code: string): Specifier[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : file.endsWith('.js') || file.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  const out: Specifier[] = [];
  const visit = (n: ts.Node, glob: boolean) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      out.push({ start: n.getStart(sf) + 1, end: n.getEnd() - 1, text: n.text, glob });
      return;
    }
    const isGlob = ts.isCallExpression(n) && /^import\.meta\.glob/.test(n.expression.getText(sf));
    ts.forEachChild(n, (c) => visit(c, glob || isGlob));
  };
  visit(sf, false);
  return out;
}

/** Imports in `file` (old path) that resolve to tracked files: for the crossings list. */
function importsOf(file: string): string[] {
  const code = readFileSync(resolve(root, file), 'utf8');
  const out: string[] = [];
  for (const s of stringsOf(file, code)) {
    const r = resolveSpec(file, s.text);
    if (r && CODE.test(r.file)) out.push(r.file);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rewriting

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface Rewrite {
  text: string;
  changed: number;
}

/** The file's text with its paths written from its new place. `file` is its old path. */
function rewrite(
  file: string,
  code: string,
  rootPaths: Map<string, string>,
  rootDirs: Map<string, string>,
  regexForms: [RegExp, string][],
  thin: Map<string, string>,
): Rewrite {
  let changed = 0;
  let text = code;
  const from = newPathOf(file);
  if (CODE.test(file)) {
    const edits: { start: number; end: number; text: string }[] = [];
    for (const s of stringsOf(file, code)) {
      if (s.glob && /[*{]/.test(s.text)) {
        const star = s.text.search(/[*{[?]/);
        const dir = posix.normalize(posix.join(posix.dirname(file), s.text.slice(0, s.text.lastIndexOf('/', star))));
        const newDir = movedDirs.get(dir) ?? dir;
        const rel = relSpec(from, newDir) + s.text.slice(s.text.lastIndexOf('/', star));
        if (rel !== s.text) edits.push({ start: s.start, end: s.end, text: rel });
        continue;
      }
      const r = resolveSpec(file, s.text);
      // Written again only where the file or what it names moves.
      if (!r || (from === file && newPathOf(r.file) === r.file)) continue;
      const spec = writeSpec(from, newPathOf(r.file), r.form, r.query);
      if (spec !== s.text) edits.push({ start: s.start, end: s.end, text: spec });
    }
    for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    changed += edits.length;
  } else if (file.endsWith('.html')) {
    text = text.replace(/(\s(?:src|href)=")([^"]+)(")/g, (all, a: string, spec: string, b: string) => {
      const r = resolveSpec(file, spec.startsWith('.') ? spec : `./${spec}`);
      // A page names its entry point, which stays where it is.
      if (!r || thin.has(r.file)) return all;
      const out = writeSpec(from, newPathOf(r.file), r.form, r.query);
      if (out === spec || out === `./${spec}`) return all;
      changed++;
      return a + out + b;
    });
  }
  // Paths from the repository root, with their extension; never in the middle of a longer path.
  for (const [oldPath, newPath] of rootPaths) {
    const re = new RegExp(`(?<![\\w.-])${escapeRe(oldPath)}(?![\\w/-])`, 'g');
    text = text.replace(re, () => {
      changed++;
      return newPath;
    });
  }
  // Folders that moved as a whole, named from the repository root (mostly in comments: "src/notes").
  for (const [oldDir, newDir] of rootDirs) {
    const re = new RegExp(`(?<![\\w./-])${escapeRe(oldDir)}(?![\\w.-])`, 'g');
    text = text.replace(re, () => {
      changed++;
      return newDir;
    });
  }
  if (CODE.test(file)) {
    for (const [re, replacement] of regexForms) {
      text = text.replace(re, () => {
        changed++;
        return replacement;
      });
    }
  }
  return { text, changed };
}

/** `extension[\\/]early-listeners\.ts` and `extension\/early-listeners\.ts`, for each moved file. */
function regexFormsOf(oldPath: string, newPath: string): [RegExp, string][] {
  const out: [RegExp, string][] = [];
  const segs = oldPath.split('/').map((s) => s.replace(/[.]/g, '\\.'));
  const newSegs = newPath.split('/').map((s) => s.replace(/[.]/g, '\\.'));
  for (const sep of ['[\\\\/]', '\\/']) {
    // The last two segments or more, as a regular expression names a file.
    for (let k = segs.length; k >= 2; k--) {
      const form = segs.slice(-k).join(sep);
      out.push([new RegExp(`(?<![\\w-])${escapeRe(form)}(?![\\w-])`, 'g'), newSegs.join(sep)]);
    }
  }
  return out;
}

/** The one-line module left at `entry`, re-exporting what `code` (its moved body) exports. */
function thinEntry(entry: string, body: string, code: string): string {
  const sf = ts.createSourceFile(entry, code, ts.ScriptTarget.Latest, true, entry.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  let named = false;
  let hasDefault = false;
  for (const s of sf.statements) {
    if (ts.isExportDeclaration(s)) named = true;
    if (ts.isExportAssignment(s)) hasDefault = true;
    const mods = ts.canHaveModifiers(s) ? ts.getModifiers(s) : undefined;
    if (mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      if (mods.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) hasDefault = true;
      else named = true;
    }
  }
  const spec = writeSpec(entry, body, 'noext', '');
  const lines = [`// Entry point named by the build; the code is in ${body}.`];
  if (named) lines.push(`export * from '${spec}';`);
  if (hasDefault) lines.push(`export { default } from '${spec}';`);
  if (!named && !hasDefault) lines.push(`import '${spec}';`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Main

function crossings(): string[] {
  const out: string[] = [];
  for (const f of tracked) {
    if (!/^(src|extension)\//.test(f) || !CODE.test(f)) continue;
    const from = folderOf(newPathOf(f));
    for (const target of importsOf(f)) {
      const to = folderOf(newPathOf(target));
      if (!MAY_IMPORT[from].includes(to)) out.push(`${f} (${from}) -> ${target} (${to})`);
      else if (from === 'platform' && (to === 'page' || to === 'ui')) out.push(`${f} (${from}) -> ${target} (${to}) [mount point?]`);
    }
    // Comments left out (they name browser APIs to say why code does not use them).
    const code = readFileSync(resolve(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
    if (from !== 'platform' && from !== 'extension' && /from ['"]webextension-polyfill['"]|\b(browser|chrome)\.[a-z]/.test(code)) {
      out.push(`${f} (${from}) uses browser.* / chrome.* / webextension-polyfill`);
    }
  }
  return out;
}

function main(): void {
  if (crossingsOnly) {
    const list = crossings();
    for (const c of list) console.log(c);
    console.log(`${list.filter((c) => !c.endsWith('[mount point?]')).length} crossing(s), ${list.filter((c) => c.endsWith('[mount point?]')).length} mount import(s) to list`);
    return;
  }
  if (tracked.some((f) => /^src\/(core|platform)\//.test(f))) {
    console.error('move-layout: src/core or src/platform already exists; the move has been done (it runs once).');
    process.exit(1);
  }
  if (!dryRun && git('status', '--porcelain', '--untracked-files=no').trim()) {
    console.error('move-layout: the working tree has changes; commit or remove them first.');
    process.exit(1);
  }
  for (const f of tracked) {
    const to = newPathOf(f);
    if (to !== f && trackedSet.has(to)) {
      console.error(`move-layout: ${f} would move onto ${to}, which exists; add an exception.`);
      process.exit(1);
    }
    const inner = to.match(/^src\/[^/]+\/(.*)\//);
    if (inner && inner[1]!.split('/').some((d) => (FOLDERS as readonly string[]).includes(d))) {
      console.error(`move-layout: ${to} has a folder named like a top-level one (${FOLDERS.join(', ')}); the lint rules would misread its imports.`);
      process.exit(1);
    }
  }

  const entries = findEntries();
  const importedSomewhere = new Set<string>();
  for (const f of tracked) if (/^(src|extension)\//.test(f) && CODE.test(f)) for (const t of importsOf(f)) if (t !== f) importedSomewhere.add(t);
  /** Entries that stay as one-line modules: named by the build, imported by no other module. */
  const thin = new Map<string, string>();
  for (const e of entries) if (newPathOf(e) !== e && !importedSomewhere.has(e)) thin.set(e, newPathOf(e));

  const moved = tracked.filter((f) => newPathOf(f) !== f);
  const rootPaths = new Map<string, string>();
  const regexForms: [RegExp, string][] = [];
  for (const f of moved) {
    if (thin.has(f)) continue;
    rootPaths.set(f, newPathOf(f));
    if (f.split('/').length >= 2) regexForms.push(...regexFormsOf(f, newPathOf(f)));
  }

  /** Moved folders, but not those where an entry point stays (their old name still names something). */
  const rootDirs = new Map([...movedDirs].filter(([d]) => ![...thin.keys()].some((e) => e.startsWith(`${d}/`))));

  console.log(`${dryRun ? 'Would move' : 'Moving'} ${moved.length} files:`);
  for (const f of moved) console.log(`  ${f} -> ${newPathOf(f)}   (${moves.get(f)!.why})`);
  console.log(`Entry points kept as one-line modules in extension/ (${thin.size}):`);
  for (const [e, body] of thin) console.log(`  ${e} -> ${body}`);
  const namedAndMoved = [...entries].filter((e) => !thin.has(e) && newPathOf(e) !== e);
  if (namedAndMoved.length) console.log(`Entry points imported by other modules, moved, the build's path rewritten: ${namedAndMoved.join(', ')}`);

  // Every rewrite is computed from the old tree before anything moves.
  const outputs = new Map<string, string>();
  let rewrites = 0;
  for (const f of editable) {
    if (!TEXT.test(f)) continue;
    const code = readFileSync(resolve(root, f), 'utf8');
    const r = rewrite(f, code, rootPaths, rootDirs, regexForms, thin);
    if (r.text !== code || newPathOf(f) !== f) outputs.set(f, r.text);
    if (r.changed) {
      rewrites += r.changed;
      console.log(`  rewrote ${r.changed} path(s) in ${newPathOf(f)}`);
    }
  }
  console.log(`${rewrites} paths rewritten in ${[...outputs.values()].length} files`);
  if (dryRun) return;

  for (const f of moved) {
    mkdirSync(dirname(resolve(root, newPathOf(f))), { recursive: true });
    git('mv', f, newPathOf(f));
  }
  for (const [f, text] of outputs) writeFileSync(resolve(root, newPathOf(f)), text);
  for (const [e, body] of thin) {
    writeFileSync(resolve(root, e), thinEntry(e, body, readFileSync(resolve(root, body), 'utf8')));
    git('add', e);
  }
  git('add', '-A', 'src', 'extension', 'tests', 'scripts');
  git('add', '-u');
  console.log('Done. Now: npm run lint && npm run typecheck && npm run test:unit && npm run build && npm run build:test && npm run test:dist');
}

main();
