/**
 * The extension's manifest for each browser, from the one top-level manifest.json (written as
 * Chrome reads it). The differences: the version comes from package.json; Firefox gets a
 * background page (`background.scripts`) and its browser_specific_settings; Chrome gets the
 * offscreen permission, because its service worker has no DOM and an offscreen document reads
 * page snapshots (Firefox's background page has a DOM and needs no such permission).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Browser = 'chrome' | 'firefox';
export const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];

export const GECKO_ID = 'gloss@gloss-reader.org';

export type Manifest = Record<string, unknown>;

/** The manifest for `browser`, from `base` (left as it is) and the package's version. */
export function manifestFor(base: Manifest, browser: Browser, version: string): Manifest {
  const out: Manifest = structuredClone(base);
  out.version = version;
  if (browser === 'firefox') {
    out.background = { scripts: ['background.js'], type: 'module' };
    out.browser_specific_settings = {
      // 140 / 142: the first versions that know data_collection_permissions. Gloss needs nothing to
      // work; with the reader's yes it sends a name taken from the page to Wikipedia: website content.
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  } else {
    delete out.browser_specific_settings;
    out.permissions = [...((base.permissions as string[] | undefined) ?? []), 'offscreen'];
  }
  return out;
}

/** The top-level manifest.json and package.json version of the repository at `root`. */
export function readManifestSources(root: string): { base: Manifest; version: string } {
  const base = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Manifest;
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  return { base, version };
}

/** manifest.json's text for `browser`, as written into dist/<browser>/. */
export function manifestText(root: string, browser: Browser): string {
  const { base, version } = readManifestSources(root);
  return `${JSON.stringify(manifestFor(base, browser, version), null, 2)}\n`;
}

/** Every file a manifest names (icons, background, content scripts, options page), relative to it. */
export function filesNamedBy(m: Manifest): string[] {
  const files: string[] = [];
  const add = (f: unknown) => typeof f === 'string' && files.push(f);
  const record = (x: unknown) => (x && typeof x === 'object' ? Object.values(x) : []);
  const list = (x: unknown) => (Array.isArray(x) ? (x as unknown[]) : []);
  const background = (m.background ?? {}) as { service_worker?: unknown; scripts?: unknown };
  record(m.icons).forEach(add);
  record((m.action as { default_icon?: unknown } | undefined)?.default_icon).forEach(add);
  add(background.service_worker);
  list(background.scripts).forEach(add);
  for (const cs of list(m.content_scripts) as { js?: unknown; css?: unknown }[])
    [...list(cs.js), ...list(cs.css)].forEach(add);
  add((m.options_ui as { page?: unknown } | undefined)?.page);
  return files;
}
