/**
 * Whether the reader is acting in our UI right now: the last input event our shadow root saw
 * was trusted (made by the reader, not dispatched by script) and came less than a second ago.
 * Actions that open a tab, send a request or write storage check it, so script cannot drive
 * them even if it reached our controls.
 */
// prettier-ignore
const EVENTS = ['pointerdown', 'pointerup', 'click', 'keydown', 'keyup', 'input', 'change'];
const WINDOW_MS = 1000;

export interface TrustedInput {
  acting(): boolean;
  stop(): void;
}

export function watchTrustedInput(
  root: ShadowRoot | HTMLElement,
  now: () => number = () => performance.now(),
): TrustedInput {
  let at = -Infinity;
  const note = (e: Event) => {
    at = e.isTrusted ? now() : -Infinity;
  };
  for (const t of EVENTS) root.addEventListener(t, note, { capture: true });
  return {
    acting: () => now() - at < WINDOW_MS,
    stop() {
      for (const t of EVENTS) root.removeEventListener(t, note, { capture: true });
    },
  };
}
