/**
 * Reaching a tab's content script from the background on a reader's click: message it, and when
 * nothing answers (the tab was open before Gloss was installed or updated, or the page is still
 * loading), inject content.js and message the copy that then answers.
 *
 * Every try goes to the page the reader clicked on, never to a page the tab has gone on to: a
 * message that reached the page as the reader left it fails in the background (Chromium:
 * "moved into back/forward cache, so the message channel is closed"), and trying again, or
 * injecting, would deliver the old page's click to the new page (seen: it opened the sidebar
 * there, and the reader's own click on the new page then closed it).
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
  /**
   * Whether the tab still shows the page the reader clicked on; asked before every try. Left
   * out when the caller cannot tell (every try is then made).
   */
  onPage?(): Promise<boolean>;
  /**
   * The click is handled as it came (it did not wait for the background to start): the tab is
   * still on the clicked page, so the first message goes without asking the browser first, a
   * round trip on every click. Every later try asks.
   */
  fresh?: boolean;
}

export type Reached = { ok: true; reply: unknown } | { ok: false; reason: string };

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Thrown by a try when the tab has gone on to another page: no further try is made. */
class LeftPage extends Error {}

/** `fn` tried now and again after each delay, until it resolves; the last error if it never does. */
async function tryWithDelays<T>(
  fn: () => Promise<T>,
  delays: readonly number[],
  wait: (ms: number) => Promise<void>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  let error: unknown = null;
  for (const delay of [0, ...delays]) {
    if (delay) await wait(delay);
    try {
      return { ok: true, value: await fn() };
    } catch (e) {
      if (e instanceof LeftPage) throw e;
      error = e;
    }
  }
  return { ok: false, error };
}

const LEFT_REASON = 'The tab went on to another page before the click reached Gloss there; the click is dropped';

export async function reachTab(channel: TabChannel): Promise<Reached> {
  try {
    return await reachPage(channel);
  } catch (e) {
    if (e instanceof LeftPage) return { ok: false, reason: LEFT_REASON };
    throw e;
  }
}

async function reachPage(channel: TabChannel): Promise<Reached> {
  const { wait, onPage } = channel;
  const onlyHere =
    <T>(fn: () => Promise<T>) =>
    async (): Promise<T> => {
      if (onPage && !(await onPage().catch(() => false))) throw new LeftPage();
      return fn();
    };
  const send = onlyHere(channel.send);
  const inject = onlyHere(channel.inject);
  // No listener: the page is still loading, or it was open before Gloss was installed or updated.
  const first = await tryWithDelays(channel.fresh ? channel.send : send, [], wait);
  if (first.ok) return { ok: true, reply: first.value };

  const injected = await tryWithDelays(inject, INJECT_RETRY_DELAYS_MS, wait);
  // A page no extension may touch (the browser's own pages, the add-on store).
  if (!injected.ok) return { ok: false, reason: `Gloss cannot run on this page: ${describe(injected.error)}` };

  // The new copy answers, or the live copy it stepped back for does.
  const answered = await tryWithDelays(send, SEND_RETRY_DELAYS_MS, wait);
  if (answered.ok) return { ok: true, reply: answered.value };
  return { ok: false, reason: `Gloss was added to the page but does not answer: ${describe(answered.error)}` };
}
