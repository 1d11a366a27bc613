/** `npm run test:e2e` and `npm test`'s first step (scripts/browser-tests.ts): missing browsers and the skip switch. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures';

const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
const script = resolve(ROOT, 'scripts/browser-tests.ts');

function check(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !['GLOSS_SKIP_BROWSER_TESTS', 'CHROMIUM_PATH', 'FIREFOX_PATH'].includes(k),
    ),
  );
  return spawnSync(tsx, [script, '--check'], { cwd: ROOT, encoding: 'utf8', env: { ...clean, ...env } });
}

describe('the browser-test gate', { timeout: 120_000 }, () => {
  it('fails with the install command when a browser is missing', () => {
    const run = check({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/nonexistent/chromium (CHROMIUM_PATH)');
    expect(run.stderr).toContain('apt-get install chromium firefox-esr');
    expect(run.stderr).toContain('GLOSS_SKIP_BROWSER_TESTS=1');
  });

  it('skips the browser tests, and says so, with GLOSS_SKIP_BROWSER_TESTS=1', () => {
    const run = check({ CHROMIUM_PATH: '/nonexistent/chromium', GLOSS_SKIP_BROWSER_TESTS: '1' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Browser tests skipped \(GLOSS_SKIP_BROWSER_TESTS=1\)/);
  });
});
