/**
 * What the build put in. The shipped build (dist/) closes the sidebar's shadow root, leaves the
 * browser tests' hooks out and makes no performance marks; the test build (dist-test/, used by
 * the browser tests and benchmarks) keeps them. Code run without the bundler (the command line,
 * unit tests) counts as the test build.
 */
declare const __GLOSS_TEST_BUILD__: boolean | undefined;

export const TEST_BUILD: boolean = typeof __GLOSS_TEST_BUILD__ === 'boolean' ? __GLOSS_TEST_BUILD__ : true;
