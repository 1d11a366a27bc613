/** The per-browser manifests built from the top-level manifest.json (scripts/build/manifest.ts). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, manifestFor, readManifestSources, type Manifest } from '../../scripts/build/manifest';
import { ROOT } from '../helpers/fixtures';

const { base, version } = readManifestSources(ROOT);
const without = (m: Manifest, ...keys: string[]) =>
  Object.fromEntries(Object.entries(m).filter(([k]) => !keys.includes(k)));

describe('per-browser manifests', () => {
  it('take their version from package.json', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version).toBe(pkg.version);
    expect(manifestFor(base, 'chrome', '9.8.7').version).toBe('9.8.7');
    expect(manifestFor(base, 'firefox', '9.8.7').version).toBe('9.8.7');
  });

  it('Chrome: a service worker, the offscreen permission, no Firefox settings', () => {
    const m = manifestFor({ ...base, browser_specific_settings: { gecko: { id: 'x' } } }, 'chrome', version);
    expect(m.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(m.permissions).toEqual([...(base.permissions as string[]), 'offscreen']);
    expect(m).not.toHaveProperty('browser_specific_settings');
  });

  it('Firefox: a background page, its add-on id and data collection, no offscreen permission', () => {
    const m = manifestFor(base, 'firefox', version);
    expect(m.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(m.permissions).toEqual(base.permissions);
    expect(m.permissions).not.toContain('offscreen');
    expect(m.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('differ from manifest.json in nothing else, and leave it as it was', () => {
    const before = structuredClone(base);
    const chrome = manifestFor(base, 'chrome', version);
    const firefox = manifestFor(base, 'firefox', version);
    expect(base).toEqual(before);
    const same = without(base, 'version', 'background', 'permissions', 'browser_specific_settings');
    expect(without(chrome, 'version', 'background', 'permissions')).toEqual(same);
    expect(without(firefox, 'version', 'background', 'permissions', 'browser_specific_settings')).toEqual(same);
  });
});
