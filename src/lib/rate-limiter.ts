import { type Clock, systemClock } from './clock';

export interface RateLimiterOptions {
  /** Most task starts allowed inside any window of `intervalMs`. */
  limit?: number;
  intervalMs?: number;
  /** After a back-off, how long without another 429 before one more start per window is allowed again. */
  recoveryMs?: number;
  clock?: Clock;
}

export interface RateLimiter {
  /** Runs `task` as soon as the window allows, after every task queued before it (FIFO). */
  schedule<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /**
   * The server answered 429: it allows less than we send. Halve the starts per window (at least one) and start
   * nothing for `pauseMs`, so queued requests do not hit the same wall and get the account blocked.
   */
  backOff?(pauseMs: number): void;
  /** A request went through: after `recoveryMs` without a 429, allow one more start per window. */
  succeeded?(): void;
}

interface QueuedTask {
  start: () => void;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * A sliding-window limiter: at most `limit` starts in any `intervalMs`. amoCRM allows 7 requests per second
 * and answers bursts with 429, then blocks the account (reference/amocrm-api-facts.md §2).
 */
export function createRateLimiter({
  limit = 7,
  intervalMs = 1000,
  recoveryMs = 30_000,
  clock = systemClock,
}: RateLimiterOptions = {}): RateLimiter {
  const starts: number[] = [];
  const queue: QueuedTask[] = [];
  let timer: unknown = null;
  /** Starts allowed per window now: `limit`, or less after the server said 429. */
  let allowed = limit;
  let pausedUntil = 0;
  let lastChange = 0;

  function pump(): void {
    if (timer !== null) {
      clock.clearTimeout(timer);
      timer = null;
    }
    const now = clock.now();
    if (now < pausedUntil) {
      if (queue.length > 0) timer = clock.setTimeout(pump, pausedUntil - now);
      return;
    }
    while (starts.length > 0 && (starts[0] ?? 0) <= now - intervalMs) starts.shift();
    while (queue.length > 0 && starts.length < allowed) {
      starts.push(now);
      queue.shift()?.start();
    }
    if (queue.length > 0) {
      // Starts beyond `allowed` (left from before a back-off) leave the window one by one.
      const wait = (starts[starts.length - allowed] ?? now) + intervalMs - now;
      timer = clock.setTimeout(pump, Math.max(0, wait));
    }
  }

  function backOff(pauseMs: number): void {
    const now = clock.now();
    allowed = Math.max(1, Math.floor(allowed / 2));
    pausedUntil = Math.max(pausedUntil, now + pauseMs);
    lastChange = now;
    pump();
  }

  function succeeded(): void {
    const now = clock.now();
    if (allowed >= limit || now - lastChange < recoveryMs) return;
    allowed += 1;
    lastChange = now;
    pump();
  }

  function schedule<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        const index = queue.indexOf(entry);
        if (index >= 0) queue.splice(index, 1);
        reject(abortReason(signal as AbortSignal));
      };
      const entry: QueuedTask = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          Promise.resolve().then(task).then(resolve, reject);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(entry);
      pump();
    });
  }

  return { schedule, backOff, succeeded };
}
