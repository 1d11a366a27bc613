/**
 * Checks on the packages `npm run package` writes, read back from the zips: what a store would
 * refuse, or what should never ship. The Firefox package is also run through `web-ext lint`
 * (Mozilla's own add-on linter) by package.ts.
 */
import { filesNamedBy, type Browser, type Manifest } from '../build/manifest';
import type { ZipEntry } from './zip';

/** Far below either store's upload limit: a package this large means something unplanned went in. */
export const MAX_PACKAGE_BYTES = 20 * 1024 * 1024;
/** The Chrome Web Store's limit on the manifest's description. */
export const MAX_DESCRIPTION = 132;

/** What may not be in an extension package: source maps, dotfiles, dependencies, sources. */
const NEVER_SHIPPED = [/\.map$/, /(^|\/)\./, /(^|\/)node_modules\//, /\.tsx?$/];

/** Problems with an extension package for `browser` (empty: none). */
export function lintExtensionPackage(
  entries: readonly ZipEntry[],
  zipBytes: number,
  browser: Browser,
  version: string,
): string[] {
  const problems: string[] = [];
  const names = new Set(entries.map((e) => e.name));
  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  if (!manifestEntry) return ['manifest.json is not at the top of the package'];
  let m: Manifest;
  try {
    m = JSON.parse(manifestEntry.data.toString('utf8')) as Manifest;
  } catch (e) {
    return [`manifest.json does not parse: ${e instanceof Error ? e.message : String(e)}`];
  }
  if (m.manifest_version !== 3) problems.push(`manifest_version is ${String(m.manifest_version)}, not 3`);
  if (typeof m.name !== 'string' || !m.name) problems.push('manifest has no name');
  if (m.version !== version) problems.push(`manifest version ${String(m.version)} is not package.json's ${version}`);
  if (typeof m.description !== 'string' || !m.description) problems.push('manifest has no description');
  else if (m.description.length > MAX_DESCRIPTION)
    problems.push(`description is ${m.description.length} characters (at most ${MAX_DESCRIPTION})`);
  if (!(m.icons as Record<string, unknown> | undefined)?.['128']) problems.push('no 128-pixel icon');
  for (const f of filesNamedBy(m))
    if (!names.has(f)) problems.push(`${f} is named by the manifest but not in the package`);
  for (const w of (m.web_accessible_resources ?? []) as { resources?: string[] }[]) {
    for (const r of w.resources ?? []) {
      const prefix = r.endsWith('*') ? r.slice(0, -1) : null;
      if (prefix === null ? !names.has(r) : ![...names].some((n) => n.startsWith(prefix)))
        problems.push(`web-accessible ${r} matches no file`);
    }
  }
  const background = (m.background ?? {}) as { service_worker?: unknown; scripts?: unknown };
  if (browser === 'chrome') {
    if (typeof background.service_worker !== 'string') problems.push('Chrome: the background is not a service worker');
    if ('browser_specific_settings' in m) problems.push('Chrome: browser_specific_settings is Firefox-only');
  } else {
    if (!Array.isArray(background.scripts)) problems.push('Firefox: the background has no scripts');
    const gecko = (m.browser_specific_settings as { gecko?: { id?: unknown } } | undefined)?.gecko;
    if (typeof gecko?.id !== 'string') problems.push('Firefox: no browser_specific_settings.gecko.id');
  }
  for (const n of names) if (NEVER_SHIPPED.some((re) => re.test(n))) problems.push(`${n} should not be in the package`);
  for (const e of entries) if (e.data.length === 0) problems.push(`${e.name} is empty`);
  if (zipBytes > MAX_PACKAGE_BYTES) problems.push(`the package is ${zipBytes} bytes (at most ${MAX_PACKAGE_BYTES})`);
  return problems;
}

/** The folders never in the sources package: installed, built or downloaded, not written. */
// prettier-ignore
export const NOT_SOURCES = [/^node_modules\//, /^dist[^/]*\//, /^test-output\//, /(^|\/)corpora\//, /^\.eval-cache\//, /^scratch\//];

/** Problems with the sources package AMO asks for (empty: none). */
export function lintSourcesPackage(entries: readonly ZipEntry[], zipBytes: number, note: string): string[] {
  const problems: string[] = [];
  const names = new Set(entries.map((e) => e.name));
  for (const f of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', note])
    if (!names.has(f)) problems.push(`${f} is missing`);
  for (const dir of ['src/', 'extension/', 'scripts/build/'])
    if (![...names].some((n) => n.startsWith(dir))) problems.push(`nothing under ${dir}`);
  for (const n of names) if (NOT_SOURCES.some((re) => re.test(n))) problems.push(`${n} is not a source file`);
  if (zipBytes > MAX_PACKAGE_BYTES) problems.push(`the package is ${zipBytes} bytes (at most ${MAX_PACKAGE_BYTES})`);
  return problems;
}
