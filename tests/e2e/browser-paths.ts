/**
 * Where the browser tests find Chromium and Firefox ESR, and whether they may run at all. Read by
 * the harness and by `npm run test:e2e` (scripts/browser-tests.ts) before it starts vitest, so a
 * missing browser fails with the way to install it instead of a launch error or a quiet skip.
 */
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_PATHS: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

const PATH_VARS: Record<BrowserName, string> = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };

/** Set to 1 to leave the browser tests out (they are then reported as skipped). */
export const SKIP_VAR = 'GLOSS_SKIP_BROWSER_TESTS';

export function skippingBrowserTests(): boolean {
  return process.env[SKIP_VAR] === '1';
}

export function missingBrowsers(): BrowserName[] {
  return (Object.keys(BROWSER_PATHS) as BrowserName[]).filter((b) => !existsSync(BROWSER_PATHS[b]));
}

/** What to tell someone whose browsers are missing. */
export function missingBrowsersMessage(missing: BrowserName[]): string {
  return [
    `The browser tests need Chromium and Firefox ESR; not found: ${missing.map((b) => `${BROWSER_PATHS[b]} (${PATH_VARS[b]})`).join(', ')}.`,
    '  Install them:            sudo apt-get install chromium firefox-esr',
    '  or point CHROMIUM_PATH and FIREFOX_PATH at the executables,',
    `  or skip browser tests:   ${SKIP_VAR}=1 npm test`,
  ].join('\n');
}
