/**
 * reachTab: how the background reaches a tab's content script on a reader's click. Injection is
 * retried while the browser refuses it for a moment (Chromium, first click after an update), and
 * given up on a page no extension may touch; messaging the injected copy is retried briefly.
 */
import { describe, expect, it } from 'vitest';
import {
  INJECT_RETRY_DELAYS_MS,
  reachTab,
  SEND_RETRY_DELAYS_MS,
  type TabChannel,
} from '../../src/platform/background/reach-tab';

/** A scripted tab: each call takes the next outcome (an Error is thrown, anything else answered). */
function scriptedTab(sends: unknown[], injects: (Error | null)[]) {
  const log: string[] = [];
  const waits: number[] = [];
  const channel: TabChannel = {
    send: async () => {
      const next = sends.length
        ? sends.shift()
        : new Error('Could not establish connection. Receiving end does not exist.');
      log.push('send');
      if (next instanceof Error) throw next;
      return next;
    },
    inject: async () => {
      const next = injects.length ? injects.shift() : new Error('Cannot access a chrome:// URL');
      log.push('inject');
      if (next) throw next;
    },
    wait: async (ms) => {
      waits.push(ms);
    },
  };
  return { channel, log, waits };
}

const noListener = new Error('Could not establish connection. Receiving end does not exist.');
const notYetGranted = new Error(
  'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
);

describe('reachTab', () => {
  it('answers from the content script already in the page, without injecting', async () => {
    const t = scriptedTab([{ open: true }], []);
    expect(await reachTab(t.channel)).toEqual({ ok: true, reply: { open: true } });
    expect(t.log).toEqual(['send']);
  });

  it('injects when nothing answers, then messages the new copy', async () => {
    const t = scriptedTab([noListener, { open: true }], [null]);
    expect(await reachTab(t.channel)).toEqual({ ok: true, reply: { open: true } });
    expect(t.log).toEqual(['send', 'inject', 'send']);
    expect(t.waits).toEqual([]);
  });

  it('tries the injection again while the browser refuses it for a moment', async () => {
    const t = scriptedTab([noListener, { open: true }], [notYetGranted, notYetGranted, null]);
    expect(await reachTab(t.channel)).toEqual({ ok: true, reply: { open: true } });
    expect(t.log).toEqual(['send', 'inject', 'inject', 'inject', 'send']);
    expect(t.waits).toEqual(INJECT_RETRY_DELAYS_MS.slice(0, 2));
  });

  it('gives up on a page no extension may touch, with the browser’s reason', async () => {
    const t = scriptedTab([], []);
    const r = await reachTab(t.channel);
    expect(r).toEqual({ ok: false, reason: 'Gloss cannot run on this page: Cannot access a chrome:// URL' });
    expect(t.log.filter((x) => x === 'inject')).toHaveLength(INJECT_RETRY_DELAYS_MS.length + 1);
    expect(t.log.filter((x) => x === 'send')).toHaveLength(1);
    expect(t.waits).toEqual([...INJECT_RETRY_DELAYS_MS]);
  });

  it('waits briefly for the injected copy to answer', async () => {
    const t = scriptedTab([noListener, noListener, noListener, { open: false }], [null]);
    expect(await reachTab(t.channel)).toEqual({ ok: true, reply: { open: false } });
    expect(t.waits).toEqual(SEND_RETRY_DELAYS_MS.slice(0, 2));
  });

  it('says so when the injected copy never answers, after a bounded number of tries', async () => {
    const t = scriptedTab([], [null]);
    const r = await reachTab(t.channel);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(
      /^Gloss was added to the page but does not answer: Could not establish connection/,
    );
    expect(t.log.filter((x) => x === 'send')).toHaveLength(1 + SEND_RETRY_DELAYS_MS.length + 1);
    expect(t.waits).toEqual([...SEND_RETRY_DELAYS_MS]);
  });

  it('makes no further try once the tab has gone on to another page', async () => {
    // The message reached the page as the reader left it (Chromium: it went into the back/forward
    // cache); the tab now shows the next page, which must not get this click.
    const t = scriptedTab(
      [
        new Error(
          'The page keeping the extension port is moved into back/forward cache, so the message channel is closed.',
        ),
        { open: true },
      ],
      [null],
    );
    const pages = [true, false];
    const r = await reachTab({ ...t.channel, onPage: async () => pages.shift() ?? false });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(/went on to another page/);
    expect(t.log).toEqual(['send']);
  });

  it('makes every try while the tab stays on the clicked page', async () => {
    const t = scriptedTab([noListener, noListener, { open: true }], [null]);
    const r = await reachTab({ ...t.channel, onPage: async () => true });
    expect(r).toEqual({ ok: true, reply: { open: true } });
    expect(t.log).toEqual(['send', 'inject', 'send', 'send']);
  });

  it('sends a click handled as it came at once, and asks where the tab is before any retry', async () => {
    const t = scriptedTab([{ open: true }], []);
    let asked = 0;
    const onPage = async () => (asked++, false);
    expect(await reachTab({ ...t.channel, onPage, fresh: true })).toEqual({ ok: true, reply: { open: true } });
    expect(asked).toBe(0);
    const later = scriptedTab([noListener], [null]);
    const r = await reachTab({ ...later.channel, onPage, fresh: true });
    expect(r.ok ? '' : r.reason).toMatch(/went on to another page/);
    expect(later.log).toEqual(['send']);
    expect(asked).toBe(1);
  });

  it('sends nothing when the tab has already left the page by the time the click is handled', async () => {
    const t = scriptedTab([{ open: true }], []);
    const r = await reachTab({ ...t.channel, onPage: async () => false });
    expect(r.ok).toBe(false);
    expect(t.log).toEqual([]);
  });
});
