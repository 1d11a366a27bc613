/**
 * One Wikipedia request at a time. A 429 pauses the whole queue for Retry-After (at least 5 s
 * when the server gives none) and backs off exponentially while 429s keep coming; the request
 * is retried after the pause, a few times at most. A caller that goes away (the reader left the
 * card) aborts its request, queued or waiting, and the queue moves on.
 */
import { WikiHttpError } from './http';

export const MIN_RETRY_AFTER_MS = 5_000;
export const MAX_BACKOFF_MS = 5 * 60_000;

export interface QueueOptions {
  now?: () => number;
  /** Retries after a 429 before the request fails with "rate-limited". */
  maxRetries?: number;
}

export class RequestQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private blockedUntil = 0;
  private consecutive429 = 0;
  private readonly now: () => number;
  private readonly maxRetries: number;

  constructor(opts: QueueOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.maxRetries = opts.maxRetries ?? 2;
  }

  /** When the queue may send again (ms since epoch); 0 when not paused. */
  get pausedUntil(): number {
    return this.blockedUntil;
  }

  run<T>(task: (signal?: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const job = this.tail.then(() => this.attempt(task, signal, 0));
    this.tail = job.catch(() => {});
    return job;
  }

  private async attempt<T>(
    task: (signal?: AbortSignal) => Promise<T>,
    signal: AbortSignal | undefined,
    retry: number,
  ): Promise<T> {
    throwIfAborted(signal);
    const wait = this.blockedUntil - this.now();
    if (wait > 0) await sleep(wait, signal);
    try {
      const out = await task(signal);
      this.consecutive429 = 0;
      return out;
    } catch (e) {
      if (e instanceof WikiHttpError && e.failure.kind === 'rate-limited') {
        this.consecutive429++;
        const backoff = Math.min(MAX_BACKOFF_MS, MIN_RETRY_AFTER_MS * 2 ** (this.consecutive429 - 1));
        const asked = e.failure.retryAfterMs;
        const pause = Math.min(
          MAX_BACKOFF_MS,
          asked === null ? backoff : Math.max(asked, this.consecutive429 > 1 ? backoff : 0),
        );
        this.blockedUntil = Math.max(this.blockedUntil, this.now() + pause);
        if (retry < this.maxRetries) return this.attempt(task, signal, retry + 1);
      }
      throw e;
    }
  }
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new WikiHttpError({ kind: 'aborted' });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new WikiHttpError({ kind: 'aborted' }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
