/**
 * Performance marks (`gloss:<name>`) for the browser benchmarks. Only the test build makes them:
 * the page shares the performance timeline, so in the shipped build they would tell any site
 * that Gloss is installed.
 */
import { TEST_BUILD } from '../../core/build-flags';

export function mark(name: string): void {
  if (!TEST_BUILD) return;
  try {
    performance.mark(`gloss:${name}`);
  } catch {
    /* no User Timing here */
  }
}
