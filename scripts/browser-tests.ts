/**
 * `npm run test:e2e [-- vitest arguments]`: the browser tests (vitest's e2e project), after
 * checking that Chromium and Firefox ESR are there; a missing one fails at once with the install
 * command. GLOSS_SKIP_BROWSER_TESTS=1 skips them and says so. `--check` only checks (the first
 * step of `npm test`, so a missing browser fails before the long steps).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { missingBrowsers, missingBrowsersMessage, SKIP_VAR, skippingBrowserTests } from '../tests/e2e/browser-paths';

const root = resolve(import.meta.dirname, '..');

function main(argv: string[]): number {
  const checkOnly = argv[0] === '--check';
  if (skippingBrowserTests()) {
    console.log(`Browser tests skipped (${SKIP_VAR}=1).`);
    return 0;
  }
  const missing = missingBrowsers();
  if (missing.length) {
    console.error(missingBrowsersMessage(missing));
    return 1;
  }
  if (checkOnly) return 0;
  const run = spawnSync(resolve(root, 'node_modules/.bin/vitest'), ['run', '--project', 'e2e', ...argv], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.error) throw run.error;
  return run.status ?? 1;
}

process.exitCode = main(process.argv.slice(2));
