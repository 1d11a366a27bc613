/**
 * The patches that take the HTML-parsing sinks out of the bundled libraries
 * (scripts/build/html-sinks.ts), applied to the installed libraries' own files: an update that
 * moves a patched line fails here before it fails the build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchModule, SINK_PATCHES } from '../../scripts/build/html-sinks';
import { ROOT } from '../helpers/fixtures';

const modules = [...new Set(SINK_PATCHES.map((p) => p.module))];
const path = (module: string) => resolve(ROOT, 'node_modules', module);

describe('library patches', () => {
  it('cover Readability and Preact', () => {
    expect(modules.sort()).toEqual(['@mozilla/readability/Readability.js', 'preact/dist/preact.mjs']);
  });

  it.each(modules)('leave no innerHTML assignment in %s', (module) => {
    const source = readFileSync(path(module), 'utf8');
    expect(source).toMatch(/\.innerHTML\s*=/);
    const patched = patchModule(path(module), source);
    expect(patched).not.toBeNull();
    expect(patched).not.toMatch(/\.innerHTML\s*=/);
    for (const p of SINK_PATCHES.filter((x) => x.module === module)) expect(patched).toContain(p.to);
  });

  it('match a module by its path inside node_modules, with or without a query', () => {
    const source = readFileSync(path('preact/dist/preact.mjs'), 'utf8');
    expect(patchModule(`${path('preact/dist/preact.mjs')}?v=1`, source)).not.toBeNull();
    expect(patchModule(resolve(ROOT, 'src/preact/dist/preact.mjs'), source)).toBeNull();
    expect(patchModule(path('preact/dist/preact.js'), source)).toBeNull();
  });

  it('fail when the library changed under a patch', () => {
    expect(() => patchModule(path('preact/dist/preact.mjs'), 'export const x = 1;')).toThrow(/the library changed/);
  });
});
