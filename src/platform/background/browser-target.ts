/**
 * The browser this copy of the extension was built for: the build defines `__BROWSER__` (one
 * build per browser, vite.config.ts), so code for the other browser is left out of each package.
 * Use it where the difference is known in advance (Chrome's background is a service worker
 * without a DOM or a clipboard; Firefox's is a page with both); keep run-time checks for
 * features that vary within one browser. Code run without the bundler (unit tests) counts as
 * Chrome.
 */
declare const __BROWSER__: 'chrome' | 'firefox' | undefined;

export const BROWSER: 'chrome' | 'firefox' = typeof __BROWSER__ === 'string' ? __BROWSER__ : 'chrome';
