/**
 * The toolbar and shortcut listeners, registered before anything else of the background runs.
 * Chrome drops a toolbar click that arrives while the service worker is starting and has not yet
 * registered an `action.onClicked` listener (seen on the first click in a tab restored at browser
 * start). This module imports nothing, so it is evaluated first and registers at once; clicks
 * and commands that arrive before the rest of the background is ready wait here for it.
 */
import type { Tabs } from 'webextension-polyfill';

export interface ToolbarHandlers {
  /** `waited`: the event was held until the background was ready (the tab may have moved on). */
  click(tab: Tabs.Tab, waited: boolean): void;
  command(command: string, tab: Tabs.Tab | undefined, waited: boolean): void;
}

interface EventSource<A extends unknown[]> {
  addListener(fn: (...args: A) => void): void;
}
declare const chrome: {
  action: { onClicked: EventSource<[Tabs.Tab]> };
  commands: { onCommand: EventSource<[string, Tabs.Tab?]> };
};

let handlers: ToolbarHandlers | null = null;
const waiting: ((h: ToolbarHandlers) => void)[] = [];
const deliver = (fn: (h: ToolbarHandlers, waited: boolean) => void) =>
  handlers ? fn(handlers, false) : waiting.push((h) => fn(h, true));

// The test build counts the clicks that reached us: a browser test can then tell a click the
// browser never delivered from one Gloss lost.
declare const __GLOSS_TEST_BUILD__: boolean | undefined;
const counting = typeof __GLOSS_TEST_BUILD__ === 'boolean' ? __GLOSS_TEST_BUILD__ : true;
chrome.action.onClicked.addListener((tab) => {
  if (counting) {
    const g = globalThis as unknown as { glossToolbarClicks?: number };
    g.glossToolbarClicks = (g.glossToolbarClicks ?? 0) + 1;
  }
  deliver((h, waited) => h.click(tab, waited));
});
chrome.commands.onCommand.addListener((command, tab) => deliver((h, waited) => h.command(command, tab, waited)));

/** The background is ready: events that waited are handled now, in order, and later ones at once. */
export function handleToolbarEvents(h: ToolbarHandlers): void {
  handlers = h;
  for (const fn of waiting.splice(0)) fn(h);
}
