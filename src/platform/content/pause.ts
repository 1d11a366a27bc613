/**
 * Gives the page its main thread back for a moment: scheduler.yield, or a message to ourselves.
 * Not a timer: timers are throttled to one a second in background tabs, where auto-open also
 * reads pages.
 */
export function pauseBriefly(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
