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

export async function reachTab(channel: TabChannel): Promise<Reached> {
  try {
    return { ok: true, reply: await channel.send() };
  } catch {
    // No listener: inject our script below (a copy arriving later steps back for a live one).
  }

  let refusal: { error: unknown } | null = null;
  for (let attempt = 0; ; attempt++) {
    try {
      await channel.inject();
      refusal = null;
      break;
    } catch (e) {
      refusal = { error: e };
      const delay = INJECT_RETRY_DELAYS_MS[attempt];
      if (delay === undefined) break;
      await channel.wait(delay);
    }
  }
  // A page no extension may touch (the browser's own pages, the add-on store).
  if (refusal) return { ok: false, reason: `Gloss cannot run on this page: ${describe(refusal.error)}` };

  let last: unknown = null;
  for (const delay of [0, ...SEND_RETRY_DELAYS_MS]) {
    if (delay) await channel.wait(delay);
    try {
      return { ok: true, reply: await channel.send() };
    } catch (e) {
      last = e;
    }
  }
  return { ok: false, reason: `Gloss was added to the page but does not answer: ${describe(last)}` };
}
