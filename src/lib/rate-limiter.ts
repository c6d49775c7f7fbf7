export interface Timers {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface RateLimiterOptions {
  /** Most task starts allowed inside any window of `intervalMs`. */
  limit?: number;
  intervalMs?: number;
  timers?: Timers;
}

export interface RateLimiter {
  /** Runs `task` as soon as the window allows, after every task queued before it (FIFO). */
  schedule<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

interface QueuedTask {
  start: () => void;
}

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

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
  timers = realTimers,
}: RateLimiterOptions = {}): RateLimiter {
  const starts: number[] = [];
  const queue: QueuedTask[] = [];
  let timer: unknown = null;

  function pump(): void {
    if (timer !== null) {
      timers.clearTimeout(timer);
      timer = null;
    }
    const now = timers.now();
    while (starts.length > 0 && (starts[0] ?? 0) <= now - intervalMs) starts.shift();
    while (queue.length > 0 && starts.length < limit) {
      starts.push(now);
      queue.shift()?.start();
    }
    if (queue.length > 0) {
      const wait = (starts[0] ?? now) + intervalMs - now;
      timer = timers.setTimeout(pump, Math.max(0, wait));
    }
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

  return { schedule };
}
