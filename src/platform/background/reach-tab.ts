/**
 * Reaching a tab's content script from the background on a reader's click: message it, and when
 * nothing answers (the tab was open before Gloss was installed or updated, or the page is still
 * loading), inject content.js and message the copy that then answers.
 *
 * Free of extension APIs (the caller passes them in) so the retry logic is unit-tested.
 */

/**
 * Waits before each new try at injecting. Chromium can refuse the first try for a moment after
 * the click that grants activeTab: seen on the first click in a tab after an extension update
 * ("Cannot access contents of the page", then accepted 300 ms later). A page no extension may
 * touch refuses every try and costs only these waits.
 */
export const INJECT_RETRY_DELAYS_MS: readonly number[] = [100, 250, 500, 1000];

/**
 * Waits between tries at messaging once content.js is in. The injection resolves after the script
 * has run, so its listener (or that of the live copy it stepped back for) is normally up at once.
 */
export const SEND_RETRY_DELAYS_MS: readonly number[] = Array.from({ length: 20 }, () => 50);

export interface TabChannel {
  /** Sends the message to the tab's top frame; rejects when no listener answers. */
  send(): Promise<unknown>;
  /** Injects content.js into the tab's top frame; rejects when the browser refuses. */
  inject(): Promise<void>;
  wait(ms: number): Promise<void>;
}

export type Reached = { ok: true; reply: unknown } | { ok: false; reason: string };

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** `fn` tried now and again after each delay, until it resolves; the last error if it never does. */
async function tryWithDelays<T>(fn: () => Promise<T>, delays: readonly number[], wait: (ms: number) => Promise<void>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  let error: unknown = null;
  for (const delay of [0, ...delays]) {
    if (delay) await wait(delay);
    try {
      return { ok: true, value: await fn() };
    } catch (e) {
      error = e;
    }
  }
  return { ok: false, error };
}

export async function reachTab(channel: TabChannel): Promise<Reached> {
  const { send, inject, wait } = channel;
  // No listener: the page is still loading, or it was open before Gloss was installed or updated.
  const first = await tryWithDelays(send, [], wait);
  if (first.ok) return { ok: true, reply: first.value };

  const injected = await tryWithDelays(inject, INJECT_RETRY_DELAYS_MS, wait);
  // A page no extension may touch (the browser's own pages, the add-on store).
  if (!injected.ok) return { ok: false, reason: `Gloss cannot run on this page: ${describe(injected.error)}` };

  // The new copy answers, or the live copy it stepped back for does.
  const answered = await tryWithDelays(send, SEND_RETRY_DELAYS_MS, wait);
  if (answered.ok) return { ok: true, reply: answered.value };
  return { ok: false, reason: `Gloss was added to the page but does not answer: ${describe(answered.error)}` };
}
